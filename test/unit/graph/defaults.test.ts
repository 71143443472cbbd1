import { describe, expect, it } from 'vitest';
import { commands, copyNodes, type GraphDoc } from '../../../shared/graph';
import type { JourneyBody, JourneyNode } from '../../../shared/model';
import { validateJourney } from '../../../shared/validation';
import { defaultPasteTarget } from '../../../renderer/features/editor/editor-actions';
import { makeWorkspace } from '../helpers/workspace-builder';
import { makeJourney } from '../helpers/journey-builder';
import { node, starter, wiring } from './helpers';

/** Cards are about 220×84: two nodes overlap when closer than that on both axes. */
function overlaps(doc: GraphDoc): [string, string][] {
  const out: [string, string][] = [];
  doc.nodes.forEach((a, i) =>
    doc.nodes.slice(i + 1).forEach((b) => {
      if (Math.abs(a.position.x - b.position.x) < 220 && Math.abs(a.position.y - b.position.y) < 84)
        out.push([a.id, b.id]);
    }),
  );
  return out;
}

const withEntrySource = (doc: JourneyBody): JourneyBody => ({
  ...doc,
  nodes: doc.nodes.map((n) =>
    n.type === 'entry' ? { ...n, settings: { ...n.settings, source: 'Target accounts' } } : n,
  ),
});

describe('defaults that need no clean-up', () => {
  it('a Split added with "+" ends its Other path in an Exit; the journey has no problem', () => {
    const split = node('split', 's');
    const after = commands.insertIntoEdge('e0', split).apply(withEntrySource(starter()));
    const exit = after.nodes.find((n) => n.type === 'exit' && n.id !== 'exit') as JourneyNode;
    expect(exit).toBeDefined();
    expect(wiring(after)).toContain(`s:other>${exit.id}`);
    expect(wiring(after)).toContain(
      `s:${(split as JourneyNode & { type: 'split' }).settings.paths[0].id}>exit`,
    );
    expect(overlaps(after)).toEqual([]);
    const problems = validateJourney(makeJourney(after, { audience: 'account' }), makeWorkspace());
    // Only the advice that Path 1 has no criteria yet; nothing dangles.
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a Split appended at an open end gets the Exit on Other too; a second Split keeps its own', () => {
    const doc = commands.removeEdges(['e0']).apply(starter());
    const after = commands.appendAfter('entry', 'out', node('split', 's')).apply(doc);
    expect(after.edges.filter((e) => e.source === 's').map((e) => e.sourceHandle)).toEqual([
      'other',
    ]);
    expect(overlaps(after)).toEqual([]);
  });

  it('a palette drop onto a node lands beside it, not on it', () => {
    const dropped = { ...node('wait', 'w'), position: { x: 10, y: 170 } };
    const after = commands.addNode(dropped).apply(starter());
    expect(overlaps(after)).toEqual([]);
  });

  it('a paste with a Split selected lands connected into its first path, without overlap', () => {
    const split = node('split', 's');
    const doc = commands.insertIntoEdge('e0', split).apply(starter());
    const payload = copyNodes(doc, ['s'])!;
    const wait = node('wait', 'w');
    const copied = copyNodes({ ...doc, nodes: [...doc.nodes, wait] }, ['w'])!;
    expect(payload.nodes).toHaveLength(1);
    const target = defaultPasteTarget(doc, ['s']);
    expect(target.kind).toBe('edge');
    let ids: string[] = [];
    const after = commands.paste(copied, target, (x) => (ids = x)).apply(doc);
    const pasted = ids[0];
    const path1 = (split as JourneyNode & { type: 'split' }).settings.paths[0].id;
    expect(wiring(after)).toContain(`s:${path1}>${pasted}`);
    expect(wiring(after)).toContain(`${pasted}:out>exit`);
    expect(overlaps(after)).toEqual([]);
  });

  it('a paste with nothing selected lands loose at a free spot', () => {
    const doc = starter();
    const copied = copyNodes({ ...doc, nodes: [...doc.nodes, node('wait', 'w')] }, ['w'])!;
    const after = commands.paste(copied, defaultPasteTarget(doc, [], { x: 0, y: 0 })).apply(doc);
    expect(overlaps(after)).toEqual([]);
  });
});

describe('an Action step takes the chosen action name', () => {
  it('follows the action unless the person named the step', async () => {
    const { withActionSettings } = await import('../../../shared/graph');
    const step = node('action', 'a') as JourneyNode & { type: 'action' };
    const chosen = withActionSettings(step, { ...step.settings, actionId: 'send-email' });
    expect(chosen.name).toBe('Send email');
    expect(withActionSettings(chosen, { ...chosen.settings, actionId: 'send-sms' }).name).toBe(
      'Send SMS',
    );
    const own = { ...chosen, name: 'Welcome mail' };
    expect(withActionSettings(own, { ...own.settings, actionId: 'send-sms' }).name).toBe(
      'Welcome mail',
    );
  });

  it('an Action step (seed 003) takes the name of the custom Action it calls, and follows a new one', async () => {
    const { withActionSettings } = await import('../../../shared/graph');
    const names: Record<string, string> = { 'ca-1': 'Customer API', 'ca-2': 'Scoring service' };
    const nameOf = (ref: string) => names[ref];
    const step = node('action', 'a') as JourneyNode & { type: 'action' };
    const custom = withActionSettings(
      step,
      { ...step.settings, actionId: 'custom-action' },
      nameOf,
    );
    expect(custom.name).toBe('Action');
    const called = withActionSettings(
      custom,
      { ...custom.settings, params: { actionRef: 'ca-1' } },
      nameOf,
    );
    expect(called.name).toBe('Customer API');
    const other = { ...called.settings, params: { actionRef: 'ca-2', function: 'score' } };
    expect(withActionSettings(called, other, nameOf).name).toBe('Scoring service');
    const own = { ...called, name: 'Look up customer' };
    expect(withActionSettings(own, other, nameOf).name).toBe('Look up customer');
  });
});
