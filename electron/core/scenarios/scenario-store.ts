import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ScenarioFile, type SavedScenario } from '../../../shared/simulation';
import { companionFile } from '../store/companion-file';

// Scenarios live beside the journey, not inside it: the Journey schema stays as it is and a
// scenario's CSV rows never weigh down the journey's saves or the library index.

/** The folder holding `<journeyId>.json` scenario files. */
export function scenariosDir(dataDir: string): string {
  return join(dataDir, 'scenarios');
}

function fileOf(dataDir: string, journeyId: string) {
  return companionFile(dataDir, 'scenarios', journeyId, ScenarioFile);
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

// Saves read, modify and write the file: callers run them in the core's write queue, one at a time.

/** The saved scenarios of a journey, in save order (none yet: empty). */
export async function listScenarios(dataDir: string, journeyId: string): Promise<SavedScenario[]> {
  return (await fileOf(dataDir, journeyId).read())?.scenarios ?? [];
}

async function writeAll(
  dataDir: string,
  journeyId: string,
  scenarios: SavedScenario[],
): Promise<void> {
  await mkdir(scenariosDir(dataDir), { recursive: true });
  await fileOf(dataDir, journeyId).write({ schemaVersion: 1, journeyId, scenarios });
}

/** Saves a scenario, replacing the one of the same name (case-insensitive); returns the list. */
export async function saveScenario(
  dataDir: string,
  journeyId: string,
  scenario: SavedScenario,
): Promise<SavedScenario[]> {
  const all = await listScenarios(dataDir, journeyId);
  const i = all.findIndex((s) => sameName(s.name, scenario.name));
  const next = i < 0 ? [...all, scenario] : all.map((s, j) => (j === i ? scenario : s));
  await writeAll(dataDir, journeyId, next);
  return next;
}

/** Deletes a scenario by name; refused when there is none. */
export async function deleteScenario(
  dataDir: string,
  journeyId: string,
  name: string,
): Promise<SavedScenario[]> {
  const all = await listScenarios(dataDir, journeyId);
  const next = all.filter((s) => !sameName(s.name, name));
  if (next.length === all.length)
    throw new AppError('not_found', `No scenario named "${name}".`, 'name');
  await writeAll(dataDir, journeyId, next);
  return next;
}

/** The saved scenario of that name, or a not_found AppError. */
export async function getScenario(
  dataDir: string,
  journeyId: string,
  name: string,
): Promise<SavedScenario> {
  const found = (await listScenarios(dataDir, journeyId)).find((s) => sameName(s.name, name));
  if (!found)
    throw new AppError(
      'not_found',
      `No scenario named "${name}" for this journey.`,
      'scenarioName',
    );
  return found;
}

/**
 * Copies every scenario of one journey to another (a new version or a duplicate), replacing the
 * target's; "versioned with it" means a copy travels with the new journey. No file, no copy.
 */
export async function copyScenarios(
  dataDir: string,
  fromId: string,
  toId: string,
): Promise<number> {
  const all = await listScenarios(dataDir, fromId);
  if (all.length === 0) return 0;
  await writeAll(dataDir, toId, all);
  return all.length;
}

/** Removes a journey's scenarios (when the journey is deleted). */
export async function removeScenarios(dataDir: string, journeyId: string): Promise<void> {
  await rm(fileOf(dataDir, journeyId).path, { force: true });
}
