import { z } from 'zod';
import { IsoDateTime } from '../model';

/** The only format name a bundle may carry. */
export const BUNDLE_FORMAT = 'journey-studio.bundle';
/** The bundle format version this app writes and reads. */
export const BUNDLE_FORMAT_VERSION = 1;
/** The manifest's path inside the zip; every other file is listed in it. */
export const MANIFEST_PATH = 'manifest.json';

/** A safe relative path inside a bundle: no absolute paths, no `..`, no backslashes. */
export const BundlePath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+$/, 'not a safe bundle path');

export const ManifestFile = z
  .object({
    path: BundlePath,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
    bytes: z.number().int().min(0),
  })
  .strict();
export type ManifestFile = z.infer<typeof ManifestFile>;

/** Where the bundle was made: shown as the "published elsewhere" origin on import. */
export const BundleSource = z.object({ workspace: z.string().min(1).max(200) }).strict();
export type BundleSource = z.infer<typeof BundleSource>;

/** manifest.json: format, versions, creation time, and every other file with its sha256. */
export const Manifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    appVersion: z.string().min(1).max(50),
    createdAt: IsoDateTime,
    source: BundleSource,
    files: z.array(ManifestFile).max(20_000),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

/** Just enough of a manifest to name an unknown format or version before full validation. */
export const ManifestHead = z.object({ format: z.unknown(), formatVersion: z.unknown() }).loose();
