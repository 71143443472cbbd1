import type { NodeType } from './nodes';

/** Each node type's name, in the seeds' words: palette, node menu, canvas, reports and notes all use it. */
export const NODE_TYPE_LABELS: Record<NodeType, string> = {
  entry: 'Entry',
  action: 'Take an action',
  wait: 'Wait',
  waitForEvent: 'Wait for event',
  split: 'Split path',
  randomSplit: 'Random split',
  gate: 'Gate',
  merge: 'Merge paths',
  goto: 'Go to',
  exit: 'Exit',
};
