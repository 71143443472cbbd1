import { describe, expect, it } from 'vitest';
import { addTargetAfter, type GraphDoc } from '../../../shared/graph';
import { node, starter } from './helpers';

/** Entry → Wait → Go to, plus an Exit the Go to's own path does not reach. */
function withGoto(): GraphDoc {
  const doc = starter();
  return {
    nodes: [...doc.nodes, node('wait', 'w', 160), node('goto', 'g', 320)],
    edges: [
      { id: 'e1', source: 'entry', sourceHandle: 'out', target: 'w' },
      { id: 'e2', source: 'w', sourceHandle: 'out', target: 'g' },
    ],
  };
}

describe('where the palette adds a step for the selection', () => {
  it('before an Exit: into the one edge leading to it', () => {
    expect(addTargetAfter(starter(), ['exit'])).toEqual({ target: { kind: 'edge', edgeId: 'e0' } });
  });

  it('before a Go to: into the one edge leading to it', () => {
    expect(addTargetAfter(withGoto(), ['g'])).toEqual({ target: { kind: 'edge', edgeId: 'e2' } });
  });

  it('after a node with an open output: there, as a paste does', () => {
    expect(addTargetAfter(withGoto(), ['w'])).toEqual({ target: { kind: 'edge', edgeId: 'e2' } });
    const open = { ...withGoto(), edges: withGoto().edges.slice(0, 1) };
    expect(addTargetAfter(open, ['w'])).toEqual({
      target: { kind: 'open', sourceId: 'w', handle: 'out' },
    });
  });

  it('an Exit nothing leads into, or two paths do: no place, and why', () => {
    // The Exit of withGoto() has no edge into it.
    expect(addTargetAfter(withGoto(), ['exit'])).toEqual({
      issue: 'Nothing leads into the selected Exit: drag the step onto the map',
    });
    const two = {
      ...starter(),
      edges: [
        ...starter().edges,
        { id: 'e9', source: 'entry', sourceHandle: 'other', target: 'exit' },
      ],
    };
    expect(addTargetAfter(two, ['exit'])).toEqual({
      issue: '2 paths lead into the selected Exit: use the "+" on one of them',
    });
  });

  it('nothing or several selected: loose, as a paste', () => {
    expect(addTargetAfter(starter(), [])).toEqual({ target: { kind: 'loose' } });
    expect(addTargetAfter(starter(), ['entry', 'exit'])).toEqual({ target: { kind: 'loose' } });
  });
});
