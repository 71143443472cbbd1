import { describe, expect, it } from 'vitest';
import { distinctStepNames, ordinal } from '../../../shared/graph';
import { withNodeNames, problemText } from '../../../shared/lifecycle/problem';
import type { JourneyNode } from '../../../shared/model';
import {
  action,
  chain,
  edge,
  entry,
  exit,
  merge,
  randomSplit,
  split,
  splitPath,
} from '../helpers/journey-builder';

const named = <N extends JourneyNode>(n: N, name: string): N => ({ ...n, name });

describe('distinctStepNames', () => {
  it('says 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
  });

  it('keeps unique names and names the path of steps that share a name', () => {
    const s = { ...split('s', [{ ...splitPath('ent'), name: 'Enterprise' }]), name: 'By size' };
    const a = named(action('a', null), 'Send email');
    const b = named(action('b', null), 'Send email');
    const nodes = [entry(), s, a, b, exit('x1'), exit('x2')];
    const edges = [
      edge('entry', 's'),
      edge('s', 'a', 'ent'),
      edge('s', 'b', 'other'),
      edge('a', 'x1'),
      edge('b', 'x2'),
    ];
    const names = distinctStepNames({ nodes, edges });
    expect(names.get('a')).toBe('Send email — on path "Enterprise"');
    expect(names.get('b')).toBe('Send email — on path "Other"');
    expect(names.get('s')).toBe('By size');
    expect(names.get('x1')).toBe('x1');
  });

  it('numbers steps on the same path (or on none) in flow order', () => {
    // Document order b before a; flow order entry → a → b.
    const a = named(action('a', null), 'Send email');
    const b = named(action('b', null), 'Send email');
    const nodes = [entry(), b, a, exit()];
    const edges = chain(entry(), a, b, exit());
    const names = distinctStepNames({ nodes, edges });
    expect(names.get('a')).toBe('Send email (1st)');
    expect(names.get('b')).toBe('Send email (2nd)');
  });

  it('numbers within a path where the path alone does not tell them apart', () => {
    const r = randomSplit('r', [50, 50]);
    const a = named(action('a', null), 'Send email');
    const b = named(action('b', null), 'Send email');
    const c = named(action('c', null), 'Send email');
    const m = merge('m');
    const d = named(action('d', null), 'Send email');
    const nodes = [entry(), r, a, b, c, m, d, exit()];
    const edges = [
      edge('entry', 'r'),
      edge('r', 'a', 'p0'),
      edge('a', 'b'),
      edge('r', 'c', 'p1'),
      edge('b', 'm'),
      edge('c', 'm'),
      edge('m', 'd'),
      edge('d', 'exit'),
    ];
    const names = distinctStepNames({ nodes, edges });
    expect(names.get('a')).toBe('Send email — on path "Path 0" (1st)');
    expect(names.get('b')).toBe('Send email — on path "Path 0" (2nd)');
    expect(names.get('c')).toBe('Send email — on path "Path 1"');
    // After the Merge a step is on no one path.
    expect(names.get('d')).toBe('Send email');
  });

  it('gives publish problems the distinct names, so the Publish dialog lines differ', () => {
    const a = named(action('a', null), 'Send email');
    const b = named(action('b', null), 'Send email');
    const doc = { nodes: [entry(), a, b, exit()], edges: chain(entry(), a, b, exit()) };
    const problems = ['a', 'b'].map((nodeId) => ({
      nodeId,
      severity: 'error' as const,
      code: 'x',
      message: 'Email is required',
    }));
    expect(withNodeNames(problems, doc).map(problemText)).toEqual([
      'Send email (1st): Email is required',
      'Send email (2nd): Email is required',
    ]);
  });
});
