import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle, previewBundle } from '../../../electron/core/bundles/service';
import type { Core } from '../../../electron/core/core';
import type { Journey } from '../../../shared/model';
import { useTempDirs } from '../../helpers/temp-dir';
import { emptyCore, PINNED, published } from './fixtures';

const tempDir = useTempDirs();

/** A published journey whose only outside reference is the Entry's audience `source`. */
function enteringFrom(source: string, audience: Journey['audience']): Journey {
  const base = published('Partner welcome', { audience });
  const nodes = base.nodes
    .filter((n) => n.type !== 'action')
    .map((n) =>
      n.type === 'entry' ? { ...n, settings: { trigger: 'audience' as const, source } } : n,
    );
  return {
    ...base,
    nodes,
    edges: [{ id: 'e1', source: 'entry', sourceHandle: 'out', target: 'exit' }],
  };
}

async function sourceWith(
  workspaceItems: {
    accountLists?: { id: string; name: string }[];
    externalAudiences?: { id: string; name: string }[];
  },
  journey: Journey,
): Promise<{ core: Core; bytes: Uint8Array }> {
  const core = await emptyCore(tempDir());
  const ws = core.context.workspace.get();
  await core.context.workspace.replace({
    ...ws,
    accountLists: (workspaceItems.accountLists ?? []).map((l) => ({
      ...l,
      kind: 'static' as const,
      status: 'live' as const,
    })),
    externalAudiences: (workspaceItems.externalAudiences ?? []).map((a) => ({
      ...a,
      description: '',
    })),
  });
  const saved = await core.context.store.create(journey);
  const { bytes } = await exportBundle(core.context, {
    ids: [saved.id],
    includeVersions: false,
    createdAt: PINNED,
  });
  return { core, bytes };
}

describe("a bundle carries the Entry's audience", () => {
  it('brings the account list an account Entry names by name into an empty workspace', async () => {
    const { core, bytes } = await sourceWith(
      {
        accountLists: [
          { id: 'list-7', name: 'Partner accounts' },
          { id: 'list-8', name: 'Unused' },
        ],
      },
      enteringFrom('Partner accounts', 'account'),
    );
    const target = await emptyCore(tempDir());
    const preview = await previewBundle(target.context, bytes);
    expect(preview.references.map((r) => `${r.collection}:${r.label}:${r.state}`)).toEqual([
      'accountLists:Partner accounts:new',
    ]);
    expect(preview.counts.missingReferences).toBe(0);
    await importBundle(target.context, bytes, 'skip');
    expect(target.context.workspace.get().accountLists.map((l) => `${l.id}:${l.name}`)).toEqual([
      'list-7:Partner accounts',
    ]);
    await core.close();
    await target.close();
  });

  it("brings a people Entry's external audience", async () => {
    const { core, bytes } = await sourceWith(
      { externalAudiences: [{ id: 'aud-1', name: 'Webinar guests' }] },
      enteringFrom('Webinar guests', 'people'),
    );
    const target = await emptyCore(tempDir());
    await importBundle(target.context, bytes, 'skip');
    expect(target.context.workspace.get().externalAudiences.map((a) => a.name)).toEqual([
      'Webinar guests',
    ]);
    await core.close();
    await target.close();
  });

  it('lists an Entry audience neither the bundle nor the workspace holds as a missing reference', async () => {
    const { core, bytes } = await sourceWith({}, enteringFrom('Partner accounts', 'account'));
    const target = await emptyCore(tempDir());
    const preview = await previewBundle(target.context, bytes);
    expect(preview.counts.missingReferences).toBe(1);
    expect(preview.journeys[0].missingReferences).toEqual(['accountLists "Partner accounts"']);
    await core.close();
    await target.close();
  });
});
