import { z } from 'zod';
import { canonicalJson } from '../bundle/canonical-json';
import { IsoDateTime } from '../model/common';
import type { JourneyBody } from '../model/journey';
import { SimulationResult } from './result';
import { SavedScenario } from './saved-scenario';

/** A journey's last finished run: what was run (scenario, journey revision), when, and its figures. */
export const LastRun = z.object({
  /** When the run was kept (set by core). */
  ranAt: IsoDateTime,
  /** The journey's revision when the run started. */
  journeyRevision: z.number().int().min(1),
  /**
   * `journeyPrint` of what was run: only a change to it makes the result stale (moving a card
   * saves a new revision but changes no figure). Runs kept without it compare revisions.
   */
  journeyPrint: z.string().max(64).optional(),
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

/**
 * A short fingerprint of what a simulation reads from a journey: its steps, settings, paths and
 * content, without where the cards sit on the map.
 */
export function journeyPrint(journey: Pick<JourneyBody, 'nodes' | 'edges' | 'content'>): string {
  const flow = canonicalJson({
    nodes: journey.nodes.map(({ position: _position, ...node }) => node),
    edges: journey.edges,
    content: journey.content,
  });
  return `${fnv1a(flow, 0x811c9dc5)}${fnv1a(flow, 0x01000193)}`;
}

/** 32-bit FNV-1a as 8 hex digits; two seeds make accidental equality negligible for this use. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Why a last result no longer matches what the panel shows, or null when it still does. */
export function lastRunStaleness(
  lastRun: Pick<LastRun, 'journeyRevision' | 'journeyPrint' | 'scenario'>,
  journey: { revision: number } & Pick<JourneyBody, 'nodes' | 'edges' | 'content'>,
  workingCopy: SavedScenario | null,
): string | null {
  const journeyChanged =
    lastRun.journeyPrint !== undefined
      ? journeyPrint(journey) !== lastRun.journeyPrint
      : journey.revision !== lastRun.journeyRevision;
  // Key order differs between a parsed and an edited scenario: compare canonical JSON.
  const scenarioChanged =
    workingCopy !== null && canonicalJson(workingCopy) !== canonicalJson(lastRun.scenario);
  if (journeyChanged && scenarioChanged) return 'the journey and the scenario changed since';
  if (journeyChanged) return 'the journey changed since';
  if (scenarioChanged) return 'the scenario settings changed since';
  return null;
}
