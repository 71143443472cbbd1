import { useShallow } from 'zustand/react/shallow';
import { useEditorStore } from './editor-store';

/** The working copy of the journey body. */
export const useEditorBody = () => useEditorStore((s) => s.body);

/** The journey's metadata as the core last returned it. */
export const useEditorJourney = () => useEditorStore((s) => s.journey);

/** Whether edits are refused (every status but Draft). */
export const useReadOnly = () => useEditorStore((s) => s.readOnly);

/** Selected node ids. */
export const useSelection = () => useEditorStore((s) => s.selection);

/** Save indicator state. */
export const useSaveState = () =>
  useEditorStore(useShallow((s) => ({ status: s.saveStatus, message: s.saveMessage })));

/** Undo/redo availability and the labels of the next steps. */
export const useHistoryState = () =>
  useEditorStore(
    useShallow((s) => ({
      canUndo: !s.readOnly && s.history.past.length > 0,
      canRedo: !s.readOnly && s.history.future.length > 0,
      undoLabel: s.history.past[s.history.past.length - 1]?.label ?? null,
      redoLabel: s.history.future[0]?.label ?? null,
    })),
  );

/** The editor's actions (stable references). */
export const useEditorActions = () =>
  useEditorStore(
    useShallow((s) => ({
      execute: s.execute,
      undo: s.undo,
      redo: s.redo,
      setSelection: s.setSelection,
      openAddMenu: s.openAddMenu,
      setProblemsOpen: s.setProblemsOpen,
      setHelpOpen: s.setHelpOpen,
      setPendingDelete: s.setPendingDelete,
      requestFocus: s.requestFocus,
    })),
  );
