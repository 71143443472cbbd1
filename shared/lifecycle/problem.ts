import { z } from 'zod';
import { distinctStepNames } from '../graph/step-names';
import type { GraphDoc } from '../graph/queries';

/**
 * A publish problem, shaped like shared/validation's Problem so that `validateJourney` plugs in
 * as a `PublishValidator` without an adapter.
 */
export const LifecycleProblem = z.object({
  nodeId: z.string().optional(),
  field: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  /** The name of the step it is on, so a list outside the editor can say where (the Problems list's words). */
  nodeName: z.string().optional(),
});
export type LifecycleProblem = z.infer<typeof LifecycleProblem>;

/** Checks a journey before Publish; errors refuse the publish, warnings do not. */
export type PublishValidator<J> = (journey: J) => LifecycleProblem[];

/** A problem as one line: the step's name once, then the message its field shows. */
export function problemText(problem: LifecycleProblem): string {
  return problem.nodeName ? `${problem.nodeName}: ${problem.message}` : problem.message;
}

/**
 * Gives every problem on a step the step's name as lists show it (node ids mean nothing to a
 * reader; two steps called "Send email" are told apart by `distinctStepNames`).
 */
export function withNodeNames(
  problems: readonly LifecycleProblem[],
  doc: GraphDoc,
): LifecycleProblem[] {
  const names = distinctStepNames(doc);
  return problems.map((p) => {
    const nodeName = p.nodeId ? names.get(p.nodeId) : undefined;
    return nodeName ? { ...p, nodeName } : p;
  });
}

/** Problems listed once each, even when two validators report the same finding. */
export function uniqueProblems(problems: readonly LifecycleProblem[]): LifecycleProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}|${p.code}|${p.nodeId ?? ''}|${p.field ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The refusal message of a publish blocked by errors: one line per error. */
export function publishRefusal(name: string, problems: readonly LifecycleProblem[]): string | null {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return null;
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  return [
    `Cannot publish "${name}": fix ${count} first:`,
    ...errors.map((p) => `- ${problemText(p)}`),
  ].join('\n');
}
