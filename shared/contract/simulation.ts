import { z } from 'zod';
import { ErrorPayload } from '../errors';
import {
  CsvMapping,
  CsvParseResult,
  MAX_CSV_CHARS,
  CheckedSavedScenario,
  SavedScenario,
  SimulationMemory,
  SimulationResult,
} from '../simulation';

const JourneyRef = z.string().min(1, 'journeyId is required');
const RunId = z.object({ runId: z.string().min(1) }).strict();
const ScenarioList = z.array(SavedScenario);

/** Where a run stands; the UI polls it (the same over IPC, WebSocket and CLI). */
export const RunState = z.enum(['running', 'done', 'failed', 'cancelled']);
export type RunState = z.infer<typeof RunState>;

export const RunStatus = z.object({
  runId: z.string(),
  journeyId: z.string(),
  state: RunState,
  /** 0..1 across the whole run (both halves of a soft stop). */
  progress: z.number().min(0).max(1),
  result: SimulationResult.optional(),
  /** Soft stop rehearsal: the new version's run. */
  successor: SimulationResult.optional(),
  error: ErrorPayload.optional(),
});
export type RunStatus = z.infer<typeof RunStatus>;

/** Soft stop onto a new version: the current one closes at the start of day `atDay` (from 1), the new one admits from then. */
export const SoftStopRehearsal = z.object({ journeyId: JourneyRef, atDay: z.number().min(0) });

/** Scenarios saved per journey, runs in a worker thread, CSV populations. */
export const simulationChannels = {
  /** A journey's saved scenarios, in save order. */
  'scenarios.list': { input: z.object({ journeyId: JourneyRef }).strict(), output: ScenarioList },
  /** Saves a scenario (replacing the one of the same name); returns the list. */
  'scenarios.save': {
    input: z.object({ journeyId: JourneyRef, scenario: CheckedSavedScenario }).strict(),
    output: ScenarioList,
  },
  /** Deletes a scenario by name; returns the list. */
  'scenarios.delete': {
    input: z.object({ journeyId: JourneyRef, name: z.string().min(1) }).strict(),
    output: ScenarioList,
  },
  /** Starts a run of a scenario (given, or saved by name); refused with the problem list when the journey has errors. */
  'simulation.start': {
    input: z
      .object({
        journeyId: JourneyRef,
        scenario: CheckedSavedScenario.optional(),
        scenarioName: z.string().min(1).optional(),
        softStopOnto: SoftStopRehearsal.optional(),
      })
      .strict()
      .refine((v) => (v.scenario === undefined) !== (v.scenarioName === undefined), {
        message: 'Give either scenario or scenarioName',
        path: ['scenario'],
      }),
    output: z.object({ runId: z.string() }),
  },
  /** Progress of a run, with its result once done. */
  'simulation.status': { input: RunId, output: RunStatus },
  /** Stops a run; a finished run is left as it is. */
  'simulation.cancel': { input: RunId, output: z.object({ runId: z.string(), state: RunState }) },
  /** What the journey's Simulate panel remembers: the scenario form's working copy and the last finished run (nulls when none). */
  'simulation.memory': {
    input: z.object({ journeyId: JourneyRef }).strict(),
    output: SimulationMemory,
  },
  /** Keeps the scenario form's working copy, so a reload or restart finds it. */
  'simulation.saveWorkingCopy': {
    input: z.object({ journeyId: JourneyRef, scenario: CheckedSavedScenario }).strict(),
    output: SimulationMemory,
  },
  /** Keeps a finished run as the journey's last result (core stamps when); replaces the previous one. */
  'simulation.saveLastRun': {
    input: z
      .object({
        journeyId: JourneyRef,
        /** The journey's revision when the run started. */
        journeyRevision: z.number().int().min(1),
        /** `journeyPrint` of the journey as run (what makes the result stale). */
        journeyPrint: z.string().max(64).optional(),
        scenario: CheckedSavedScenario,
        result: SimulationResult,
        successor: SimulationResult.optional(),
      })
      .strict(),
    output: SimulationMemory,
  },
  /** Parses CSV text with a column mapping; row-level errors; nothing is imported while errors remain unless `excludeBadRows`. */
  'populations.parseCsv': {
    input: z
      .object({
        csv: z
          .string()
          .max(MAX_CSV_CHARS, `The file is larger than ${MAX_CSV_CHARS / 1_000_000} MB of text`),
        mapping: CsvMapping,
        excludeBadRows: z.boolean().default(false),
      })
      .strict(),
    output: CsvParseResult,
  },
} as const;
