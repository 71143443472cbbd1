import { beforeEach, describe, expect, it } from 'vitest';
import { useEditorStore } from '../../../renderer/stores/editor-store';
import { action, linearJourney } from '../helpers/journey-builder';

// The browser's localStorage (the app's profile), as a plain map for the node test environment.
const memory = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
    removeItem: (k: string) => void memory.delete(k),
  },
});

const status = action('bg', 'update-buying-group-status', { status: 'x'.repeat(50) });
const journey = (id: string, nodes = [status]) => linearJourney(nodes, { id });
const store = () => useEditorStore.getState();
const tooLong = 'y'.repeat(62);
const refuse = () =>
  store().setFieldDraft('bg', 'params.status', {
    value: tooLong,
    message: 'Status must be at most 50 characters',
    code: 'field-too-long',
  });

describe('refused field values (issue #19: never silently cut)', () => {
  beforeEach(() => memory.clear());

  it('keeps a refused value in its field after the journey is loaded again (a reload)', () => {
    store().loadJourney(journey('a'));
    refuse();
    store().loadJourney(journey('b'));
    expect(store().fieldDrafts).toEqual({});
    store().loadJourney(journey('a'));
    expect(store().fieldDrafts['bg|params.status']).toMatchObject({
      value: tooLong,
      message: 'Status must be at most 50 characters',
    });
  });

  it('forgets the value once it is fixed', () => {
    store().loadJourney(journey('a'));
    refuse();
    store().setFieldDraft('bg', 'params.status', null);
    store().loadJourney(journey('a'));
    expect(store().fieldDrafts).toEqual({});
  });

  it('drops a remembered value whose node is gone', () => {
    store().loadJourney(journey('a'));
    refuse();
    store().loadJourney(journey('a', []));
    expect(store().fieldDrafts).toEqual({});
  });
});
