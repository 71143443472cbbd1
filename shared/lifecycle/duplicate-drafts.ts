import type { FieldDraft, FieldDrafts, Journey } from '../model';
import { duplicateNodes, type DuplicateType } from './duplicate';
import { draftsOfSteps } from './kept-drafts';

type DuplicateSource = Pick<Journey, 'nodes' | 'content' | 'audience'>;

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

/** `"Update status": Status must be at most 50 characters`: the step, then its field's own message. */
function draftName(d: FieldDraft, journey: Pick<Journey, 'nodes'>): string {
  const step = journey.nodes.find((n) => n.id === d.nodeId);
  return `"${step?.name ?? ''}": ${d.message}`;
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
  const kept = Object.keys(carried).length;
  const parts: string[] = [];
  if (left.length > 0)
    parts.push(
      `${values(left.length)} ${left.length === 1 ? 'is' : 'are'} not copied (they stay in this journey): ${left.map((d) => draftName(d, journey)).join('; ')}.`,
    );
  if (kept > 0) parts.push(`The copy keeps ${values(kept)}, still to fix.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
