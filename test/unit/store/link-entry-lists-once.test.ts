import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_LIST_IDS_MARKER } from '../../../electron/core/store/link-entry-lists-once';
import type { Journey } from '../../../shared/model';
import { validateJourney } from '../../../shared/validation';
import { useTempDirs } from '../../helpers/temp-dir';
import { emptyCore, published } from '../bundles/fixtures';
import { call } from '../helpers/call';

const tempDir = useTempDirs();

/** A Live journey as saved before list ids: its Entry names the list by name only. */
function enteringBefore(name: string, source: string): Journey {
  const base = published(name);
  return {
    ...base,
    nodes: base.nodes.map((n) =>
      n.type === 'entry' ? { ...n, settings: { trigger: 'audience' as const, source } } : n,
    ),
  };
}

describe('the Entry list id migration', () => {
  it('links stored Entries to their list once, keeps revisions, and a rename then follows', async () => {
    const dir = tempDir();
    const first = await emptyCore(dir);
    const ws = first.context.workspace.get();
    await first.context.workspace.replace({
      ...ws,
      accountLists: [{ id: 'list-1', name: 'Key accounts', kind: 'static', status: 'live' }],
    });
    const known = await first.context.store.create(enteringBefore('Onboarding', 'Key accounts'));
    const unknown = await first.context.store.create(enteringBefore('Renewal', 'Churn risk'));
    await first.close();
    // The data directory as an older version left it: no marker, Entries by name.
    rmSync(join(dir, ENTRY_LIST_IDS_MARKER));

    const second = await emptyCore(dir);
    const linked = await second.context.store.get(known.id);
    const entryOf = (j: Journey) => j.nodes.find((n) => n.type === 'entry')?.settings;
    expect(entryOf(linked)).toEqual({
      trigger: 'audience',
      source: 'Key accounts',
      listId: 'list-1',
    });
    expect(linked.revision).toBe(known.revision);
    expect(linked.status).toBe('Live');
    // A name no list has keeps just its name (shown as not in this workspace, as before).
    expect(entryOf(await second.context.store.get(unknown.id))).toEqual({
      trigger: 'audience',
      source: 'Churn risk',
    });
    expect(existsSync(join(dir, ENTRY_LIST_IDS_MARKER))).toBe(true);

    // Renaming the list now breaks nothing: the Entry finds it by id.
    const current = second.context.workspace.get();
    await second.context.workspace.replace({
      ...current,
      accountLists: [{ ...current.accountLists[0], name: 'Key accounts FY28' }],
    });
    const usage = await call(second, 'workspace.listUsage', {});
    // Onboarding by its Entry and its "Add to list" step, Renewal by its step alone.
    expect(usage.accountLists).toEqual({ 'list-1': ['Onboarding', 'Renewal'] });
    const problems = validateJourney(linked, second.context.workspace.get());
    expect(problems.filter((p) => p.field === 'source')).toEqual([]);
    await second.close();
  });
});
