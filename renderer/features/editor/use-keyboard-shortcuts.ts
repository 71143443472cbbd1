import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditorStore } from '../../stores/editor-store';
import { escapeToEditedNode } from './canvas-keyboard';
import { useZoomToFit } from './canvas-view';
import {
  copySelection,
  cutSelection,
  duplicateSelection,
  pasteClipboard,
  requestDelete,
  undoOrRedo,
} from './editor-actions';

/** Typing in a field or a menu keeps its keys. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="menu"], dialog') !== null
  );
}

/** The editor's keyboard shortcuts (see SHORTCUTS), active while the editor is open. */
export function useKeyboardShortcuts(): void {
  const { screenToFlowPosition } = useReactFlow();
  const zoomToFit = useZoomToFit();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.key === 'Escape' && escapeToEditedNode(e.target)) {
        e.preventDefault();
        return;
      }
      if (isTyping(e.target)) return;
      const s = useEditorStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !e.shiftKey) undoOrRedo(false);
      else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) undoOrRedo(true);
      else if (mod && key === 'c') copySelection();
      else if (mod && key === 'x') cutSelection();
      else if (mod && key === 'v') {
        const rect = document.querySelector('.canvas')?.getBoundingClientRect();
        const at = rect
          ? screenToFlowPosition({ x: rect.left + rect.width / 3, y: rect.top + rect.height / 3 })
          : undefined;
        pasteClipboard(undefined, at);
      } else if (mod && key === 'd') duplicateSelection();
      else if (mod && key === 'a') s.setSelection(s.body?.nodes.map((n) => n.id) ?? []);
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) requestDelete(s.selection);
      else if (!mod && e.key === '?') s.setHelpOpen(true);
      else if (!mod && e.shiftKey && e.code === 'Digit1') zoomToFit();
      else if (e.key === 'Escape' && !s.addMenu) s.setSelection([]);
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [zoomToFit, screenToFlowPosition]);
}
