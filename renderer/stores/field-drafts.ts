import { draftsOfSteps } from '../../shared/lifecycle';
import type { JourneyBody, NodeOf } from '../../shared/model';
import type { FieldDraft } from './editor-session-slice';
import { storeFieldDrafts } from './field-draft-storage';

type Drafts = Record<string, FieldDraft>;

/** The drafts of steps and fields the body still has (draftsOfSteps); the same object when none went. */
export function draftsOfBody(drafts: Drafts, body: JourneyBody): Drafts {
  return draftsOfSteps(drafts, body.nodes);
}

/**
 * The state change that drops drafts of nodes or fields an edit (delete, undo of an insert, another
 * action) removed (issue #19: their problems stayed listed, nameless or with no field to fix them
 * in), in the store and in core; a later undo brings the field back with its saved value.
 */
export function dropDraftsOfGoneNodes(
  state: { fieldDrafts: Drafts; journey: { id: string } | null },
  body: JourneyBody,
): { fieldDrafts?: Drafts } {
  const fieldDrafts = draftsOfBody(state.fieldDrafts, body);
  if (fieldDrafts === state.fieldDrafts) return {};
  if (state.journey) storeFieldDrafts(state.journey.id, fieldDrafts);
  return { fieldDrafts };
}

/** Fields a node card's summary reads ("Wait 5 days", "timeout 2 days") that can hold a refused value. */
const SUMMARIZED_FIELDS = new Set(['duration.amount', 'timeout.amount']);

/**
 * Node id -> the message of a refused value its card summary would read, so the card shows the
 * refusal instead of the saved value as if it were current (issue #19). Random split percents
 * are shown as typed instead (`withPercentDrafts`).
 */
export function refusedSummaries(drafts: Drafts): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const d of Object.values(drafts))
    if (SUMMARIZED_FIELDS.has(d.field) && !out.has(d.nodeId)) out.set(d.nodeId, d.message);
  return out;
}

/** What a Random split percent box shows as a number: the draft's (empty counts as 0). */
function shownPercent(value: unknown): number {
  const n = Number(value);
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(n) ? n : 0;
}

/** A Random split's paths with the percents their boxes show (refused drafts included). */
export function shownPaths(node: NodeOf<'randomSplit'>, drafts: Drafts) {
  return node.settings.paths.map((p) => {
    const draft = drafts[`${node.id}|${p.id}`];
    return draft ? { ...p, percent: shownPercent(draft.value) } : p;
  });
}

/**
 * The body with Random split percents as their boxes show them, so the card summary and the
 * total say "Paths add up to 200%" for a typed 150, not the last saved value (issue #19).
 * Only for display and validation: never executed or saved.
 */
export function withPercentDrafts(body: JourneyBody, drafts: Drafts): JourneyBody {
  let changed = false;
  const nodes = body.nodes.map((node) => {
    if (node.type !== 'randomSplit') return node;
    const paths = shownPaths(node, drafts);
    if (paths.every((p, i) => p === node.settings.paths[i])) return node;
    changed = true;
    return { ...node, settings: { ...node.settings, paths } };
  });
  return changed ? { ...body, nodes } : body;
}
