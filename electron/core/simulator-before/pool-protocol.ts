import type { ErrorPayload } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import type { ScenarioInput } from '../../../shared/simulation';
import type { PartResult } from './parts';
import type { AccountRange } from './population';

/** One range of accounts for a pool worker to simulate. */
export interface PoolJob {
  id: number;
  journey: Journey;
  scenario: ScenarioInput;
  range: AccountRange;
  /** Int32Array over it: index 0 becomes 1 to cancel the whole run. */
  cancel: SharedArrayBuffer;
  names: Readonly<Record<string, string>>;
}

/** Messages a pool worker posts back, each naming its job. */
export type PoolMessage =
  | { type: 'progress'; job: number; fraction: number }
  | { type: 'part'; job: number; part: PartResult }
  | { type: 'cancelled'; job: number }
  | { type: 'error'; job: number; error: ErrorPayload };
