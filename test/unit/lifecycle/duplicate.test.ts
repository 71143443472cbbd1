import { describe, expect, it } from 'vitest';
import { defaultDuplicateName, duplicateJourney } from '../../../shared/lifecycle';
import { newJourney } from '../../../shared/journeys/new-journey';
import type { Journey, JourneyNode } from '../../../shared/model';
import { call, seedJourney, testCore } from './fixtures';

const actor = { by: 'dup-user', at: new Date('2030-02-01T00:00:00.000Z') };
const p = { x: 0, y: 0 };

/** A journey with one node of every configurable kind, authored content and a Marketo email. */
function richJourney(): Journey {
  const nodes: JourneyNode[] = [
    {
      id: 'entry',
      type: 'entry',
      name: 'Entry',
      position: p,
      settings: { trigger: 'segment', source: 'Hot accounts', listId: 'list-hot' },
    },
    {
      id: 'own',
      type: 'action',
      name: 'Own email',
      position: p,
      settings: {
        scope: 'people',
        actionId: 'send-email',
        params: { source: 'new', contentId: 'c1' },
        applyTo: {
          mode: 'matching',
          match: 'all',
          criteria: [{ scope: 'person', attribute: 'country', operator: 'equals', value: 'FR' }],
        },
      },
    },
    {
      id: 'mkto',
      type: 'action',
      name: 'Marketo email',
      position: p,
      settings: {
        scope: 'people',
        actionId: 'send-email',
        params: { source: 'marketo', marketoWorkspaceId: 'mw-1', emailId: 'mw1-email-3' },
        applyTo: { mode: 'all' },
      },
    },
    {
      id: 'wait',
      type: 'wait',
      name: 'Wait',
      position: p,
      settings: { mode: 'duration', duration: { amount: 2, unit: 'weeks' } },
    },
    {
      id: 'until',
      type: 'wait',
      name: 'Until',
      position: p,
      settings: { mode: 'until', until: '2030-05-01' },
    },
    {
      id: 'wfe',
      type: 'waitForEvent',
      name: 'Wait for event',
      position: p,
      settings: { eventName: 'Demo booked', timeout: { amount: 3, unit: 'days' } },
    },
    {
      id: 'split',
      type: 'split',
      name: 'Split',
      position: p,
      settings: {
        splitBy: 'people',
        paths: [
          {
            id: 'p1',
            name: 'Execs',
            match: 'all',
            criteria: [
              { scope: 'person', attribute: 'jobLevel', operator: 'equals', value: 'Executive' },
            ],
          },
        ],
      },
    },
    {
      id: 'gate',
      type: 'gate',
      name: 'Gate',
      position: p,
      settings: { condition: 'person.score > 5' },
    },
    {
      id: 'wait7',
      type: 'wait',
      name: 'Wait 7 days',
      position: p,
      settings: { mode: 'duration', duration: { amount: 7, unit: 'days' } },
    },
    {
      id: 'named',
      type: 'action',
      name: 'Send email',
      position: p,
      settings: {
        scope: 'people',
        actionId: 'send-email',
        params: { source: 'new' },
        applyTo: { mode: 'all' },
      },
    },
    {
      id: 'rs',
      type: 'randomSplit',
      name: 'Random split',
      position: p,
      settings: {
        paths: [
          { id: 'a', name: 'A', percent: 70 },
          { id: 'b', name: 'B', percent: 20 },
          { id: 'c', name: 'C', percent: 10 },
        ],
      },
    },
    { id: 'exit', type: 'exit', name: 'Exit', position: p, settings: { reason: '' } },
  ];
  return {
    ...newJourney({
      name: 'Rich',
      description: 'd',
      audience: 'people',
      user: 'author',
      now: new Date('2030-01-01T00:00:00.000Z'),
    }),
    status: 'Live',
    publishedBy: 'author',
    publishedAt: '2030-01-02T00:00:00.000Z',
    nodes,
    edges: [{ id: 'e1', source: 'entry', sourceHandle: 'out', target: 'own' }],
    content: [
      { id: 'c1', kind: 'email', name: 'Welcome', subject: 'Hi', from: 'a@b.c', body: 'Hello' },
    ],
  };
}

const byId = (j: Journey, id: string) => j.nodes.find((n) => n.id === id) as JourneyNode;

describe('Duplicate Journey', () => {
  it('Partial content duplication copies everything but authored content; Marketo references stay intact', () => {
    const source = richJourney();
    const copy = duplicateJourney(source, {
      id: 'new',
      name: 'Rich_copy',
      description: 'copy',
      type: 'partial',
      actor,
    });
    expect(copy).toMatchObject({
      id: 'new',
      lineageId: 'new',
      version: 1,
      status: 'Draft',
      name: 'Rich_copy',
      description: 'copy',
      publishedBy: null,
      publishedAt: null,
      revision: 1,
      createdBy: 'dup-user',
    });
    expect(copy.content).toEqual([]);
    expect(byId(copy, 'own')).toMatchObject({
      settings: { actionId: 'send-email', params: { source: 'new' } },
    });
    expect(
      (byId(copy, 'own') as Extract<JourneyNode, { type: 'action' }>).settings.params,
    ).not.toHaveProperty('contentId');
    expect(byId(copy, 'own')).toMatchObject({ settings: { applyTo: { mode: 'matching' } } });
    expect(byId(copy, 'mkto')).toEqual(byId(source, 'mkto'));
    for (const id of ['entry', 'wait', 'until', 'wfe', 'split', 'gate'])
      expect(byId(copy, id)).toEqual(byId(source, id));
    expect(copy.edges).toEqual(source.edges);
    expect(copy.history).toEqual([
      {
        at: actor.at.toISOString(),
        by: 'dup-user',
        action: 'Duplicate',
        from: null,
        to: 'Draft',
        note: 'Duplicated from "Rich" (Partial content duplication)',
      },
    ]);
    expect(source.content).toHaveLength(1); // the source is untouched
  });

  it('Duplicate without details keeps the structure only; every Wait is back to 5 days', () => {
    const source = richJourney();
    const copy = duplicateJourney(source, {
      id: 'new',
      name: 'Skeleton',
      description: '',
      type: 'withoutDetails',
      actor,
    });
    // Names that only restated old settings follow the defaults; the person's own names stay (seed 002).
    const renamed: Record<string, string> = { wait7: 'Wait 5 days', named: 'Take an action' };
    expect(copy.nodes.map((n) => [n.id, n.type, n.name])).toEqual(
      source.nodes.map((n) => [n.id, n.type, renamed[n.id] ?? n.name]),
    );
    expect(byId(copy, 'rs')).toMatchObject({
      settings: { paths: [{ percent: 34 }, { percent: 33 }, { percent: 33 }] },
    });
    expect(copy.edges).toEqual(source.edges);
    expect(copy.content).toEqual([]);
    // The audience is a setting (seed 002: "reuse the basic flow with different audience"): the
    // list the Entry referred to by id goes with its name; only the trigger stays.
    expect(byId(copy, 'entry').settings).toEqual({ trigger: 'segment', source: '' });
    for (const id of ['own', 'mkto'])
      expect(byId(copy, id)).toMatchObject({
        settings: { actionId: null, params: {}, applyTo: { mode: 'all' } },
      });
    for (const id of ['wait', 'until'])
      expect(byId(copy, id)).toMatchObject({
        settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
      });
    expect(byId(copy, 'wfe')).toMatchObject({ settings: { eventName: '' } });
    expect(byId(copy, 'split')).toMatchObject({
      settings: { paths: [{ id: 'p1', name: 'Execs', criteria: [] }] },
    });
    expect(byId(copy, 'gate')).toMatchObject({ settings: { condition: '' } });
  });

  it('Duplicate without details names an Entry as a new journey does: by its trigger, once its source is cleared', () => {
    const source = richJourney();
    const entryOf = (trigger: 'audience' | 'segment', name: string) => {
      const withEntry = {
        ...source,
        audience: 'account',
        nodes: source.nodes.map((n) =>
          n.type === 'entry'
            ? { ...n, name, settings: { trigger, source: 'Target accounts FY27' } }
            : n,
        ),
      } as typeof source;
      const copy = duplicateJourney(withEntry, {
        id: 'new',
        name: 'Skeleton',
        description: '',
        type: 'withoutDetails',
        actor,
      });
      return byId(copy, 'entry').name;
    };
    // Named after its old source: the name follows the cleared source, to the trigger's default.
    expect(entryOf('audience', 'Target accounts FY27')).toBe('Account audience');
    expect(entryOf('audience', 'Account audience')).toBe('Account audience');
    expect(entryOf('segment', 'Target accounts FY27')).toBe('Journey entry');
    // The person's own name stays.
    expect(entryOf('audience', 'Our FY27 programme')).toBe('Our FY27 programme');
  });

  it('Duplicate without details of a people journey names its audience Entry in people words, never "Account audience"', () => {
    const source = richJourney();
    const people = {
      ...source,
      audience: 'people',
      nodes: source.nodes.map((n) =>
        n.type === 'entry'
          ? {
              ...n,
              name: 'Display – evaluation stage',
              settings: { trigger: 'audience', source: 'Display – evaluation stage' },
            }
          : n,
      ),
    } as Journey;
    const copy = duplicateJourney(people, {
      id: 'new',
      name: 'People skeleton',
      description: '',
      type: 'withoutDetails',
      actor,
    });
    // The people journey's trigger picker words this trigger "Audience" (entryTriggerLabel).
    expect(copy.audience).toBe('people');
    expect(byId(copy, 'entry').name).toBe('Audience');
    // A people Entry still named "Account audience" (an older copy) is a restated default, and follows too.
    const older = {
      ...people,
      nodes: people.nodes.map((n) => (n.type === 'entry' ? { ...n, name: 'Account audience' } : n)),
    } as Journey;
    const again = duplicateJourney(older, {
      id: 'n2',
      name: 'x',
      description: '',
      type: 'withoutDetails',
      actor,
    });
    expect(byId(again, 'entry').name).toBe('Audience');
  });

  it('names default to <name>_copy, made unique with a counter', () => {
    expect(defaultDuplicateName('Welcome', [])).toBe('Welcome_copy');
    expect(defaultDuplicateName('Welcome', [{ id: '1', name: 'Welcome_copy' }])).toBe(
      'Welcome_copy_2',
    );
    expect(defaultDuplicateName('x'.repeat(100), []).length).toBeLessThanOrEqual(100);
  });

  it('core refuses a name that exists and writes nothing', async () => {
    const core = await testCore();
    const a = await seedJourney(core, 'Alpha');
    await seedJourney(core, 'Alpha_copy');
    await expect(
      call(core, 'journeys.duplicate', { id: a.id, name: 'alpha_copy', type: 'partial' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(core.context.store.list()).toHaveLength(2);
    const copy = await call(core, 'journeys.duplicate', {
      id: a.id,
      name: 'Alpha_copy_2',
      type: 'withoutDetails',
    });
    expect(copy.lineageId).not.toBe(a.lineageId);
    await core.close();
  });
});
