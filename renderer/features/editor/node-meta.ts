import type { NodeType } from '../../../shared/model';

/** How each node type is named and drawn in menus and on the canvas. */
export const NODE_META: Record<NodeType, { label: string; icon: string }> = {
  entry: { label: 'Entry', icon: '▶' },
  action: { label: 'Take an action', icon: '⚡' },
  wait: { label: 'Wait', icon: '⏱' },
  waitForEvent: { label: 'Wait for event', icon: '⌛' },
  split: { label: 'Split path', icon: '⑂' },
  randomSplit: { label: 'Random split', icon: '🎲' },
  gate: { label: 'Gate', icon: '⛩' },
  merge: { label: 'Merge paths', icon: '⤝' },
  goto: { label: 'Go to', icon: '↪' },
  exit: { label: 'Exit', icon: '■' },
};
