import { useEffect, type FocusEvent, type KeyboardEvent } from 'react';
import { targetsInOutputOrder, type GraphDoc } from '../../../shared/graph';
import { useEditorStore } from '../../stores/editor-store';
import { useLayoutStore } from '../../stores/layout-store';

const nodeIdOf = (el: EventTarget | null) =>
  el instanceof HTMLElement && el.classList.contains('react-flow__node')
    ? el.dataset.id
    : undefined;

/** Focuses a node's card on the map (React Flow renders it with tabindex 0). */
export function focusNodeCard(id: string): boolean {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus({ preventScroll: false });
  return el !== null;
}

/**
 * The node an arrow key leads to from `id`: down = the first step after it (the first path's, in
 * path order), up = the step before it, left/right = the neighbouring path's step under the same
 * node (paths in their side-panel order, Other last).
 */
export function neighbourIn(doc: GraphDoc, id: string, key: string): string | undefined {
  if (key === 'ArrowDown') return targetsInOutputOrder(doc, id)[0];
  const prev = doc.edges.find((e) => e.target === id)?.source;
  if (key === 'ArrowUp') return prev;
  if (prev === undefined) return undefined;
  const siblings = targetsInOutputOrder(doc, prev);
  const i = siblings.indexOf(id);
  if (i < 0) return undefined;
  return key === 'ArrowLeft' ? siblings[i - 1] : siblings[i + 1];
}

/** neighbourIn on the journey open in the editor. */
export function neighbourOf(id: string, key: string): string | undefined {
  const body = useEditorStore.getState().body;
  return body ? neighbourIn(body, id, key) : undefined;
}

/**
 * Keys on a focused node: arrows move focus along the paths, Enter selects it and opens its
 * settings in the side panel, shown if it was hidden (focus goes to the first field), Space selects it.
 */
export function onCanvasKeyDown(e: KeyboardEvent<HTMLElement>): void {
  const id = nodeIdOf(e.target);
  if (!id || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key.startsWith('Arrow')) {
    const to = neighbourOf(id, e.key);
    // Never let React Flow move the node: on a focused card the arrows navigate.
    e.preventDefault();
    e.stopPropagation();
    if (to) focusNodeCard(to);
  } else if (e.key === 'Escape') {
    // React Flow's own Escape on a node unselects it and then blurs it, dropping focus to the
    // page: clear the selection here and keep focus on the node.
    e.stopPropagation();
    if (!useEditorStore.getState().addMenu) useEditorStore.getState().setSelection([]);
  } else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    useEditorStore.getState().setSelection([id]);
    if (e.key === 'Enter') {
      // The settings are in the side panel: show it if it was collapsed (issue #19).
      const layout = useLayoutStore.getState();
      if (layout.sidePanelCollapsed) layout.toggle('sidePanelCollapsed');
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('.inspector input, .inspector select, .inspector textarea')
          ?.focus(),
      );
    }
  }
}

/**
 * Escape in the side panel's fields: focus goes back to the step being edited (the panel stays
 * open; Escape again on the step clears the selection). False when no single step is edited.
 */
export function escapeToEditedNode(from: EventTarget | null): boolean {
  if (!(from instanceof HTMLElement) || !from.closest('.inspector')) return false;
  if (from.closest('dialog, [role="menu"]')) return false;
  const { selection } = useEditorStore.getState();
  return selection.length === 1 && focusNodeCard(selection[0]);
}

/** The node keyboard focus rests on, not yet selected (see onCanvasFocus). */
let resting: string | undefined;

/** Keys that only move focus or cancel: they never make the focused node the selection. */
const PASSING_KEYS = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);

/**
 * Keyboard focus on a node selects it once the user acts there (alone, unless it is already part
 * of the selection), so Ctrl+C, Ctrl+D and Delete act on the node the focus ring is on. Walking
 * past nodes with Tab, Shift+Tab or the arrows selects nothing, so the inspector keeps showing
 * the step the user chose. A click focuses without `:focus-visible` and keeps React Flow's own
 * selection (Shift+click adds).
 */
export function onCanvasFocus(e: FocusEvent<HTMLElement>): void {
  const id = nodeIdOf(e.target);
  resting = id && (e.target as HTMLElement).matches(':focus-visible') ? id : undefined;
}

/** Before any other handler sees a key that acts, the node focus rests on becomes the selection. */
function selectRestingNode(e: globalThis.KeyboardEvent): void {
  if (!resting || PASSING_KEYS.has(e.key) || e.key.startsWith('Arrow')) return;
  const id = resting;
  resting = undefined;
  if (nodeIdOf(document.activeElement) !== id) return;
  const s = useEditorStore.getState();
  if (!s.selection.includes(id)) s.setSelection([id]);
}

/** Installs selectRestingNode ahead of the editor's own key handlers (capture, on window). */
export function useSelectFocusedNodeOnUse(): void {
  useEffect(() => {
    window.addEventListener('keydown', selectRestingNode, true);
    return () => window.removeEventListener('keydown', selectRestingNode, true);
  }, []);
}
