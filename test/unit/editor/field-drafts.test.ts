import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { toErrorPayload } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import { chooseAction } from '../../../renderer/features/action-form/settings-edit';
import { useEditorStore } from '../../../renderer/stores/editor-store';
import { commands } from '../../../shared/graph';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';
import { action, linearJourney } from '../helpers/journey-builder';

// Refused field values (issue #19: never silently cut) live in core beside the journey: the
// editor store against a real core on disk, reached through a bridge like the desktop preload's.
const tempDir = useTempDirs();
let core: Core;

// The browser's localStorage, where versions before kept drafts (moved to core on first open).
const memory = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k),
  },
});

beforeEach(async () => {
  memory.clear();
  useEditorStore.setState({ journey: null, body: null, fieldDrafts: {} }); // a fresh window
  core = await openCore({ dataDir: tempDir(), mode: 'cli', empty: true, user: 'tester' });
  (globalThis as { window?: unknown }).window = {
    journeyStudio: {
      platform: 'test',
      invoke: async (channel: string, input: unknown) => {
        try {
          return { ok: true, output: await core.dispatch(channel, input) };
        } catch (error) {
          return { ok: false, error: toErrorPayload(error) };
        }
      },
    },
  };
});
afterEach(() => core.close());

const status = action('bg', 'update-buying-group-status', { status: 'x'.repeat(50) });
const tooLong = 'y'.repeat(62);
const store = () => useEditorStore.getState();

/** A journey stored in core, as the editor opens it. */
async function stored(id: string, nodes = [status]): Promise<Journey> {
  const doc = linearJourney(nodes, { id, name: `Journey ${id}` });
  return core.context.store.create(doc);
}
const refuse = () =>
  store().setFieldDraft('bg', 'params.status', {
    value: tooLong,
    message: 'Status must be at most 50 characters',
    code: 'field-too-long',
  });
const keptByCore = async (id: string) =>
  (await call(core, 'journeys.fieldDrafts', { journeyId: id })).drafts;

describe('refused field values (issue #19: never silently cut)', () => {
  it('keeps a refused value in core, and in its field when the journey is opened again', async () => {
    const a = await stored('a');
    const b = await stored('b');
    store().loadJourney(a);
    refuse();
    await vi.waitFor(async () =>
      expect((await keptByCore('a'))['bg|params.status']?.value).toBe(tooLong),
    );
    store().loadJourney(b);
    expect(store().fieldDrafts).toEqual({});
    store().loadJourney(a);
    await vi.waitFor(() =>
      expect(store().fieldDrafts['bg|params.status']).toMatchObject({
        value: tooLong,
        message: 'Status must be at most 50 characters',
      }),
    );
  });

  it('forgets the value once it is fixed', async () => {
    const a = await stored('a');
    store().loadJourney(a);
    refuse();
    store().setFieldDraft('bg', 'params.status', null);
    await vi.waitFor(async () => expect(await keptByCore('a')).toEqual({}));
  });

  it('moves drafts kept by an older version in localStorage into core', async () => {
    const a = await stored('a');
    const legacy = {
      nodeId: 'bg',
      field: 'params.status',
      value: tooLong,
      message: 'Status must be at most 50 characters',
    };
    memory.set(
      'journey-studio.field-drafts',
      JSON.stringify({ a: { 'bg|params.status': legacy } }),
    );
    store().loadJourney(a);
    await vi.waitFor(async () =>
      expect((await keptByCore('a'))['bg|params.status']).toEqual(legacy),
    );
    expect(store().fieldDrafts['bg|params.status']).toEqual(legacy);
    expect(memory.has('journey-studio.field-drafts')).toBe(false);
  });

  it('shows no remembered value whose node is gone', async () => {
    const a = await stored('a');
    store().loadJourney(a);
    refuse();
    await vi.waitFor(async () => expect(Object.keys(await keptByCore('a'))).toHaveLength(1));
    store().loadJourney(await stored('c', []));
    store().loadJourney({ ...a, nodes: a.nodes.filter((n) => n.id !== 'bg') });
    await new Promise((r) => setTimeout(r, 0));
    expect(store().fieldDrafts).toEqual({});
  });

  it('drops the Status draft, in the store and in core, when the step takes another action', async () => {
    const a = await stored('a');
    store().loadJourney(a);
    refuse();
    await vi.waitFor(async () => expect(Object.keys(await keptByCore('a'))).toHaveLength(1));
    const bg = store().body!.nodes.find((n) => n.id === 'bg')!;
    if (bg.type !== 'action') throw new Error('bg is an action');
    const settings = chooseAction(bg.settings, 'account-change-data-value');
    store().execute(commands.updateNode({ ...bg, settings }));
    // No Status field any more: its refused value would be a problem nobody can fix.
    expect(store().fieldDrafts).toEqual({});
    await vi.waitFor(async () => expect(await keptByCore('a')).toEqual({}));
  });
});
