import type { StateCreator } from 'zustand';
import { emptyHistory, redo, undo, type History } from '../../shared/graph';
import type { JourneyBody } from '../../shared/model';
import type { EditorState } from './editor-store';
import { dropDraftsOfGoneNodes } from './field-drafts';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'conflict' | 'error';

/**
 * The edit session of the open journey: undo history, whether edits are allowed, and where
 * autosave stands. Session state: never saved, never undone; it changes without the document
 * changing (a save finishing), so it lives apart from the document slice.
 */
export interface EditSessionSlice {
  history: History<JourneyBody>;
  readOnly: boolean;
  saveStatus: SaveStatus;
  saveMessage: string | null;
  undo: () => void;
  redo: () => void;
  setSaveStatus: (status: SaveStatus, message?: string | null) => void;
}

/** The save state after the working copy became `body`: undoing back to the saved copy is saved. */
export function statusAfter(state: EditorState, body: JourneyBody): SaveStatus {
  if (state.saveStatus === 'conflict' || state.saveStatus === 'saving') return state.saveStatus;
  return body === state.savedBody ? 'saved' : 'unsaved';
}

/** A fresh session for a journey just opened (loading is not undoable). */
export function freshEditSession(
  readOnly: boolean,
): Pick<EditSessionSlice, 'history' | 'readOnly' | 'saveStatus' | 'saveMessage'> {
  return { history: emptyHistory(), readOnly, saveStatus: 'saved', saveMessage: null };
}

/** The edit-session slice of the editor store. */
export const createEditSessionSlice: StateCreator<EditorState, [], [], EditSessionSlice> = (
  set,
  get,
) => ({
  ...freshEditSession(true),
  undo: () => {
    if (get().readOnly) return;
    const step = undo(get().history);
    if (step)
      set({
        body: step.doc,
        history: step.history,
        saveStatus: statusAfter(get(), step.doc),
        ...dropDraftsOfGoneNodes(get(), step.doc),
      });
  },
  redo: () => {
    if (get().readOnly) return;
    const step = redo(get().history);
    if (step)
      set({
        body: step.doc,
        history: step.history,
        saveStatus: statusAfter(get(), step.doc),
        ...dropDraftsOfGoneNodes(get(), step.doc),
      });
  },
  setSaveStatus: (saveStatus, saveMessage = null) => set({ saveStatus, saveMessage }),
});
