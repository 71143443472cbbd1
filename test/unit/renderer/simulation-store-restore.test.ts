import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { journeyPrint, lastRunStaleness, type SavedScenario } from '../../../shared/simulation';
import { useSimulationStore } from '../../../renderer/stores/simulation-store';
import { chain, entry, exit, journey, synthScenario, wait } from '../simulator/build';

describe('the simulation store restoring a kept run', () => {
  it('keeps the run’s journey print, so moving cards after a reload does not mark it stale', () => {
    const run = journey([entry(), wait('w', 2), exit()], chain('entry', 'w', 'exit'));
    const scenario = synthScenario(20) as SavedScenario;
    const result = simulate(run, scenario);
    const store = useSimulationStore.getState();
    store.reset(run.id);
    useSimulationStore.getState().restore(run.id, {
      workingCopy: scenario,
      lastRun: {
        ranAt: '2030-01-01T00:00:00.000Z',
        journeyRevision: run.revision,
        journeyPrint: journeyPrint(run),
        scenario,
        result,
      },
    });
    const lastRun = useSimulationStore.getState().lastRun!;
    expect(lastRun.journeyPrint).toBe(journeyPrint(run));
    // Tidy up: every card moves, a new revision is saved; the figures still hold.
    const tidied = {
      ...run,
      revision: run.revision + 1,
      nodes: run.nodes.map((n, i) => ({ ...n, position: { x: 300, y: i * 200 } })),
    };
    expect(lastRunStaleness(lastRun, tidied, scenario)).toBeNull();
    // A changed wait is a different journey: stale.
    const edited = {
      ...tidied,
      nodes: tidied.nodes.map((n) =>
        n.type === 'wait'
          ? {
              ...n,
              settings: {
                mode: 'duration' as const,
                duration: { amount: 3, unit: 'days' as const },
              },
            }
          : n,
      ),
    };
    expect(lastRunStaleness(lastRun, edited, scenario)).not.toBeNull();
  });
});
