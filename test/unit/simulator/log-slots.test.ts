import { describe, expect, it } from 'vitest';
import { logSlots, type LogEntryKey } from '../../../electron/core/simulator/action-reach';
import { hasCycle } from '../../../electron/core/simulator/graph';

const tag = (id: string): LogEntryKey => ({ field: 'tagsAdded', id, person: false });

describe('action-log slots that remember their recipients', () => {
  it('remember only where two steps share a slot, unless the journey loops', () => {
    // Steps 0 and 2 add the same tag; step 1 adds another; node 3 logs nothing.
    const keys = [tag('vip'), tag('new'), tag('vip'), null];
    const plain = logSlots(keys, true, false);
    expect(plain.revisited).toBe(true);
    expect(Array.from(plain.slotOf)).toEqual([0, 1, 0, -1]);
    expect(Array.from(plain.remembers)).toEqual([1, 0]);
    expect(Array.from(plain.nodeRemembers)).toEqual([1, 0, 1, 0]);
    expect(Array.from(logSlots(keys, true, true).remembers)).toEqual([1, 1]);
    expect(Array.from(logSlots(keys, true, false, undefined, true).remembers)).toEqual([1, 1]);
  });

  it('a step remembers when its byAction slot is shared even if its entry is not', () => {
    const keys = [tag('a'), tag('b')];
    const actions = [
      { actionId: 'addTag', person: false },
      { actionId: 'addTag', person: false },
    ];
    const s = logSlots(keys, true, false, actions);
    expect(Array.from(s.remembers)).toEqual([0, 0, 1]);
    expect(Array.from(s.nodeRemembers)).toEqual([1, 1]);
  });
});

describe('hasCycle', () => {
  // Node n's outputs are slots outStart[n]…outStart[n+1]-1; -1 is an output with no edge.
  it('finds a loop of plain edges and none in a tree', () => {
    const outStart = Int32Array.from([0, 1, 3, 4, 4]);
    expect(hasCycle({ outStart, outNode: Int32Array.from([1, 2, 3, -1]) })).toBe(false);
    expect(hasCycle({ outStart, outNode: Int32Array.from([1, 2, 3, 1]) })).toBe(true);
  });
});
