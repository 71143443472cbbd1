import { describe, expect, it } from 'vitest';
import { nodeOutputs, type JourneyNode } from '../../../shared/model';
import { summarizeNode } from '../../../shared/render/node-summary';

// Three even paths are stored as 100/3 each; the card and the path names show two decimals at most.
const thirds = {
  id: 'split',
  type: 'randomSplit',
  name: 'Random split',
  position: { x: 0, y: 0 },
  settings: {
    paths: ['A', 'B', 'C'].map((name, i) => ({ id: `p${i}`, name, percent: 100 / 3 })),
  },
} as JourneyNode;

describe('random split shares', () => {
  it('shows 100/3 as 33.33% on the card and in the path names', () => {
    expect(summarizeNode(thirds, () => undefined)).toBe('33.33% / 33.33% / 33.33%');
    expect(nodeOutputs(thirds).map((o) => o.label)).toEqual([
      'A (33.33%)',
      'B (33.33%)',
      'C (33.33%)',
    ]);
  });
  it('keeps whole and one-decimal shares as they are', () => {
    const split = {
      ...thirds,
      settings: {
        paths: [
          { id: 'p0', name: 'A', percent: 12.5 },
          { id: 'p1', name: 'B', percent: 87.5 },
        ],
      },
    } as JourneyNode;
    expect(summarizeNode(split, () => undefined)).toBe('12.5% / 87.5%');
  });
});

describe('a Wait for event without its event', () => {
  it('says on its card that the event is still to choose, as its field requires one', () => {
    const node = {
      id: 'w',
      type: 'waitForEvent',
      name: 'Wait for event',
      position: { x: 0, y: 0 },
      settings: { eventName: '', timeout: { amount: 3, unit: 'days' } },
    } as JourneyNode;
    expect(summarizeNode(node, () => undefined)).toBe('No event yet · timeout 3 days');
  });
});
