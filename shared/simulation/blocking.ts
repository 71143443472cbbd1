import {
  DANGLING_EDGE,
  DUPLICATE_NODE_ID,
  GOTO_NO_TARGET,
  GOTO_TARGET_MISSING,
  MISSING_ENTRY,
  MULTIPLE_ENTRIES,
  OPEN_END,
} from '../validation/codes';
import type { Problem } from '../validation/problem';
import { SPLIT_RULE_CODES } from '../validation/split-rules';

/**
 * Problems that make a simulation meaningless: no entry, a path that leads nowhere, a Go to
 * without a target, a broken split-by-people structure. Everything else (an unconfigured step,
 * a missing setting, a reference to a draft list) still blocks Publish but not a run: seed 001
 * says unconfigured steps are skipped, and the simulator skips and counts them.
 */
export const SIMULATION_BLOCKING_CODES: ReadonlySet<string> = new Set([
  MISSING_ENTRY,
  MULTIPLE_ENTRIES,
  DUPLICATE_NODE_ID,
  OPEN_END,
  DANGLING_EDGE,
  GOTO_NO_TARGET,
  GOTO_TARGET_MISSING,
  ...SPLIT_RULE_CODES,
]);

/** The problems among `problems` that block a simulation run. */
export function simulationBlockers(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error' && SIMULATION_BLOCKING_CODES.has(p.code));
}
