import type { FieldDrafts } from '../../shared/model';
import { api } from '../api/client';

// Refused field values are never saved into the journey (a save would refuse them), yet a reload
// must not silently leave the last valid value in their place (issue #19). Core keeps them beside
// the journey (`journeys.saveFieldDrafts`), so another port, window or Publish from the library
// sees them too. Versions before that kept them in this profile's localStorage: read once, moved.

const LEGACY_KEY = 'journey-studio.field-drafts';

/** Writes per journey, one after another, so an older list never lands after a newer one. */
const pending = new Map<string, Promise<unknown>>();

function takeLegacyDrafts(journeyId: string): FieldDrafts {
  try {
    const storage = globalThis.localStorage;
    const raw = storage?.getItem(LEGACY_KEY);
    if (!raw) return {};
    const { [journeyId]: mine, ...rest } = JSON.parse(raw) as Record<string, FieldDrafts>;
    if (!mine) return {};
    if (Object.keys(rest).length > 0) storage.setItem(LEGACY_KEY, JSON.stringify(rest));
    else storage.removeItem(LEGACY_KEY);
    return mine;
  } catch {
    return {};
  }
}

/** Resolves once the journey's refused values sent so far are kept by core (before a duplicate reads them). */
export async function fieldDraftsKept(journeyId: string): Promise<void> {
  await pending.get(journeyId);
}

/** The journey's refused values as core keeps them (plus any this profile kept before). */
export async function loadFieldDrafts(journeyId: string): Promise<FieldDrafts> {
  await fieldDraftsKept(journeyId);
  const { drafts } = await api.call('journeys.fieldDrafts', { journeyId });
  const legacy = takeLegacyDrafts(journeyId);
  if (Object.keys(legacy).length === 0) return drafts;
  const merged = { ...legacy, ...drafts };
  storeFieldDrafts(journeyId, merged);
  return merged;
}

/** Keeps this journey's refused values in core (none: forgets them). */
export function storeFieldDrafts(journeyId: string, drafts: FieldDrafts): void {
  const previous = pending.get(journeyId) ?? Promise.resolve();
  const write = previous
    .then(() => api.call('journeys.saveFieldDrafts', { journeyId, drafts }))
    .catch((error: unknown) => {
      // The drafts still live in this session; the field keeps showing them and Publish here
      // still refuses. Only another window or a reload would not see them.
      console.warn(`Could not keep the values not saved: ${(error as Error).message}`);
    });
  pending.set(journeyId, write);
  void write.finally(() => {
    if (pending.get(journeyId) === write) pending.delete(journeyId);
  });
}
