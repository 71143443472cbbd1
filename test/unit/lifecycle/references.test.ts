import { describe, expect, it } from 'vitest';
import { blockedReferenceProblems, JOURNEY_REFERENCE_BLOCKED } from '../../../shared/lifecycle';
import type { Journey, JourneyNode } from '../../../shared/model';
import type { Core } from '../../../electron/core/core';
import { call, seedJourney, testCore } from './fixtures';

/** A Draft whose entry leads to "Add Account to (other) Journey" -> target, then Exit. */
async function referrer(core: Core, name: string, targetRef: string): Promise<Journey> {
  const p = { x: 0, y: 0 };
  const nodes: JourneyNode[] = [
    {
      id: 'entry',
      type: 'entry',
      name: 'Entry',
      position: p,
      settings: { trigger: 'audience', source: 'Target accounts' },
    },
    {
      id: 'add',
      type: 'action',
      name: 'Hand over',
      position: p,
      settings: {
        scope: 'account',
        actionId: 'add-account-to-journey',
        params: { journeyId: targetRef },
        applyTo: { mode: 'all' },
      },
    },
    { id: 'exit', type: 'exit', name: 'Exit', position: p, settings: { reason: '' } },
  ];
  const edges = [
    { id: 'e1', source: 'entry', sourceHandle: 'out', target: 'add' },
    { id: 'e2', source: 'add', sourceHandle: 'out', target: 'exit' },
  ];
  return seedJourney(core, name, 'Draft', { nodes, edges });
}

describe('references to closed, aborted or finished journeys', () => {
  it.each(['Closed to new entries', 'Aborted', 'Finished'] as const)(
    'a target that is %s blocks Add Account to (other) Journey',
    async (status) => {
      const core = await testCore();
      const target = await seedJourney(core, 'Target', 'Live');
      const source = await referrer(core, 'Source', target.id);
      expect(
        (await call(core, 'journeys.publishCheck', { id: source.id })).problems.filter(
          (p) => p.severity === 'error',
        ),
      ).toEqual([]);
      expect(await call(core, 'journeys.referencedBy', { id: target.id })).toEqual([
        {
          journeyId: source.id,
          journeyName: 'Source',
          status: 'Draft',
          nodeId: 'add',
          nodeName: 'Hand over',
          actionLabel: 'Add Account to (other) Journey',
        },
      ]);

      if (status === 'Aborted') await call(core, 'journeys.abort', { id: target.id });
      else await call(core, 'journeys.closeToNewEntries', { id: target.id });
      if (status === 'Finished') await call(core, 'journeys.finish', { id: target.id });

      const { problems } = await call(core, 'journeys.publishCheck', { id: source.id });
      const blocked = problems.filter((p) => p.code === JOURNEY_REFERENCE_BLOCKED);
      expect(blocked).toHaveLength(1);
      expect(blocked[0]).toMatchObject({
        nodeId: 'add',
        nodeName: 'Hand over',
        field: 'params.journeyId',
        severity: 'error',
      });
      await expect(call(core, 'journeys.publish', { id: source.id })).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(
          /^Cannot publish "Source": fix 1 problem first:\n- Hand over: Journey "Target" is [^\n]+; it must be Live$/,
        ),
      });
      expect((await call(core, 'journeys.get', { id: source.id })).status).toBe('Draft');
      await core.close();
    },
  );

  it('the shared rule names the action and the target status; the node name comes once, from the list', async () => {
    const core = await testCore();
    const target = await seedJourney(core, 'T', 'Aborted');
    const source = await referrer(core, 'S', target.lineageId);
    const [problem] = blockedReferenceProblems(source, core.context.store.list());
    expect(problem.message).toBe(
      'Add Account to (other) Journey targets "T", which is Aborted; that action is blocked.',
    );
    await core.close();
  });

  it('a reference to the lineage follows the new Live version after a soft stop', async () => {
    const core = await testCore();
    const v1 = await call(core, 'journeys.publish', { id: (await seedJourney(core, 'Target')).id });
    const source = await referrer(core, 'Source', v1.lineageId);
    const v2 = await call(core, 'journeys.createVersion', { id: v1.id });
    await call(core, 'journeys.publish', { id: v2.id });
    expect(blockedReferenceProblems(source, core.context.store.list())).toEqual([]);
    await core.close();
  });
});
