import type { Audience } from './common';
import type { NodeOf, NodeType } from './nodes';

type EntryTrigger = NodeOf<'entry'>['settings']['trigger'];

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

/** What starts an Entry, in the words the trigger picker, the node card and the Entry's default name share. */
export const ENTRY_TRIGGER_LABELS: Record<EntryTrigger, string> = {
  audience: 'Account audience',
  segment: 'Segment',
  event: 'Event',
  date: 'Date',
};

/** A trigger's label in a journey of this audience: people journeys enter from an "Audience", not an account one. */
export function entryTriggerLabel(trigger: EntryTrigger, audience: Audience = 'account'): string {
  return trigger === 'audience' && audience === 'people'
    ? 'Audience'
    : ENTRY_TRIGGER_LABELS[trigger];
}
