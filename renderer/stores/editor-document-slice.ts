import type { StateCreator } from 'zustand';
import { record, type EditorCommand } from '../../shared/graph';
import { canEdit } from '../../shared/lifecycle/status-rules';
import type { Journey, JourneyBody } from '../../shared/model';
import { freshEditSession, statusAfter } from './editor-edit-session-slice';
import type { EditorState } from './editor-store';
import { loadFieldDrafts } from './field-draft-storage';
import { draftsOfBody, dropDraftsOfGoneNodes } from './field-drafts';
import { useLayoutStore } from './layout-store';

/** The journey document being edited: what the core has and the working copy. */
export interface DocumentSlice {
  /** The journey as the core last returned it (name, status, revision); its body may be older than `body`. */
  journey: Journey | null;
  /** The working copy the canvas shows and autosave sends. */
  body: JourneyBody | null;
  /** The body the core has; `body !== savedBody` means unsaved changes. */
  savedBody: JourneyBody | null;
  /** Opens a journey: a fresh working copy and a fresh edit session. */
  loadJourney: (journey: Journey) => void;
  /** The header changed the journey (rename, publish, …): take its metadata, keep unsaved edits. */
  adoptJourney: (journey: Journey) => void;
  /** Runs an edit and records it for undo; false when read-only or nothing changed. */
  execute: (command: EditorCommand) => boolean;
  /** A save went through: `body` is what was sent, `journey` what came back (ignored when another journey is open). */
  markSaved: (journey: Journey, body: JourneyBody) => void;
}

/**
 * Fills in the refused values core keeps for a journey just opened, unless the user already
 * moved on to another one; a value refused meanwhile in this session wins over the kept one.
 */
async function adoptStoredDrafts(
  journeyId: string,
  get: () => EditorState,
  set: (partial: Partial<EditorState>) => void,
): Promise<void> {
  const stored = await loadFieldDrafts(journeyId).catch(() => ({}));
  const { journey, body, fieldDrafts } = get();
  if (journey?.id !== journeyId || !body || Object.keys(stored).length === 0) return;
  set({ fieldDrafts: draftsOfBody({ ...stored, ...fieldDrafts }, body) });
}

function bodyOf(j: Journey): JourneyBody {
  return { description: j.description, nodes: j.nodes, edges: j.edges, content: j.content };
}

/** The document slice of the editor store. */
export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (
  set,
  get,
) => ({
  journey: null,
  body: null,
  savedBody: null,
  loadJourney: (journey) => {
    const body = bodyOf(journey);
    const switched = get().journey?.id !== journey.id;
    set({
      // Another journey: its own Problems-list choice (closed unless the user left it open there),
      // the last one's menu closes; refused drafts are its own (remembered across reloads).
      ...(switched
        ? {
            problemsOpen: useLayoutStore.getState().problemsOpen[journey.id] === true,
            addMenu: null,
          }
        : {}),
      // The same journey again (a reload after a conflict): its drafts stay, less gone steps.
      fieldDrafts: switched ? {} : draftsOfBody(get().fieldDrafts, body),
      journey,
      body,
      savedBody: body,
      ...freshEditSession(!canEdit(journey.status)),
      selection: [],
    });
    if (switched) void adoptStoredDrafts(journey.id, get, set);
  },
  adoptJourney: (journey) => {
    const { saveStatus, journey: current } = get();
    // A rename bumps the revision; our pending edits then save on top of it, as the user expects.
    if (current && current.id === journey.id && saveStatus !== 'conflict') {
      set({ journey, readOnly: !canEdit(journey.status) });
      return;
    }
    get().loadJourney(journey);
  },
  execute: (command) => {
    const { body, readOnly, history } = get();
    if (!body || readOnly) return false;
    const after = command.apply(body);
    if (after === body) return false;
    const entry = {
      label: command.label,
      before: body,
      after,
      mergeKey: command.mergeKey,
      at: Date.now(),
    };
    // One set: the working copy and its undo step change together.
    set({
      body: after,
      history: record(history, entry),
      saveStatus: statusAfter(get(), after),
      ...dropDraftsOfGoneNodes(get(), after),
    });
    return true;
  },
  markSaved: (journey, body) => {
    // The save of a journey the user has since left (issue #19): it is on disk; the journey now
    // open must stay open, not be replaced by the one saved.
    if (get().journey?.id !== journey.id) return;
    set({
      journey,
      savedBody: body,
      readOnly: !canEdit(journey.status),
      saveStatus: get().body === body ? 'saved' : 'unsaved',
      saveMessage: null,
    });
  },
});
