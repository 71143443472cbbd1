import { describe, expect, it } from 'vitest';
import { useEditorStore } from '../../../renderer/stores/editor-store';
import { REMEMBERED_PROBLEM_LISTS, useLayoutStore } from '../../../renderer/stores/layout-store';
import { linearJourney } from '../helpers/journey-builder';

const open = () => useEditorStore.getState().problemsOpen;
const load = (id: string) => useEditorStore.getState().loadJourney(linearJourney([], { id }));

describe('the Problems list, per journey', () => {
  it('opens closed on a journey, and stays open only on the journey where it was left open', () => {
    load('a');
    expect(open()).toBe(false);
    useEditorStore.getState().setProblemsOpen(true);
    load('b');
    expect(open()).toBe(false);
    load('a');
    expect(open()).toBe(true);
    useEditorStore.getState().setProblemsOpen(false);
    load('b');
    load('a');
    expect(open()).toBe(false);
  });

  it('keeps the choice when the same journey is loaded again (a conflict reload)', () => {
    load('c');
    useEditorStore.getState().setProblemsOpen(true);
    load('c');
    expect(open()).toBe(true);
  });

  it('remembers the most recent journeys only', () => {
    const layout = useLayoutStore.getState();
    for (let i = 0; i < REMEMBERED_PROBLEM_LISTS + 5; i++)
      layout.rememberProblemsOpen(`j${i}`, true);
    const kept = Object.keys(useLayoutStore.getState().problemsOpen);
    expect(kept).toHaveLength(REMEMBERED_PROBLEM_LISTS);
    expect(kept).not.toContain('j0');
    expect(kept).toContain(`j${REMEMBERED_PROBLEM_LISTS + 4}`);
  });
});
