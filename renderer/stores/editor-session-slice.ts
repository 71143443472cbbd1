import type { StateCreator } from 'zustand';
import type { PasteTarget } from '../../shared/graph';
import type { FieldDraft } from '../../shared/model';
import type { EditorState } from './editor-store';
import { storeFieldDrafts } from './field-draft-storage';
import { useLayoutStore } from './layout-store';

export type { FieldDraft } from '../../shared/model';

/** Where an "Add node" menu adds: into an edge, or at a node's open output. */
export type AddTarget = Extract<PasteTarget, { kind: 'edge' } | { kind: 'open' }>;

export interface AddMenuState {
  target: AddTarget;
  /** Screen position of the "+" that opened it. */
  x: number;
  y: number;
}

export interface PendingDelete {
  ids: string[];
  /** Nodes on other branches that would go too. */
  dropped: string[];
}

/** A value the field's constraints refuse: it stays in the field, marked invalid, until fixed. */

/** Canvas session state: what is selected and open. Never saved, never in undo. */
export interface SessionSlice {
  selection: string[];
  addMenu: AddMenuState | null;
  problemsOpen: boolean;
  helpOpen: boolean;
  pendingDelete: PendingDelete | null;
  /** A node the canvas should scroll to and focus (problem list, newly added node). */
  focusRequest: { id: string; seq: number; field?: string } | null;
  /**
   * Refused values by `nodeId|field`; never saved to the journey (a save would refuse them), shown
   * in the Problems list, remembered across reloads (field-draft-storage.ts) until fixed.
   */
  fieldDrafts: Record<string, FieldDraft>;
  setFieldDraft: (
    nodeId: string,
    field: string,
    draft: { value: unknown; message: string; code?: string } | null,
  ) => void;
  setSelection: (ids: string[]) => void;
  openAddMenu: (menu: AddMenuState | null) => void;
  setProblemsOpen: (open: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  setPendingDelete: (pending: PendingDelete | null) => void;
  /** Focus a node; with a field, the inspector's control for that field (the Problems list). */
  requestFocus: (id: string, field?: string) => void;
}

let focusSeq = 0;

/** The session slice of the editor store. */
export const createSessionSlice: StateCreator<EditorState, [], [], SessionSlice> = (set, get) => ({
  selection: [],
  addMenu: null,
  problemsOpen: false,
  helpOpen: false,
  pendingDelete: null,
  focusRequest: null,
  fieldDrafts: {},
  setFieldDraft: (nodeId, field, draft) =>
    set((s) => {
      const key = `${nodeId}|${field}`;
      const { [key]: _old, ...rest } = s.fieldDrafts;
      const fieldDrafts = draft ? { ...rest, [key]: { nodeId, field, ...draft } } : rest;
      if (s.journey) storeFieldDrafts(s.journey.id, fieldDrafts);
      return { fieldDrafts };
    }),
  setSelection: (selection) => set({ selection }),
  openAddMenu: (addMenu) => set({ addMenu }),
  setProblemsOpen: (problemsOpen) => {
    const id = get().journey?.id;
    if (id) useLayoutStore.getState().rememberProblemsOpen(id, problemsOpen);
    set({ problemsOpen });
  },
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setPendingDelete: (pendingDelete) => set({ pendingDelete }),
  requestFocus: (id, field) => {
    // The field is in the side panel: show it if it was collapsed.
    const layout = useLayoutStore.getState();
    if (field && layout.sidePanelCollapsed) layout.toggle('sidePanelCollapsed');
    set({ focusRequest: { id, seq: ++focusSeq, field }, selection: [id] });
  },
});
