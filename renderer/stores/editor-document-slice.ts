import type { StateCreator } from 'zustand';
import {
  emptyHistory,
  record,
  redo,
  undo,
  type EditorCommand,
  type History,
} from '../../shared/graph';
import { canEdit } from '../../shared/lifecycle/status-rules';
import type { Journey, JourneyBody } from '../../shared/model';
import type { EditorState } from './editor-store';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'conflict' | 'error';

/** The journey document being edited, its undo history and its save state. */
export interface DocumentSlice {
  /** The journey as the core last returned it (name, status, revision); its body may be older than `body`. */
  journey: Journey | null;
  /** The working copy the canvas shows and autosave sends. */
  body: JourneyBody | null;
  /** The body the core has; `body !== savedBody` means unsaved changes. */
  savedBody: JourneyBody | null;
  history: History<JourneyBody>;
  readOnly: boolean;
  saveStatus: SaveStatus;
  saveMessage: string | null;
  /** Opens a journey: a fresh working copy and an empty history (loading is not undoable). */
  loadJourney: (journey: Journey) => void;
  /** The header changed the journey (rename, publish, …): take its metadata, keep unsaved edits. */
  adoptJourney: (journey: Journey) => void;
  /** Runs an edit and records it for undo; false when read-only or nothing changed. */
  execute: (command: EditorCommand) => boolean;
  undo: () => void;
  redo: () => void;
  setSaveStatus: (status: SaveStatus, message?: string | null) => void;
  /** A save went through: `body` is what was sent, `journey` what came back. */
  markSaved: (journey: Journey, body: JourneyBody) => void;
}

function bodyOf(j: Journey): JourneyBody {
  return { description: j.description, nodes: j.nodes, edges: j.edges, content: j.content };
}

/** The save state after the working copy became `body`: undoing back to the saved copy is saved. */
function statusAfter(state: DocumentSlice, body: JourneyBody): SaveStatus {
  if (state.saveStatus === 'conflict' || state.saveStatus === 'saving') return state.saveStatus;
  return body === state.savedBody ? 'saved' : 'unsaved';
}

/** The document slice of the editor store. */
export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (
  set,
  get,
) => ({
  journey: null,
  body: null,
  savedBody: null,
  history: emptyHistory(),
  readOnly: true,
  saveStatus: 'saved',
  saveMessage: null,
  loadJourney: (journey) => {
    const body = bodyOf(journey);
    const switched = get().journey?.id !== journey.id;
    set({
      // Another journey: panels of the last one close; refused drafts never outlive their journey.
      ...(switched ? { problemsOpen: false, addMenu: null } : {}),
      fieldDrafts: {},
      journey,
      body,
      savedBody: body,
      history: emptyHistory(),
      readOnly: !canEdit(journey.status),
      saveStatus: 'saved',
      saveMessage: null,
      selection: [],
    });
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
    set({ body: after, history: record(history, entry), saveStatus: statusAfter(get(), after) });
    return true;
  },
  undo: () => {
    if (get().readOnly) return;
    const step = undo(get().history);
    if (step)
      set({ body: step.doc, history: step.history, saveStatus: statusAfter(get(), step.doc) });
  },
  redo: () => {
    if (get().readOnly) return;
    const step = redo(get().history);
    if (step)
      set({ body: step.doc, history: step.history, saveStatus: statusAfter(get(), step.doc) });
  },
  setSaveStatus: (saveStatus, saveMessage = null) => set({ saveStatus, saveMessage }),
  markSaved: (journey, body) =>
    set({
      journey,
      savedBody: body,
      readOnly: !canEdit(journey.status),
      saveStatus: get().body === body ? 'saved' : 'unsaved',
      saveMessage: null,
    }),
});
