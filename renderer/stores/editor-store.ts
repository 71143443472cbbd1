import { create } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './editor-document-slice';
import { createEditSessionSlice, type EditSessionSlice } from './editor-edit-session-slice';
import { createSessionSlice, type SessionSlice } from './editor-session-slice';

export type EditorState = DocumentSlice & EditSessionSlice & SessionSlice;

/**
 * For every state key: is it part of the saved document, or canvas session state that is
 * never saved and never undone? Adding a key to a slice fails to compile until it is listed.
 */
export const EDITOR_STATE_KINDS = {
  journey: 'document',
  body: 'document',
  savedBody: 'document',
  history: 'session',
  readOnly: 'session',
  saveStatus: 'session',
  saveMessage: 'session',
  selection: 'session',
  addMenu: 'session',
  problemsOpen: 'session',
  helpOpen: 'session',
  pendingDelete: 'session',
  focusRequest: 'session',
  fieldDrafts: 'session',
} as const satisfies Record<
  {
    [K in keyof EditorState]: EditorState[K] extends (...args: never[]) => unknown ? never : K;
  }[keyof EditorState],
  'document' | 'session'
>;

/**
 * The canvas editor's store: the document slice (journey, working copy, saved copy), the edit
 * session (undo history, read-only, save state) and the canvas session (selection, open menus).
 * One store, so an edit changes the working copy and its undo step in one update; components
 * select single fields (editor-selectors.ts), so a save finishing re-renders only the indicators.
 */
export const useEditorStore = create<EditorState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createEditSessionSlice(...a),
  ...createSessionSlice(...a),
}));
