import { flowOrder } from '../graph/queries';
import { distinctStepNames } from '../graph/step-names';
import type { FieldDraft, FieldDrafts, Journey } from '../model';
import { duplicateNodes, type DuplicateType } from './duplicate';
import { draftsOfSteps } from './kept-drafts';

type DuplicateSource = Pick<Journey, 'nodes' | 'edges' | 'content' | 'audience'>;

/** What becomes of a journey's refused values when it is duplicated. */
export interface DuplicateDrafts {
  /** Go to the copy (same step ids), still refused there: the copy keeps those steps' settings. */
  carried: FieldDrafts;
  /** Stay behind: the copy resets those settings, or does not copy the content they belong to. */
  left: FieldDraft[];
}

/**
 * A refused value is what the user last typed in place of the saved one, so a copy that keeps the
 * step's settings (Partial content duplication) keeps it too, still refused, instead of quietly
 * going back to the saved value. Duplicate without details resets every setting, and neither type
 * copies created emails and SMS messages: those values stay behind, and the dialog names them.
 */
export function duplicateDrafts(
  drafts: FieldDrafts,
  source: DuplicateSource,
  type: DuplicateType,
): DuplicateDrafts {
  const mine = Object.values(draftsOfSteps(drafts, source.nodes));
  const candidates =
    type === 'partial'
      ? Object.entries(drafts).filter(([, d]) => !d.field.startsWith('content.'))
      : [];
  const carried = draftsOfSteps(Object.fromEntries(candidates), duplicateNodes(source, type));
  const carriedKeys = new Set(Object.values(carried));
  return { carried, left: mine.filter((d) => !carriedKeys.has(d)) };
}

/**
 * `"Update status": Status must be at most 50 characters`: the step as lists name it (with its
 * path where two steps share a name), then its field's own message; steps in flow order.
 */
function draftLines(ds: readonly FieldDraft[], journey: Pick<Journey, 'nodes' | 'edges'>): string {
  const names = distinctStepNames(journey);
  const rank = new Map(flowOrder(journey).map((id, i) => [id, i] as const));
  const place = (d: FieldDraft) => rank.get(d.nodeId) ?? Number.MAX_SAFE_INTEGER;
  return [...ds]
    .sort((a, b) => place(a) - place(b))
    .map((d) => `"${names.get(d.nodeId) ?? ''}": ${d.message}`)
    .join('; ');
}

const values = (n: number) => (n === 1 ? '1 refused value' : `${n} refused values`);

/**
 * What the Duplicate Journey dialog tells the user about the refused values for the chosen type:
 * which are not copied (named), and how many the copy keeps; null when the journey has none.
 */
export function duplicateDraftNote(
  drafts: FieldDrafts,
  journey: DuplicateSource,
  type: DuplicateType,
): string | null {
  const { carried, left } = duplicateDrafts(drafts, journey, type);
  const kept = Object.values(carried);
  const parts: string[] = [];
  if (left.length > 0)
    parts.push(
      `${values(left.length)} ${left.length === 1 ? 'is' : 'are'} not copied (they stay in this journey): ${draftLines(left, journey)}.`,
    );
  if (kept.length > 0)
    parts.push(
      `The copy keeps ${values(kept.length)}, still to fix: ${draftLines(kept, journey)}.`,
    );
  return parts.length > 0 ? parts.join(' ') : null;
}
