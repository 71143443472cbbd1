import type { ErrorPayload } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import type { ScenarioInput, SimulationResult } from '../../../shared/simulation';

/** What the worker receives as workerData. */
export interface WorkerInput {
  journey: Journey;
  scenario: ScenarioInput;
  /** Int32Array over it: index 0 becomes 1 to cancel. */
  cancel: SharedArrayBuffer;
  names: Readonly<Record<string, string>>;
}

/** Messages the worker posts back. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: SimulationResult }
  | { type: 'cancelled' }
  | { type: 'error'; error: ErrorPayload };
