import { z } from 'zod';
import { canonicalJson } from '../bundle/canonical-json';
import { IsoDateTime } from '../model/common';
import { SimulationResult } from './result';
import { SavedScenario } from './saved-scenario';

/** A journey's last finished run: what was run (scenario, journey revision), when, and its figures. */
export const LastRun = z.object({
  /** When the run was kept (set by core). */
  ranAt: IsoDateTime,
  /** The journey's revision when the run started: a later save makes the result stale. */
  journeyRevision: z.number().int().min(1),
  /** The scenario exactly as run (the working copy may have moved on since). */
  scenario: SavedScenario,
  result: SimulationResult,
  /** Soft stop rehearsal: the new version's result. */
  successor: SimulationResult.optional(),
});
export type LastRun = z.infer<typeof LastRun>;

/** What a journey's Simulate panel remembers across reloads and restarts. */
export const SimulationMemory = z.object({
  /** The scenario form's working copy (saved or not). */
  workingCopy: SavedScenario.nullable(),
  lastRun: LastRun.nullable(),
});
export type SimulationMemory = z.infer<typeof SimulationMemory>;

/** The file `last-runs/<journeyId>.json`. */
export const SimulationMemoryFile = SimulationMemory.extend({
  schemaVersion: z.literal(1),
  journeyId: z.string().min(1),
});
export type SimulationMemoryFile = z.infer<typeof SimulationMemoryFile>;

/** Why a last result no longer matches what the panel shows, or null when it still does. */
export function lastRunStaleness(
  lastRun: Pick<LastRun, 'journeyRevision' | 'scenario'>,
  journey: { revision: number },
  workingCopy: SavedScenario | null,
): string | null {
  const journeyChanged = journey.revision !== lastRun.journeyRevision;
  // Key order differs between a parsed and an edited scenario: compare canonical JSON.
  const scenarioChanged =
    workingCopy !== null && canonicalJson(workingCopy) !== canonicalJson(lastRun.scenario);
  if (journeyChanged && scenarioChanged) return 'the journey and the scenario changed since';
  if (journeyChanged) return 'the journey changed since';
  if (scenarioChanged) return 'the scenario settings changed since';
  return null;
}
