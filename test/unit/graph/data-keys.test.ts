import { describe, expect, it } from 'vitest';
import {
  copyNodes,
  dataKeyOf,
  duplicateNodes,
  nextFreeDataKey,
  pasteFragment,
  type GraphDoc,
} from '../../../shared/graph';
import type { JourneyNode, NodeOf } from '../../../shared/model';
import { validateJourney } from '../../../shared/validation';
import { action, edge, entry, exit, gate, makeJourney } from '../helpers/journey-builder';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { idSeq } from './helpers';

const step = (id: string, dataKey: string) =>
  action(id, 'custom-action', { dataKey, actionRef: 'ca-1', function: 'request', input: {} });

/** Entry -> lead (Data Key "lead") -> Gate reading journey.lead -> Exit ×2. */
function doc(): GraphDoc {
  const nodes = [
    entry(),
    step('lead', 'lead'),
    gate('g', 'journey.lead.body.score > 5 and journey.leader.ok'),
    exit('t'),
    exit('f'),
  ];
  const edges = [
    edge('entry', 'lead'),
    edge('lead', 'g'),
    edge('g', 't', 'true'),
    edge('g', 'f', 'false'),
  ];
  return { nodes, edges };
}

const keys = (d: GraphDoc) => d.nodes.flatMap((n) => dataKeyOf(n) ?? []);

describe('Data Keys of copies', () => {
  it('numbers the next free key from the original', () => {
    expect(nextFreeDataKey('lead', new Set(['lead']))).toBe('lead_2');
    expect(nextFreeDataKey('lead', new Set(['lead', 'lead_2']))).toBe('lead_3');
    expect(nextFreeDataKey('lead_2', new Set(['lead', 'lead_2']))).toBe('lead_3');
    const long = 'k'.repeat(64);
    expect(nextFreeDataKey(long, new Set([long]))).toBe(`${'k'.repeat(62)}_2`);
  });

  it('a duplicated Action step stores under a fresh key, so there is no duplicate-key error', () => {
    const before = doc();
    const { doc: after, ids } = duplicateNodes(before, ['lead'], idSeq('d'));
    expect(keys(after)).toEqual(['lead', 'lead_2']);
    const copy = after.nodes.find((n) => n.id === ids[0]) as NodeOf<'action'>;
    expect(copy.settings.params.dataKey).toBe('lead_2');
    const problems = validateJourney(makeJourney(after), demoWorkspace('me'));
    expect(problems.filter((p) => p.code === 'duplicate-data-key')).toEqual([]);
  });

  it('pasting a step and its reader twice renames the key and the reads inside the copy only', () => {
    const before = doc();
    const payload = copyNodes(before, ['lead', 'g'])!;
    const first = pasteFragment(before, payload, { kind: 'loose' }, idSeq('a'));
    const second = pasteFragment(first.doc, payload, { kind: 'loose' }, idSeq('b'));
    expect(keys(second.doc)).toEqual(['lead', 'lead_2', 'lead_3']);
    const conditions = second.doc.nodes
      .filter((n): n is NodeOf<'gate'> => n.type === 'gate')
      .map((n) => n.settings.condition);
    // journey.leader is another key: a longer name that starts alike stays as it was.
    expect(conditions).toEqual([
      'journey.lead.body.score > 5 and journey.leader.ok',
      'journey.lead_2.body.score > 5 and journey.leader.ok',
      'journey.lead_3.body.score > 5 and journey.leader.ok',
    ]);
  });

  it('a cut and paste keeps its key (the original is gone)', () => {
    const before = doc();
    const payload = copyNodes(before, ['lead'])!;
    const without: GraphDoc = {
      nodes: before.nodes.filter((n: JourneyNode) => n.id !== 'lead'),
      edges: before.edges.filter((e) => e.source !== 'lead' && e.target !== 'lead'),
    };
    const { doc: after } = pasteFragment(without, payload, { kind: 'loose' }, idSeq('c'));
    expect(keys(after)).toEqual(['lead']);
  });
});
