import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle, previewBundle } from '../../../electron/core/bundles/service';
import type { Core } from '../../../electron/core/core';
import { previewCountsText } from '../../../shared/bundle';
import type { AccountList, Journey } from '../../../shared/model';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { emptyCore, PINNED, published } from './fixtures';

// A list renamed in the source workspace keeps its id: the bundle names it "Expansion candidates
// 2027", this workspace "Expansion candidates". It is the same list, so the import keeps it as it
// is here, its journeys use it, and the preview says so in its lines and in its totals alike.

const tempDir = useTempDirs();
const list = (name: string, kind: AccountList['kind'] = 'static'): AccountList => ({
  id: 'list-1',
  name,
  kind,
  status: 'live',
});

async function coreWithList(dir: string, l: AccountList): Promise<Core> {
  const core = await emptyCore(dir);
  await core.context.workspace.replace({ ...core.context.workspace.get(), accountLists: [l] });
  return core;
}

/** A bundle of one journey entering from `list-1`, exported where the list is called `name`. */
async function bundleFrom(l: AccountList): Promise<Buffer> {
  const source = await coreWithList(tempDir(), l);
  const base = published('Expansion play');
  const journey: Journey = {
    ...base,
    nodes: base.nodes.map((n) =>
      n.type === 'entry'
        ? { ...n, settings: { trigger: 'audience', source: l.name, listId: l.id } }
        : n,
    ),
  };
  const saved = await source.context.store.create(journey);
  const { bytes } = await exportBundle(source.context, {
    ids: [saved.id],
    includeVersions: false,
    createdAt: PINNED,
  });
  await source.close();
  return Buffer.from(bytes);
}

const NOTE =
  'account list "Expansion candidates 2027" is "Expansion candidates" here (same list): journeys use the local list';

describe('a list renamed where the bundle was exported', () => {
  it('previews as the same list named otherwise here, and the totals count it', async () => {
    const bytes = await bundleFrom(list('Expansion candidates 2027'));
    const target = await coreWithList(tempDir(), list('Expansion candidates'));
    const preview = await previewBundle(target.context, bytes);
    expect(preview.references).toEqual([
      {
        collection: 'accountLists',
        key: 'list-1',
        label: 'Expansion candidates 2027',
        state: 'identical',
        localLabel: 'Expansion candidates',
      },
    ]);
    expect(previewCountsText(preview)).toBe(
      'Journeys: 1 new, 0 identical, 0 conflicting. Reference data: 0 new, 1 identical, 0 conflicting (1 named otherwise here).',
    );
    await target.close();
  });

  it('import keeps the local list and name, even with overwrite; the journey enters from it', async () => {
    const bytes = await bundleFrom(list('Expansion candidates 2027'));
    const target = await coreWithList(tempDir(), list('Expansion candidates'));
    const summary = await importBundle(target.context, bytes, 'overwrite');
    expect(summary).toMatchObject({
      referencesAdded: 0,
      referencesReplaced: 0,
      referencesNamedHere: [NOTE],
    });
    expect(target.context.workspace.get().accountLists).toEqual([list('Expansion candidates')]);
    const imported = await target.context.store.get(target.context.store.list()[0].id);
    expect(imported.nodes.find((n) => n.type === 'entry')?.settings).toEqual({
      trigger: 'audience',
      source: 'Expansion candidates',
      listId: 'list-1',
    });
    await target.close();
  });

  it('a list that differs in more than its name is still conflicting, and overwrite replaces it', async () => {
    const bytes = await bundleFrom(list('Expansion candidates 2027', 'smart'));
    const target = await coreWithList(tempDir(), list('Expansion candidates'));
    const preview = await previewBundle(target.context, bytes);
    expect(preview.references.map((r) => [r.state, r.localLabel])).toEqual([['conflicting', null]]);
    expect(previewCountsText(preview)).toBe(
      'Journeys: 1 new, 0 identical, 0 conflicting. Reference data: 0 new, 0 identical, 1 conflicting.',
    );
    const summary = await importBundle(target.context, bytes, 'overwrite');
    expect(summary).toMatchObject({ referencesReplaced: 1, referencesNamedHere: [] });
    expect(target.context.workspace.get().accountLists).toEqual([
      list('Expansion candidates 2027', 'smart'),
    ]);
    await target.close();
  });

  it('CLI import --dry-run says the same in its line and its totals', async () => {
    const file = join(tempDir(), 'renamed.journeys.zip');
    writeFileSync(file, await bundleFrom(list('Expansion candidates 2027')));
    const dst = tempDir();
    await (await coreWithList(dst, list('Expansion candidates'))).close();
    const dry = runCli(['import', file, '--dry-run', '--data-dir', dst]);
    expect(dry.stderr).toBe('');
    const lines = dry.stdout.trimEnd().split('\n');
    expect(lines.slice(1)).toEqual([
      '  new         Expansion play v1 [Live]',
      `  identical   ${NOTE}`,
      'Journeys: 1 new, 0 identical, 0 conflicting. Reference data: 0 new, 1 identical, 0 conflicting (1 named otherwise here).',
    ]);
    const done = runCli(['import', file, '--data-dir', dst]);
    expect(done.stdout).toContain(`Kept: ${NOTE}.`);
  });
});
