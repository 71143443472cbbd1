import {
  addTargetAfter,
  commands,
  copyNodes,
  createNode,
  deleteNodes,
  pasteTargetAfter,
  type AddableNodeType,
  type PasteTarget,
  type Size,
} from '../../../shared/graph';
import type { JourneyBody, Position } from '../../../shared/model';
import { addNodeIssue, addsOnPeoplePath, peopleMergeAt } from '../../../shared/validation';
import type { AddTarget } from '../../stores/editor-session-slice';
import { useEditorStore } from '../../stores/editor-store';
import { readClipboard, writeClipboard } from './app-clipboard';

const state = () => useEditorStore.getState();

/**
 * Adds a node of `type` at a "+" target and selects it. On a path of a split by people it is a
 * people step (an action there starts as a People action).
 */
export function addNodeAt(target: AddTarget, type: AddableNodeType): void {
  const { journey, body } = state();
  const doc = journey && body ? { ...journey, ...body } : undefined;
  // "Merge paths" at an open end of a split by people joins that split's merge, not a new one.
  const merge = doc && type === 'merge' ? peopleMergeAt(doc, target) : null;
  if (merge !== null && target.kind === 'open') {
    if (state().execute(commands.connect(target.sourceId, target.handle, merge)))
      state().requestFocus(merge);
    return;
  }
  const onPeople = doc && addsOnPeoplePath(doc, target);
  const node = createNode(type, { audience: onPeople ? 'people' : journey?.audience });
  const cmd =
    target.kind === 'edge'
      ? commands.insertIntoEdge(target.edgeId, node)
      : commands.appendAfter(target.sourceId, target.handle, node);
  if (state().execute(cmd)) state().requestFocus(node.id);
}

/**
 * A palette item dropped on (or near) a "+": added there as choosing it from that "+" menu does.
 * A step that may not go there (a split by people's path) opens that menu instead, which says why.
 */
export function addNodeDroppedAt(
  target: AddTarget,
  type: AddableNodeType,
  anchor: { left: number; bottom: number },
): void {
  const { journey, body } = state();
  if (!journey || !body) return;
  if (addNodeIssue({ ...journey, ...body }, target, type))
    state().openAddMenu({ target, x: anchor.left, y: anchor.bottom + 4 });
  else addNodeAt(target, type);
}

/**
 * A palette item chosen with the keyboard: the new node goes after the selected node, connected
 * (its open end, else into its first path); before a node without outputs (an Exit, a Go to),
 * into the path leading to it; with nothing selected, below the lowest node. Nothing happens
 * where the palette disables the item (it says why).
 */
export function addNodeAfterSelection(type: AddableNodeType): void {
  const { journey, body, selection } = state();
  if (!journey || !body) return;
  const choice = addTargetAfter(body, selection);
  if (choice.issue !== undefined) return;
  const { target } = choice;
  if (addNodeIssue({ ...journey, ...body }, target, type)) return;
  if (target.kind === 'open' || target.kind === 'edge') return addNodeAt(target, type);
  const lowest = body.nodes.reduce((y, n) => Math.max(y, n.position.y), 0);
  addNodeFree(type, { x: 0, y: lowest + 160 });
}

/** Adds a loose node where the palette item was dropped. */
export function addNodeFree(type: AddableNodeType, position: Position): void {
  const node = createNode(type, { audience: state().journey?.audience, position });
  if (state().execute(commands.addNode(node))) state().requestFocus(node.id);
}

/** Asks before deleting when other branches' nodes would go too; otherwise deletes at once. */
export function requestDelete(ids: readonly string[]): void {
  const { body, readOnly } = state();
  if (!body || readOnly) return;
  const deletable = ids.filter((id) => body.nodes.some((n) => n.id === id && n.type !== 'entry'));
  if (deletable.length === 0) return;
  const { dropped } = deleteNodes(body, deletable);
  if (dropped.length > 0) state().setPendingDelete({ ids: deletable, dropped });
  else confirmDelete(deletable);
}

/** Deletes (after confirmation, if one was needed). */
export function confirmDelete(ids: readonly string[]): void {
  const before = state().body;
  const deleted = state().execute(commands.deleteNodes(ids));
  state().setPendingDelete(null);
  state().setSelection([]);
  if (deleted && before) keepFocusOnMap(before, ids);
}

/**
 * Keyboard focus must not fall back to the page when nodes go (deleted, or undone after a paste):
 * it goes to the step that led into the first removed one, else to the Entry.
 */
function keepFocusOnMap(before: JourneyBody, removed: readonly string[]): void {
  const after = state().body;
  if (!after) return;
  const gone = new Set(removed);
  const previous = before.edges.find((e) => gone.has(e.target) && !gone.has(e.source))?.source;
  const landing =
    previous && after.nodes.some((n) => n.id === previous)
      ? previous
      : after.nodes.find((n) => n.type === 'entry')?.id;
  if (landing) state().requestFocus(landing);
}

/**
 * Undo or redo from the keyboard. When the step holding focus goes with it (Ctrl+Z after a paste),
 * focus moves to the step that led into it, as after Delete, never to the page.
 */
export function undoOrRedo(redo: boolean): void {
  const before = state().body;
  const active = document.activeElement;
  const focused =
    active instanceof HTMLElement && active.classList.contains('react-flow__node')
      ? active.dataset.id
      : undefined;
  if (redo) state().redo();
  else state().undo();
  const after = state().body;
  if (!before || !focused || !after || after.nodes.some((n) => n.id === focused)) return;
  keepFocusOnMap(before, [focused]);
}

/** Copies the selected nodes; returns how many. */
export function copySelection(): number {
  const { body, selection } = state();
  const payload = body && copyNodes(body, selection);
  if (!payload) return 0;
  writeClipboard(payload);
  return payload.nodes.length;
}

/** Copy, then delete with reconnect. */
export function cutSelection(): void {
  if (state().readOnly) return;
  if (copySelection() > 0) requestDelete(state().selection);
}

/** Where Ctrl+V puts nodes: after the one selected node, connected; else loose at a free spot. */
export const defaultPasteTarget = pasteTargetAfter;

/** Pastes the copied fragment with fresh ids and selects it; false when nothing was copied. */
export function pasteClipboard(target?: PasteTarget, at?: Position): boolean {
  const payload = readClipboard();
  if (!payload || state().readOnly) return false;
  let pasted: string[] = [];
  const { body, selection } = state();
  const ok = state().execute(
    commands.paste(
      payload,
      target ?? defaultPasteTarget(body, selection, at),
      (ids) => (pasted = ids),
    ),
  );
  // Focus goes to the pasted node (scrolled into view), as after an insert or a duplicate.
  if (ok && pasted[0]) state().requestFocus(pasted[0]);
  if (ok) state().setSelection(pasted);
  return ok;
}

/** Whether something can be pasted. */
export function hasClipboard(): boolean {
  return readClipboard() !== null;
}

/** Duplicates the selection as a paste after it would land (one undo step), shows and selects the copies. */
export function duplicateSelection(): void {
  let copies: string[] = [];
  if (!state().execute(commands.duplicate(state().selection, (ids) => (copies = ids)))) return;
  // Scrolled into view in the map (clear of the side panel) and focused, like a new node.
  if (copies[0]) state().requestFocus(copies[0]);
  state().setSelection(copies);
}

/** Lays the journey out top to bottom with the nodes' measured sizes. */
export function tidyUp(sizes: ReadonlyMap<string, Size>): void {
  state().execute(commands.tidyUp(sizes));
}
