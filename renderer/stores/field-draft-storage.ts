import type { FieldDraft } from './editor-session-slice';

// Refused field values are never saved to the journey (a save would refuse them), yet a reload must
// not silently leave the last valid prefix in their place (issue #19): they are remembered for this
// user on this machine (localStorage of the app's profile), per journey, until fixed.

const KEY = 'journey-studio.field-drafts';

type Stored = Record<string, Record<string, FieldDraft>>;

function readAll(): Stored {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
  } catch {
    return {};
  }
}

/** The refused values remembered for this journey, only those of nodes it still has. */
export function loadFieldDrafts(
  journeyId: string,
  nodeIds: ReadonlySet<string>,
): Record<string, FieldDraft> {
  const mine = readAll()[journeyId] ?? {};
  return Object.fromEntries(Object.entries(mine).filter(([, d]) => nodeIds.has(d.nodeId)));
}

/** Remembers this journey's refused values (none: forgets the journey). */
export function storeFieldDrafts(journeyId: string, drafts: Record<string, FieldDraft>): void {
  try {
    const { [journeyId]: _old, ...rest } = readAll();
    const next = Object.keys(drafts).length > 0 ? { ...rest, [journeyId]: drafts } : rest;
    globalThis.localStorage?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or unavailable: the drafts still live for this session.
  }
}
