import { describe, expect, it } from 'vitest';
import { neighbourIn } from '../../../renderer/features/editor/canvas-keyboard';
import { edge, entry, exit, split, splitPath, wait } from '../helpers/journey-builder';

// The tester's split: paths Tech accounts, Finance, Other. The edges are stored in another order
// than the paths (Other's Exit first, then Finance, Tech accounts last, as when edges are redrawn),
// so the arrows must follow the path order, not the stored edge order.
const doc = {
  nodes: [
    entry(),
    split('split', [
      { ...splitPath('tech'), name: 'Tech accounts' },
      { ...splitPath('fin'), name: 'Finance' },
    ]),
    wait('techWait'),
    wait('finWait'),
    exit('otherExit'),
  ],
  edges: [
    edge('entry', 'split'),
    edge('split', 'otherExit', 'other'),
    edge('split', 'finWait', 'fin'),
    edge('split', 'techWait', 'tech'),
  ],
};

describe('arrow keys on a focused node', () => {
  it('Down from a Split goes to the first path’s first step', () => {
    expect(neighbourIn(doc, 'split', 'ArrowDown')).toBe('techWait');
  });
  it('Right and Left walk the sibling paths in path order, Other last', () => {
    expect(neighbourIn(doc, 'techWait', 'ArrowRight')).toBe('finWait');
    expect(neighbourIn(doc, 'finWait', 'ArrowRight')).toBe('otherExit');
    expect(neighbourIn(doc, 'otherExit', 'ArrowRight')).toBeUndefined();
    expect(neighbourIn(doc, 'otherExit', 'ArrowLeft')).toBe('finWait');
    expect(neighbourIn(doc, 'finWait', 'ArrowLeft')).toBe('techWait');
    expect(neighbourIn(doc, 'techWait', 'ArrowLeft')).toBeUndefined();
  });
  it('Up goes back to the step before', () => {
    expect(neighbourIn(doc, 'finWait', 'ArrowUp')).toBe('split');
    expect(neighbourIn(doc, 'entry', 'ArrowUp')).toBeUndefined();
  });
});
