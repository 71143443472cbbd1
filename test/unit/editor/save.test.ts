import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { toErrorPayload } from '../../../shared/errors';
import type { Journey, JourneyNode } from '../../../shared/model';
import { commands } from '../../../shared/graph';
import { flushEdits, saveNow } from '../../../renderer/features/editor/use-autosave';
import { useEditorStore } from '../../../renderer/stores/editor-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';

// The editor's save path against a real core on disk: the renderer's own client, reaching core
// through a bridge that answers like the desktop preload does (no mock of core).
const tempDir = useTempDirs();
let core: Core;
let calls: string[] = [];

beforeEach(async () => {
  core = await openCore({ dataDir: tempDir(), mode: 'cli', empty: true, user: 'tester' });
  (globalThis as { window?: unknown }).window = {
    journeyStudio: {
      platform: 'test',
      invoke: async (channel: string, input: unknown) => {
        // Opening a journey also reads its refused values (field-draft-storage.ts): not a save.
        if (channel !== 'journeys.fieldDrafts') calls.push(channel);
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

async function freshJourney(name: string): Promise<Journey> {
  const created = await call(core, 'journeys.create', {
    name,
    description: '',
    audience: 'people',
  });
  useEditorStore.getState().loadJourney(created);
  calls = [];
  return created;
}

/** Renames the Entry in the working copy, as the inspector's Name field does. */
function renameEntry(name: string): void {
  const s = useEditorStore.getState();
  const entry = s.body!.nodes.find((n) => n.type === 'entry') as JourneyNode;
  expect(s.execute(commands.updateNode({ ...entry, name }, 'name'))).toBe(true);
}

const entryNameOnDisk = async (id: string) =>
  (await call(core, 'journeys.get', { id })).nodes.find((n) => n.type === 'entry')?.name;

describe('editor save', () => {
  it('saves the working copy against its revision and marks it saved; nothing to save makes no call', async () => {
    const journey = await freshJourney('Save once');
    await saveNow();
    expect(calls).toEqual([]);
    renameEntry('Signed up');
    expect(useEditorStore.getState().saveStatus).toBe('unsaved');
    await saveNow();
    const s = useEditorStore.getState();
    expect(s.saveStatus).toBe('saved');
    expect(s.savedBody).toBe(s.body);
    expect(s.journey!.revision).toBe(journey.revision + 1);
    expect(await entryNameOnDisk(journey.id)).toBe('Signed up');
  });

  it('an edit made while a save is in flight stays unsaved, and the next save takes it', async () => {
    const journey = await freshJourney('Edit during save');
    renameEntry('First');
    const first = saveNow();
    expect(useEditorStore.getState().saveStatus).toBe('saving');
    renameEntry('Second');
    // A second call while one is in flight joins it instead of racing it with a stale revision.
    expect(saveNow()).toBe(first);
    await first;
    expect(useEditorStore.getState().saveStatus).toBe('unsaved');
    expect(await entryNameOnDisk(journey.id)).toBe('First');
    await saveNow();
    expect(useEditorStore.getState().saveStatus).toBe('saved');
    expect(await entryNameOnDisk(journey.id)).toBe('Second');
    expect(calls).toEqual(['journeys.save', 'journeys.save']);
  });

  it('a save still in flight when another journey opens lands on disk and leaves the new journey open (issue #19)', async () => {
    const second = await freshJourney('Opened next');
    const first = await freshJourney('Left with an edit');
    renameEntry('Edited before leaving');
    const inFlight = saveNow();
    useEditorStore.getState().loadJourney(second);
    await inFlight;
    const s = useEditorStore.getState();
    expect(s.journey!.id).toBe(second.id);
    expect(s.saveStatus).toBe('saved');
    expect(await entryNameOnDisk(first.id)).toBe('Edited before leaving');
  });

  it('a save over someone else’s newer revision is a conflict: the edit stays here, theirs stays on disk', async () => {
    const journey = await freshJourney('Conflict');
    const elsewhere = await call(core, 'journeys.get', { id: journey.id });
    await call(core, 'journeys.save', {
      id: journey.id,
      baseRevision: elsewhere.revision,
      body: {
        nodes: elsewhere.nodes.map((n) => (n.type === 'entry' ? { ...n, name: 'Theirs' } : n)),
        edges: elsewhere.edges,
        content: elsewhere.content,
      },
    });
    renameEntry('Mine');
    await saveNow();
    const s = useEditorStore.getState();
    expect(s.saveStatus).toBe('conflict');
    expect(s.saveMessage).toBeTruthy();
    expect(s.body!.nodes.find((n) => n.type === 'entry')?.name).toBe('Mine');
    expect(await entryNameOnDisk(journey.id)).toBe('Theirs');
    // No retry loop over a conflict: the person chooses.
    await saveNow();
    expect(calls).toEqual(['journeys.save']);
  });

  it('a refused save keeps the edit and says why; a read-only journey never saves', async () => {
    const journey = await freshJourney('Refused');
    const s = useEditorStore.getState();
    const entry = s.body!.nodes.find((n) => n.type === 'entry') as JourneyNode;
    s.execute(commands.updateNode({ ...entry, name: 'x'.repeat(100_000) }, 'name'));
    await saveNow();
    const after = useEditorStore.getState();
    expect(after.saveStatus).toBe('error');
    expect(after.saveMessage).toMatch(/name/i);
    expect(after.body).not.toBe(after.savedBody);
    expect(await entryNameOnDisk(journey.id)).not.toBe('x'.repeat(100_000));

    useEditorStore.getState().loadJourney({ ...journey, status: 'Live' });
    expect(useEditorStore.getState().readOnly).toBe(true);
    calls = [];
    expect(useEditorStore.getState().execute(commands.deleteNodes([entry.id]))).toBe(false);
    await saveNow();
    expect(calls).toEqual([]);
  });

  it('publish and duplicate first save what is on screen (the probe published a journey without its last edit)', async () => {
    const journey = await freshJourney('Flush before publish');
    renameEntry('Edited just now');
    // A save already in flight took only the edits before it: flushing saves the rest too.
    const inFlight = saveNow();
    renameEntry('Edited after the save started');
    await flushEdits(journey.id);
    await inFlight;
    expect(useEditorStore.getState().saveStatus).toBe('saved');
    expect(await entryNameOnDisk(journey.id)).toBe('Edited after the save started');
    // Another journey's action does not touch this one.
    renameEntry('Not for the other journey');
    calls = [];
    await flushEdits('some-other-journey');
    expect(calls).toEqual([]);
  });

  it('refuses to go on when the edits on screen cannot be saved, naming why, and saves nothing', async () => {
    const journey = await freshJourney('Flush conflict');
    const elsewhere = await call(core, 'journeys.get', { id: journey.id });
    await call(core, 'journeys.save', {
      id: journey.id,
      baseRevision: elsewhere.revision,
      body: { nodes: elsewhere.nodes, edges: elsewhere.edges, content: elsewhere.content },
    });
    renameEntry('Mine');
    await expect(flushEdits(journey.id)).rejects.toThrow(/Your latest edits are not saved \(.+\)/);
    expect(await entryNameOnDisk(journey.id)).not.toBe('Mine');
  });
});
