import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { insertIntoEdge } from '../../../shared/graph';
import { duplicateDraftNote } from '../../../shared/lifecycle';
import type { FieldDrafts, Journey } from '../../../shared/model';
import { edge, entry, exit, makeJourney, split, splitPath, wait } from '../helpers/journey-builder';
import { call, seedJourney, testCore } from './fixtures';

// A refused value is what the user last typed in place of the saved one (issue #19). A copy that
// keeps the step's settings keeps it too; one that resets them says which values stay behind.

let core: Core;
beforeEach(async () => {
  core = await testCore();
});
afterEach(() => core.close());

/** A Draft "Entry -> Wait (named "Pause") -> Exit" whose Wait amount and Entry audience were refused. */
async function journeyWithRefusals(): Promise<{ journey: Journey; drafts: FieldDrafts }> {
  const seeded = await seedJourney(core, 'Nurture');
  const withWait = insertIntoEdge(seeded, seeded.edges[0].id, { ...wait('pause'), name: 'Pause' });
  const journey = await call(core, 'journeys.save', {
    id: seeded.id,
    baseRevision: seeded.revision,
    body: { description: '', nodes: withWait.nodes, edges: withWait.edges, content: [] },
  });
  const entry = journey.nodes.find((n) => n.type === 'entry')!;
  const drafts: FieldDrafts = {
    'pause|duration.amount': {
      nodeId: 'pause',
      field: 'duration.amount',
      value: '2.5',
      message: 'Amount (Duration) must be a whole number',
      code: 'duration-invalid',
    },
    [`${entry.id}|source`]: {
      nodeId: entry.id,
      field: 'source',
      value: 'x'.repeat(201),
      message: 'Audience must be at most 200 characters',
      code: 'field-too-long',
    },
  };
  await call(core, 'journeys.saveFieldDrafts', { journeyId: journey.id, drafts });
  return { journey, drafts };
}

describe('refused values on Duplicate', () => {
  it('Partial content duplication carries them to the copy, still refused there', async () => {
    const { journey, drafts } = await journeyWithRefusals();
    const copy = await call(core, 'journeys.duplicate', {
      id: journey.id,
      name: 'Nurture_copy',
      description: '',
      type: 'partial',
    });
    // The copy keeps the steps' ids, so the drafts apply to the same fields.
    expect((await call(core, 'journeys.fieldDrafts', { journeyId: copy.id })).drafts).toEqual(
      drafts,
    );
    const messages = (await call(core, 'journeys.publishCheck', { id: copy.id })).problems.map(
      (p) => p.message,
    );
    expect(messages).toContain('Amount (Duration) must be a whole number');
    expect(messages).toContain('Audience must be at most 200 characters');
    // The source keeps its own.
    expect((await call(core, 'journeys.fieldDrafts', { journeyId: journey.id })).drafts).toEqual(
      drafts,
    );
    expect(duplicateDraftNote(drafts, journey, 'partial')).toBe(
      'The copy keeps 2 refused values, still to fix: ' +
        '"Account audience": Audience must be at most 200 characters; ' +
        '"Pause": Amount (Duration) must be a whole number.',
    );
  });

  it('Duplicate without details leaves them behind, and the dialog names each step and field', async () => {
    const { journey, drafts } = await journeyWithRefusals();
    const copy = await call(core, 'journeys.duplicate', {
      id: journey.id,
      name: 'Nurture_structure',
      description: '',
      type: 'withoutDetails',
    });
    expect((await call(core, 'journeys.fieldDrafts', { journeyId: copy.id })).drafts).toEqual({});
    expect(duplicateDraftNote(drafts, journey, 'withoutDetails')).toBe(
      '2 refused values are not copied (they stay in this journey): ' +
        '"Account audience": Audience must be at most 200 characters; ' +
        '"Pause": Amount (Duration) must be a whole number.',
    );
  });

  it('says nothing when the journey has no refused values', async () => {
    const journey = await seedJourney(core, 'Clean');
    expect(duplicateDraftNote({}, journey, 'partial')).toBeNull();
    expect(duplicateDraftNote({}, journey, 'withoutDetails')).toBeNull();
  });
});

describe('the Duplicate dialog names each refused value’s step as lists do', () => {
  it('tells two steps named alike apart by their path', () => {
    const named = (n: ReturnType<typeof wait>) => ({ ...n, name: 'Wait' });
    const journey = makeJourney({
      nodes: [
        entry(),
        split('who', [splitPath('vip')]),
        named(wait('w1')),
        named(wait('w2')),
        exit('x1'),
        exit('x2'),
      ],
      edges: [
        edge('entry', 'who'),
        edge('who', 'w1', 'vip'),
        edge('who', 'w2', 'other'),
        edge('w1', 'x1'),
        edge('w2', 'x2'),
      ],
    });
    const refused = (nodeId: string): FieldDrafts[string] => ({
      nodeId,
      field: 'duration.amount',
      value: '0',
      message: 'Amount (Duration) must be a whole number of 1 or more',
      code: 'duration-invalid',
    });
    const drafts: FieldDrafts = {
      'w2|duration.amount': refused('w2'),
      'w1|duration.amount': refused('w1'),
    };
    expect(duplicateDraftNote(drafts, journey, 'withoutDetails')).toBe(
      '2 refused values are not copied (they stay in this journey): ' +
        '"Wait — on path "vip"": Amount (Duration) must be a whole number of 1 or more; ' +
        '"Wait — on path "Other"": Amount (Duration) must be a whole number of 1 or more.',
    );
  });
});
