import { NODE_TYPE_LABELS, type NodeType } from '../../../shared/model';

/** How each node type is named and drawn in menus and on the canvas. */
export const NODE_META: Record<NodeType, { label: string; icon: string; hint: string }> = {
  entry: { label: NODE_TYPE_LABELS.entry, icon: '▶', hint: 'Where accounts or people enter' },
  action: { label: NODE_TYPE_LABELS.action, icon: '⚡', hint: 'Send an email, change a score, …' },
  wait: { label: NODE_TYPE_LABELS.wait, icon: '◷', hint: 'Pause for a while or until a date' },
  waitForEvent: {
    label: NODE_TYPE_LABELS.waitForEvent,
    icon: '◉',
    hint: 'Continue when an event happens, or time out',
  },
  split: { label: NODE_TYPE_LABELS.split, icon: '⋔', hint: 'Ordered conditions and an Other path' },
  randomSplit: {
    label: NODE_TYPE_LABELS.randomSplit,
    icon: '⚄',
    hint: 'Percentages that add up to 100',
  },
  gate: { label: NODE_TYPE_LABELS.gate, icon: '◇', hint: 'A Liquid condition: true or false' },
  merge: { label: NODE_TYPE_LABELS.merge, icon: '⤝', hint: 'Join paths back together' },
  goto: { label: NODE_TYPE_LABELS.goto, icon: '↪', hint: 'Jump to another node' },
  exit: { label: NODE_TYPE_LABELS.exit, icon: '■', hint: 'Leave the journey' },
};
