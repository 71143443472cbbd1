import type { NodeTypes } from '@xyflow/react';
import type { NodeType } from '../../../../shared/model';
import { EntryNodeView } from './EntryNodeView';
import { ActionNodeView } from './ActionNodeView';
import { WaitNodeView } from './WaitNodeView';
import { WaitForEventNodeView } from './WaitForEventNodeView';
import { SplitNodeView } from './SplitNodeView';
import { RandomSplitNodeView } from './RandomSplitNodeView';
import { GateNodeView } from './GateNodeView';
import { MergeNodeView } from './MergeNodeView';
import { GotoNodeView } from './GotoNodeView';
import { ExitNodeView } from './ExitNodeView';

/** One memoized component per node type; at module scope so React Flow never remounts them. */
export const nodeTypes = {
  entry: EntryNodeView,
  action: ActionNodeView,
  wait: WaitNodeView,
  waitForEvent: WaitForEventNodeView,
  split: SplitNodeView,
  randomSplit: RandomSplitNodeView,
  gate: GateNodeView,
  merge: MergeNodeView,
  goto: GotoNodeView,
  exit: ExitNodeView,
} satisfies Record<NodeType, NodeTypes[string]>;
