import type { Problem } from '../../../../shared/validation';

/** A problem as the Problems list says it: the step's name once, then the message the field shows. */
export function problemLine(problem: Problem, nameOf: (id: string) => string | undefined): string {
  const name = problem.nodeId ? nameOf(problem.nodeId) : undefined;
  return name ? `${name}: ${problem.message}` : problem.message;
}
