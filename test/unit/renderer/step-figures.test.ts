import { describe, expect, it } from 'vitest';
import { stepFigureLines } from '../../../renderer/features/presentation/step-figures';
import type { NodeSimCounts } from '../../../renderer/stores/simulation-store';
import { dayFigure, nodeFigure } from '../../../shared/simulation';
import { SKIPPED_STEP, skippedBuyingGroup } from '../../helpers/skipped-buying-group';

// The presenter's notes state every count with its units, as the map's badges do. Hand-counted
// (see the helper): 1,200 accounts × 3 people enter and all skip "Move to Interest stage".
const { journey, result } = skippedBuyingGroup();
const stats = (name: string) => {
  const id = journey.nodes.find((n) => n.name === name)!.id;
  return result.nodes.find((n) => n.nodeId === id)!;
};

/** What the simulation store hands the panel at the end of the run (or on a replay day). */
function counts(name: string, day: number | null = null): NodeSimCounts {
  const n = stats(name);
  const end = day === null;
  return {
    unit: result.unit,
    level: n.level,
    entered: n.entered,
    completed: n.completed,
    skipped: end ? n.skipped : 0,
    waiting: end ? n.waiting : 0,
    exited: n.exited,
    enteredText: end ? nodeFigure(result, n) : dayFigure(result, n, day),
    skippedText: end ? nodeFigure(result, n, 'skipped') : '',
    waitingText: end ? nodeFigure(result, n, 'waiting') : '',
    skipReason: n.skipReason ?? null,
    noPeople: 0,
    partial: !end,
  };
}

describe('presentation notes figures', () => {
  it('state accounts and people, and the skip as the badge words it', () => {
    expect(stepFigureLines(counts(SKIPPED_STEP))).toEqual({
      entered: '1,200 accounts · 3,600 people entered',
      skipped: 'Skipped: 1,200 accounts · 3,600 people — no action chosen',
      waiting: null,
    });
  });

  it('say "so far" with units on a replay day', () => {
    // Day 0: everyone has entered; the milestone after a 7-day wait has nobody yet.
    expect(stepFigureLines(counts('Target accounts FY27', 0)).entered).toBe(
      '1,200 accounts · 3,600 people entered so far',
    );
    expect(stepFigureLines(counts('Log engagement milestone', 0)).entered).toBe(
      '0 accounts · 0 people entered so far',
    );
  });
});
