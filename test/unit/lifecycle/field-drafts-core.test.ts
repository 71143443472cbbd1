import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { FieldDraft } from '../../../shared/model';
import { call, seedJourney, testCore } from './fixtures';

// Values the editor refused are kept by core beside the journey (issue #19), so that Publish from
// anywhere (library, CLI, another window) refuses while one is left, instead of publishing the
// saved value the user already replaced.

let core: Core;
beforeEach(async () => {
  core = await testCore();
});
afterEach(() => core.close());

const entryOf = (j: { nodes: { id: string; type: string }[] }) =>
  j.nodes.find((n) => n.type === 'entry')!.id;

function sourceDraft(nodeId: string): Record<string, FieldDraft> {
  return {
    [`${nodeId}|settings.source`]: {
      nodeId,
      field: 'settings.source',
      value: 'x'.repeat(300),
      message: 'Audience must be at most 200 characters',
      code: 'field-too-long',
    },
  };
}

const draftFile = (id: string) => join(core.context.dataDir, 'field-drafts', `${id}.json`);

describe('refused field values kept by core', () => {
  it('are returned to the next reader and refuse Publish, naming the step and the field message', async () => {
    const j = await seedJourney(core, 'Onboarding');
    // Publishable before: the seeded journey has an Entry with an audience and an Exit.
    expect(
      (await call(core, 'journeys.publishCheck', { id: j.id })).problems.filter(
        (p) => p.severity === 'error',
      ),
    ).toEqual([]);
    await call(core, 'journeys.saveFieldDrafts', {
      journeyId: j.id,
      drafts: sourceDraft(entryOf(j)),
    });

    expect((await call(core, 'journeys.fieldDrafts', { journeyId: j.id })).drafts).toEqual(
      sourceDraft(entryOf(j)),
    );
    const { problems } = await call(core, 'journeys.publishCheck', { id: j.id });
    expect(problems).toEqual([
      expect.objectContaining({
        nodeId: entryOf(j),
        field: 'settings.source',
        severity: 'error',
        message: 'Audience must be at most 200 characters',
        nodeName: 'Account audience', // the Entry's name in a new account journey
      }),
    ]);
    await expect(call(core, 'journeys.publish', { id: j.id })).rejects.toThrow(
      /Audience must be at most 200 characters/,
    );
    expect((await call(core, 'journeys.get', { id: j.id })).status).toBe('Draft');

    // Fixed in the editor: no drafts left, the file goes and Publish goes through.
    await call(core, 'journeys.saveFieldDrafts', { journeyId: j.id, drafts: {} });
    expect(existsSync(draftFile(j.id))).toBe(false);
    expect((await call(core, 'journeys.publish', { id: j.id })).status).toBe('Live');
  });

  it('keeps drafts of steps not saved yet, but reads and checks only those of steps the journey has', async () => {
    const j = await seedJourney(core, 'Gone');
    // The editor refused a value on a step its autosave has not sent yet.
    await call(core, 'journeys.saveFieldDrafts', {
      journeyId: j.id,
      drafts: sourceDraft('new-step'),
    });
    expect(existsSync(draftFile(j.id))).toBe(true);
    expect((await call(core, 'journeys.fieldDrafts', { journeyId: j.id })).drafts).toEqual({});
    const { problems } = await call(core, 'journeys.publishCheck', { id: j.id });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses a draft filed under another key, or an id that is not a journey id, changing nothing', async () => {
    const j = await seedJourney(core, 'Keys');
    await call(core, 'journeys.saveFieldDrafts', {
      journeyId: j.id,
      drafts: sourceDraft(entryOf(j)),
    });
    const [, draft] = Object.entries(sourceDraft(entryOf(j)))[0]!;
    await expect(
      call(core, 'journeys.saveFieldDrafts', { journeyId: j.id, drafts: { wrong: draft } }),
    ).rejects.toMatchObject({ field: 'drafts' });
    // A value that cannot be kept as JSON (a BigInt over IPC): refused naming the value.
    await expect(
      call(core, 'journeys.saveFieldDrafts', {
        journeyId: j.id,
        drafts: { [`${entryOf(j)}|settings.source`]: { ...draft, value: 10n } },
      }),
    ).rejects.toThrow(/value: must be JSON data/);
    await expect(
      call(core, 'journeys.fieldDrafts', { journeyId: '../../etc/passwd' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await call(core, 'journeys.fieldDrafts', { journeyId: j.id })).drafts).toEqual(
      sourceDraft(entryOf(j)),
    );
  });

  it('go with a deleted journey and do not travel to a duplicate', async () => {
    const j = await seedJourney(core, 'Source');
    await call(core, 'journeys.saveFieldDrafts', {
      journeyId: j.id,
      drafts: sourceDraft(entryOf(j)),
    });
    const copy = await call(core, 'journeys.duplicate', {
      id: j.id,
      name: 'Copy',
      type: 'withoutDetails',
    });
    expect((await call(core, 'journeys.fieldDrafts', { journeyId: copy.id })).drafts).toEqual({});
    await call(core, 'journeys.delete', { id: j.id });
    expect(existsSync(draftFile(j.id))).toBe(false);
  });
});
