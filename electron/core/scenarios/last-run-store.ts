import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SimulationMemoryFile,
  type LastRun,
  type SavedScenario,
  type SimulationMemory,
} from '../../../shared/simulation';
import { companionFile } from '../store/companion-file';
import { InvalidFileError } from '../store/validated-json-file';

// The Simulate panel's memory lives beside the journey, like its scenarios: a result can weigh
// megabytes, too much for localStorage and never part of the journey document or its revisions.

const NOTHING: SimulationMemory = { workingCopy: null, lastRun: null };

/** The folder holding `<journeyId>.json` memory files. */
export function lastRunsDir(dataDir: string): string {
  return join(dataDir, 'last-runs');
}

function fileOf(dataDir: string, journeyId: string) {
  return companionFile(dataDir, 'last-runs', journeyId, SimulationMemoryFile);
}

/**
 * The remembered working copy and last run (none yet: both null). A file this version cannot read
 * (a result from an older simulator) counts as none: it is a cache of a run anyone can repeat,
 * and the next run replaces it.
 */
export async function readSimulationMemory(
  dataDir: string,
  journeyId: string,
): Promise<SimulationMemory> {
  try {
    const file = await fileOf(dataDir, journeyId).read();
    return file ? { workingCopy: file.workingCopy, lastRun: file.lastRun } : NOTHING;
  } catch (e) {
    if (e instanceof InvalidFileError) return NOTHING;
    throw e;
  }
}

// Read, change, write: callers run these in the core's write queue, one at a time.
async function update(
  dataDir: string,
  journeyId: string,
  change: Partial<SimulationMemory>,
): Promise<SimulationMemory> {
  const next = { ...(await readSimulationMemory(dataDir, journeyId)), ...change };
  await mkdir(lastRunsDir(dataDir), { recursive: true });
  await fileOf(dataDir, journeyId).write({ schemaVersion: 1, journeyId, ...next });
  return next;
}

/** Keeps the scenario form's working copy. */
export function saveWorkingCopy(
  dataDir: string,
  journeyId: string,
  workingCopy: SavedScenario,
): Promise<SimulationMemory> {
  return update(dataDir, journeyId, { workingCopy });
}

/** Keeps a finished run, replacing the previous one. */
export function saveLastRun(
  dataDir: string,
  journeyId: string,
  lastRun: LastRun,
): Promise<SimulationMemory> {
  return update(dataDir, journeyId, { lastRun });
}

/** Forgets a journey's working copy and last run (when the journey is deleted). */
export async function removeSimulationMemory(dataDir: string, journeyId: string): Promise<void> {
  await rm(fileOf(dataDir, journeyId).path, { force: true });
}
