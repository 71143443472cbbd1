import { fieldDraftKey, type FieldDraft, type JourneyBody } from '../model';
import { INVALID_PARAM, inProblemOrder, type Problem } from '../validation';
import { draftsOfSteps } from './kept-drafts';
import { withNodeNames, type LifecycleProblem } from './problem';

/**
 * The Problems list with refused field values in place of what validation said about the saved
 * value: a 72-character Status is "Status must be at most 50 characters" in the field and in the
 * list, not "Status is required" because the value was not saved.
 */
export function withDraftProblems(
  problems: readonly Problem[],
  drafts: Record<string, FieldDraft>,
): Problem[] {
  const list = Object.values(drafts);
  if (list.length === 0) return problems as Problem[];
  const covered = new Set(list.map((d) => fieldDraftKey(d.nodeId, d.field)));
  const kept = problems.filter(
    (p) => !(p.nodeId && p.field && covered.has(fieldDraftKey(p.nodeId, p.field))),
  );
  const added = list.map<Problem>((d) => ({
    nodeId: d.nodeId,
    field: d.field,
    severity: 'error',
    code: d.code ?? INVALID_PARAM,
    message: d.message,
  }));
  return [...added, ...kept];
}

/**
 * The publish check's problems with the refused values in place of what the check said about
 * the saved ones (in the editor, and in core before Publish): the check reads the saved journey,
 * which never holds a refused value, so without this "-3" in a Wait's amount would publish the
 * last saved 5 (issue #19). Drafts of steps or fields the journey no longer has are left out.
 */
export function withDraftPublishProblems(
  problems: readonly LifecycleProblem[],
  drafts: Record<string, FieldDraft>,
  doc: Pick<JourneyBody, 'nodes' | 'edges'> | null,
): LifecycleProblem[] {
  if (!doc) return problems as LifecycleProblem[];
  const mine = draftsOfSteps(drafts, doc.nodes);
  if (Object.keys(mine).length === 0) return problems as LifecycleProblem[];
  // Refused values join the list where their steps are (errors first, flow order).
  return inProblemOrder(withNodeNames(withDraftProblems(problems, mine), doc), doc);
}
