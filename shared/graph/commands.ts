import type { Audience, JourneyBody, JourneyNode, NodeOf, Position } from '../model';
import { closePeopleSplit } from './close-people-split';
import {
  pasteFragment,
  duplicateNodes,
  type ClipboardPayload,
  type PasteTarget,
} from './clipboard';
import { deleteNodes } from './delete';
import { moveNodes, updateNode } from './edit';
import { addNode, appendAfter, connect, endOtherPath, insertIntoEdge, removeEdges } from './insert';
import { layoutPositions, type Size } from './layout';
import { addPath, movePath, removePath, renamePath, splitPathsEvenly } from './paths';
import { spreadAround } from './spread-paths';

/**
 * One user edit: a label for the history and a pure `apply`. Every command enters the undo
 * history (undo restores the snapshot before it); loading a journey is not a command.
 */
export interface EditorCommand {
  label: string;
  /** Edits with the same key in quick succession are one undo step (typing). */
  mergeKey?: string;
  apply(doc: JourneyBody): JourneyBody;
}

/** Commands, one per operation type, so the history says what each step did. */
export const commands = {
  insertIntoEdge: (edgeId: string, node: JourneyNode): EditorCommand => ({
    label: `Add ${node.name}`,
    apply: (d) => spreadAround(endOtherPath(insertIntoEdge(d, edgeId, node), node.id), node.id),
  }),
  appendAfter: (sourceId: string, handle: string, node: JourneyNode): EditorCommand => ({
    label: `Add ${node.name}`,
    apply: (d) =>
      spreadAround(endOtherPath(appendAfter(d, sourceId, handle, node), node.id), node.id),
  }),
  addNode: (node: JourneyNode): EditorCommand => ({
    label: `Add ${node.name}`,
    apply: (d) => endOtherPath(addNode(d, node), node.id),
  }),
  deleteNodes: (ids: readonly string[]): EditorCommand => ({
    label: ids.length === 1 ? 'Delete node' : `Delete ${ids.length} nodes`,
    apply: (d) => deleteNodes(d, ids).doc,
  }),
  connect: (sourceId: string, handle: string, targetId: string): EditorCommand => ({
    label: 'Connect',
    apply: (d) => connect(d, sourceId, handle, targetId),
  }),
  removeEdges: (ids: readonly string[]): EditorCommand => ({
    label: 'Disconnect',
    apply: (d) => removeEdges(d, ids),
  }),
  moveNodes: (positions: Record<string, Position>): EditorCommand => ({
    label: 'Move',
    apply: (d) => moveNodes(d, positions),
  }),
  updateNode: (node: JourneyNode, field = 'settings'): EditorCommand => ({
    label: `Edit ${node.name}`,
    mergeKey: `${node.id}:${field}`,
    apply: (d) => updateNode(d, node),
  }),
  /** Split by accounts or people; in an account journey a split by people gets its Merge paths node in the same step. */
  setSplitBy: (node: NodeOf<'split'>, audience: Audience): EditorCommand => ({
    label: `Split ${node.name} by ${node.settings.splitBy}`,
    apply: (d) => {
      const next = updateNode(d, node);
      return audience === 'account' ? closePeopleSplit(next, node.id) : next;
    },
  }),
  addPath: (nodeId: string): EditorCommand => ({
    label: 'Add path',
    apply: (d) => addPath(d, nodeId),
  }),
  splitEvenly: (nodeId: string): EditorCommand => ({
    label: 'Split evenly',
    apply: (d) => splitPathsEvenly(d, nodeId),
  }),
  removePath: (nodeId: string, pathId: string): EditorCommand => ({
    label: 'Delete path',
    apply: (d) => removePath(d, nodeId, pathId),
  }),
  renamePath: (nodeId: string, pathId: string, name: string): EditorCommand => ({
    label: 'Rename path',
    mergeKey: `${nodeId}:path:${pathId}`,
    apply: (d) => renamePath(d, nodeId, pathId, name),
  }),
  movePath: (nodeId: string, pathId: string, delta: number): EditorCommand => ({
    label: 'Reorder paths',
    apply: (d) => movePath(d, nodeId, pathId, delta),
  }),
  /** Paste or cut-paste; the result's ids are known only after apply, so the caller reads them back. */
  paste: (
    payload: ClipboardPayload,
    target: PasteTarget,
    onIds?: (ids: string[]) => void,
  ): EditorCommand => ({
    label: 'Paste',
    apply: (d) => {
      const result = pasteFragment(d, payload, target);
      onIds?.(result.ids);
      return result.doc;
    },
  }),
  duplicate: (ids: readonly string[], onIds?: (ids: string[]) => void): EditorCommand => ({
    label: 'Duplicate',
    apply: (d) => {
      const result = duplicateNodes(d, ids);
      onIds?.(result.ids);
      return result.doc;
    },
  }),
  tidyUp: (sizes: ReadonlyMap<string, Size>): EditorCommand => ({
    label: 'Tidy up',
    apply: (d) => moveNodes(d, layoutPositions(d, sizes)),
  }),
} as const;
