import { strToU8, strFromU8 } from 'fflate';
import type { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_PATHS,
  BundleAction,
  BundleJourney,
  BundleReferences,
  BundleScenario,
  canonicalJson,
  Manifest,
  MANIFEST_PATH,
  ManifestHead,
  type BundleContent,
} from '../../../shared/bundle';
import { sha256Hex } from './hash';
import { bundleError, DEFAULT_LIMITS, type BundleLimits } from './limits';
import { readZip, writeZip } from './zip';

/** What the manifest records besides the file list. */
export interface BundleStamp {
  appVersion: string;
  createdAt: string;
  source: { workspace: string };
}

/** A bundle read back: its manifest and its validated content. */
export interface DecodedBundle {
  manifest: Manifest;
  content: BundleContent;
}

/** Encodes content as a deterministic `.journeys.zip`: same content and stamp, same bytes. */
export function encodeBundle(content: BundleContent, stamp: BundleStamp): Uint8Array {
  const files = new Map<string, Uint8Array>();
  for (const journey of [...content.journeys].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    files.set(BUNDLE_PATHS.journey(journey.id), strToU8(canonicalJson(journey)));
  }
  files.set(BUNDLE_PATHS.references, strToU8(canonicalJson(content.references)));
  if (content.actions.length)
    files.set(BUNDLE_PATHS.actions, strToU8(canonicalJson(content.actions)));
  if (content.scenarios.length)
    files.set(BUNDLE_PATHS.scenarios, strToU8(canonicalJson(content.scenarios)));
  const listed = [...files.keys()].sort().map((path) => {
    const bytes = files.get(path) as Uint8Array;
    return { path, sha256: sha256Hex(bytes), bytes: bytes.length };
  });
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...stamp,
    files: listed,
  };
  files.set(MANIFEST_PATH, strToU8(canonicalJson(manifest)));
  return writeZip(files);
}

function parseJson(path: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch (error) {
    throw bundleError(
      `${path} is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`,
    );
  }
}

function validate<S extends z.ZodType>(path: string, schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw bundleError(
    `${path} does not match the format at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
  );
}

function readManifest(files: Map<string, Uint8Array>): Manifest {
  const bytes = files.get(MANIFEST_PATH);
  if (!bytes)
    throw bundleError(
      `${MANIFEST_PATH} is missing (not a Journey Studio bundle, or a truncated one)`,
    );
  const raw = parseJson(MANIFEST_PATH, bytes);
  const head = ManifestHead.safeParse(raw);
  if (!head.success || head.data.format !== BUNDLE_FORMAT)
    throw bundleError(
      `unknown format ${JSON.stringify(head.data?.format ?? null)}; expected "${BUNDLE_FORMAT}"`,
    );
  if (head.data.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw bundleError(
      `format version ${JSON.stringify(head.data.formatVersion)} is not supported; this app reads version ${BUNDLE_FORMAT_VERSION}`,
    );
  }
  return validate(MANIFEST_PATH, Manifest, raw);
}

/** Checks that the zip holds exactly the manifest's files, each with its size and sha256. */
function verifyFiles(manifest: Manifest, files: Map<string, Uint8Array>): void {
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (listed.has(entry.path)) throw bundleError(`the manifest lists "${entry.path}" twice`);
    listed.add(entry.path);
    const bytes = files.get(entry.path);
    if (!bytes)
      throw bundleError(
        `"${entry.path}" is listed in the manifest but missing (truncated bundle?)`,
      );
    if (bytes.length !== entry.bytes)
      throw bundleError(
        `"${entry.path}" is ${bytes.length} bytes, the manifest says ${entry.bytes}`,
      );
    if (sha256Hex(bytes) !== entry.sha256)
      throw bundleError(
        `"${entry.path}" does not match its sha256 in the manifest (damaged or tampered)`,
      );
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_PATH && !listed.has(path))
      throw bundleError(`"${path}" is not listed in the manifest`);
  }
}

/** Reads and fully validates a bundle; throws a clear `invalid_input` error naming what is wrong. */
export function decodeBundle(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_LIMITS,
): DecodedBundle {
  const files = readZip(bytes, limits);
  const manifest = readManifest(files);
  verifyFiles(manifest, files);
  const content: BundleContent = {
    journeys: [],
    references: BundleReferences.parse({}),
    actions: [],
    scenarios: [],
  };
  for (const { path } of manifest.files) {
    const raw = parseJson(path, files.get(path) as Uint8Array);
    const journeyMatch = /^journeys\/([A-Za-z0-9_-]+)\.json$/.exec(path);
    if (journeyMatch) {
      const journey = validate(path, BundleJourney, raw);
      if (journey.id !== journeyMatch[1])
        throw bundleError(`${path} holds journey "${journey.id}", not "${journeyMatch[1]}"`);
      content.journeys.push(journey);
    } else if (path === BUNDLE_PATHS.references)
      content.references = validate(path, BundleReferences, raw);
    else if (path === BUNDLE_PATHS.actions)
      content.actions = validate(path, BundleAction.array().max(500), raw);
    else if (path === BUNDLE_PATHS.scenarios)
      content.scenarios = validate(path, BundleScenario.array().max(5_000), raw);
    else throw bundleError(`unexpected file "${path}"`);
  }
  if (content.journeys.length === 0) throw bundleError('it holds no journeys');
  const ids = new Set(content.journeys.map((j) => j.id));
  const stray = content.scenarios.find((s) => !ids.has(s.journeyId));
  if (stray)
    throw bundleError(
      `${BUNDLE_PATHS.scenarios} has the scenario "${stray.name}" for the journey "${stray.journeyId}", which the bundle does not hold`,
    );
  return { manifest, content };
}
