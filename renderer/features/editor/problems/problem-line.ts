import { problemText } from '../../../../shared/lifecycle/problem';
import type { Problem } from '../../../../shared/validation';

/** A problem as the Problems list says it: the step's name once, then the message the field shows. */
export function problemLine(problem: Problem, nameOf: (id: string) => string | undefined): string {
  const nodeName = problem.nodeId ? nameOf(problem.nodeId) : undefined;
  return problemText({ ...problem, nodeName });
}
