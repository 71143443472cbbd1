import type { NodeType } from '../../../shared/model';

/** How each node type is named and drawn in menus and on the canvas. */
export const NODE_META: Record<NodeType, { label: string; icon: string; hint: string }> = {
  entry: { label: 'Entry', icon: '▶', hint: 'Where accounts or people enter' },
  action: { label: 'Take an action', icon: '⚡', hint: 'Send an email, change a score, …' },
  wait: { label: 'Wait', icon: '◷', hint: 'Pause for a while or until a date' },
  waitForEvent: { label: 'Wait for event', icon: '◉', hint: 'Continue when an event happens, or time out' },
  split: { label: 'Split path', icon: '⋔', hint: 'Ordered conditions and an Other path' },
  randomSplit: { label: 'Random split', icon: '⚄', hint: 'Percentages that add up to 100' },
  gate: { label: 'Gate', icon: '◇', hint: 'A Liquid condition: true or false' },
  merge: { label: 'Merge paths', icon: '⤝', hint: 'Join paths back together' },
  goto: { label: 'Go to', icon: '↪', hint: 'Jump to another node' },
  exit: { label: 'Exit', icon: '■', hint: 'Leave the journey' },
};
