import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { deterministicPart, type ScenarioInput } from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import { partition, SimulationPool } from '../../../electron/core/simulator/pool';
import { resultFromParts, simulatePart } from '../../../electron/core/simulator/simulate';
import { templateJourney } from '../../helpers/template-journey';
import {
  action,
  edge,
  entry,
  exit,
  goto,
  journey,
  randomSplit,
  synthScenario,
  wait,
  waitForEvent,
} from './build';

// Determinism across partitions (issue 21): a run split into ranges of accounts, each simulated on
// its own and added up, gives the very JSON one whole run gives.

/** A people journey with a random split, an email, a Wait for event and a Go to loop. */
const loopJourney = journey(
  [
    entry(),
    randomSplit('coin', [60, 40]),
    action('mail', 'send-email', { source: 'new', contentId: 'c1' }),
    waitForEvent('opened', 'Email opened', 3),
    goto('again', 'coin'),
    wait('rest', 2),
    exit('done'),
    exit('other'),
  ],
  [
    edge('entry', 'coin'),
    edge('coin', 'mail', 'p0'),
    edge('coin', 'rest', 'p1'),
    edge('mail', 'opened'),
    edge('opened', 'done', 'event'),
    edge('opened', 'again', 'timeout'),
    edge('rest', 'other'),
  ],
);

const JOURNEYS = {
  'buying-group': templateJourney('buying-group'),
  'api-enrichment': templateJourney('api-enrichment'),
  'sales-handoff': templateJourney('sales-handoff'),
  loop: { journey: loopJourney, scenario: synthScenario(10) },
};
type JourneyName = keyof typeof JOURNEYS;

/** The journey's own scenario at another size and seed, with traces of the first profiles. */
function scenarioFor(name: JourneyName, accounts: number, seed: number, over = {}): ScenarioInput {
  const base = JOURNEYS[name].scenario;
  const population = base.population;
  if (population.kind !== 'synthetic') throw new Error('synthetic populations only');
  return { ...base, seed, traceProfiles: 3, population: { ...population, accounts }, ...over };
}

const json = (r: Parameters<typeof deterministicPart>[0]) => JSON.stringify(deterministicPart(r));

describe('a run split into ranges of accounts', () => {
  it('adds up to the same JSON as the whole run, for any cut, journey, seed and lifecycle', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<JourneyName>('buying-group', 'api-enrichment', 'sales-handoff', 'loop'),
        fc.integer({ min: 1, max: 120 }),
        fc.integer(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        (name, accounts, seed, cutsAt, perDay, abortAtDay) => {
          const { journey: j } = JOURNEYS[name];
          const scenario = scenarioFor(name, accounts, seed, {
            entry: perDay === undefined ? { pattern: 'allAtStart' } : { pattern: 'perDay', perDay },
            lifecycle: { abortAtDay },
          });
          const cuts = [...new Set(cutsAt.map((c) => Math.floor(c * accounts)))].sort(
            (a, b) => a - b,
          );
          const bounds = [0, ...cuts, accounts];
          const parts = bounds
            .slice(1)
            .map((to, i) => simulatePart(j, scenario, { from: bounds[i], to }));
          expect(json(resultFromParts(j, scenario, parts, 0))).toBe(json(simulate(j, scenario)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('partitions accounts into contiguous ranges that cover them once', () => {
    expect(partition(10, 3)).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 6 },
      { from: 6, to: 10 },
    ]);
    expect(partition(1, 2)).toEqual([
      { from: 0, to: 0 },
      { from: 0, to: 1 },
    ]);
  });
});

describe('the worker pool', () => {
  const pools = [new SimulationPool(1), new SimulationPool(2), new SimulationPool(3)];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('gives byte-identical results with 1, 2 and 3 workers and in-process, for several journeys and seeds', async () => {
    const cases: Array<[JourneyName, number, number]> = [
      ['buying-group', 2_000, 1],
      ['buying-group', 1_500, 20_261_129],
      ['api-enrichment', 3_000, 7],
      ['sales-handoff', 2_500, 42],
      ['loop', 4_000, 3],
    ];
    for (const [name, accounts, seed] of cases) {
      const { journey: j } = JOURNEYS[name];
      const scenario = scenarioFor(name, accounts, seed);
      const expected = json(simulate(j, scenario));
      for (const pool of pools)
        expect(json(await pool.run(j, scenario)), `${name} × ${pool.size}`).toBe(expected);
    }
  }, 120_000);

  it('refuses bad input before any worker runs, naming the field', async () => {
    const { journey: j, scenario } = JOURNEYS['loop'];
    await expect(pools[1].run(j, { ...scenario, horizonDays: -1 })).rejects.toMatchObject({
      field: expect.stringContaining('horizonDays'),
    });
  });
});
