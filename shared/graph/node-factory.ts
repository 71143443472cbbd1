import {
  DEFAULT_WAIT,
  newId,
  NODE_TYPE_LABELS,
  type Audience,
  type JourneyNode,
  type NodeType,
  type Position,
} from '../model';

/** Node types a user can add (a journey has exactly one Entry, made with the journey). */
export type AddableNodeType = Exclude<NodeType, 'entry'>;

export const ADDABLE_NODE_TYPES: readonly AddableNodeType[] = [
  'action',
  'wait',
  'waitForEvent',
  'split',
  'randomSplit',
  'gate',
  'merge',
  'goto',
  'exit',
];

/** The default name of a new node of each type: its type's label. */
export const DEFAULT_NODE_NAMES: Record<NodeType, string> = NODE_TYPE_LABELS;

export interface NewNodeOptions {
  position?: Position;
  audience?: Audience;
  name?: string;
  /** Id generator; tests pass a deterministic one. */
  makeId?: () => string;
}

/** A new node of `type` with its default settings (Wait: 5 days, Random split: 50/50, …). */
export function createNode(type: NodeType, options: NewNodeOptions = {}): JourneyNode {
  const makeId = options.makeId ?? newId;
  const base = {
    id: makeId(),
    name: options.name ?? DEFAULT_NODE_NAMES[type],
    position: options.position ?? { x: 0, y: 0 },
  };
  switch (type) {
    case 'entry':
      return {
        ...base,
        type,
        settings: { trigger: options.audience === 'people' ? 'segment' : 'audience', source: '' },
      };
    case 'action':
      return {
        ...base,
        type,
        // A people journey has only people actions; an account journey asks first (seed 000).
        settings: {
          scope: options.audience === 'people' ? 'people' : null,
          actionId: null,
          params: {},
          applyTo: { mode: 'all' },
        },
      };
    case 'wait':
      return { ...base, type, settings: { mode: 'duration', duration: { ...DEFAULT_WAIT } } };
    case 'waitForEvent':
      return { ...base, type, settings: { eventName: '', timeout: { amount: 3, unit: 'days' } } };
    case 'split':
      return {
        ...base,
        type,
        settings: {
          splitBy: options.audience === 'people' ? 'people' : 'accounts',
          paths: [{ id: makeId(), name: 'Path 1', match: 'all', criteria: [] }],
        },
      };
    case 'randomSplit':
      return {
        ...base,
        type,
        settings: {
          paths: [
            { id: makeId(), name: 'Path A', percent: 50 },
            { id: makeId(), name: 'Path B', percent: 50 },
          ],
        },
      };
    case 'gate':
      return { ...base, type, settings: { condition: '' } };
    case 'merge':
      return { ...base, type, settings: {} };
    case 'goto':
      return { ...base, type, settings: { targetNodeId: null } };
    case 'exit':
      return { ...base, type, settings: { reason: '' } };
  }
}
