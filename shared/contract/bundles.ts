import { z } from 'zod';
import { BundlePreview, ImportPolicy, ImportSummary } from '../bundle';

/** A bundle as base64 text over the contract; 64 MB of zip at most. */
const Base64Bundle = z
  .string()
  .min(1, 'bundle is empty')
  .max(90_000_000, 'bundle is larger than 64 MB');

/** Bundles (`.journeys.zip`) and single-journey JSON exports. */
export const bundleChannels = {
  /** A deterministic bundle of published journeys (their lineages' versions too when asked). */
  'bundles.export': {
    input: z
      .object({
        ids: z.array(z.string().min(1)).min(1).max(5_000),
        includeVersions: z.boolean().default(false),
      })
      .strict(),
    /** `warnings`: what the bundle could not carry (an Entry's list not in this workspace). */
    output: z.object({
      fileName: z.string(),
      base64: z.string(),
      count: z.number().int(),
      warnings: z.array(z.string()),
    }),
  },
  /** Validates a bundle and says per item what importing it would do; writes nothing. */
  'bundles.preview': { input: z.object({ base64: Base64Bundle }).strict(), output: BundlePreview },
  /** Imports a bundle all-or-nothing with a conflict policy. */
  'bundles.import': {
    input: z.object({ base64: Base64Bundle, policy: ImportPolicy }).strict(),
    output: ImportSummary,
  },
  /** Desktop only: writes a bundle to an absolute path the user chose in a native dialog. */
  'bundles.exportToFile': {
    input: z
      .object({
        ids: z.array(z.string().min(1)).min(1).max(5_000),
        includeVersions: z.boolean().default(false),
        path: z.string().min(1).max(4_096),
      })
      .strict(),
    output: z.object({
      path: z.string(),
      bytes: z.number().int(),
      count: z.number().int(),
      warnings: z.array(z.string()),
    }),
  },
  /** Desktop only: reads a bundle file the user picked or the OS asked to open (absolute path, .zip). */
  'bundles.readFile': {
    input: z.object({ path: z.string().min(1).max(4_096) }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /** One journey as a plain JSON file. */
  'journeys.exportJson': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: z.object({ fileName: z.string(), json: z.string() }),
  },
} as const;
