import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../shared/model';
import type { SimulationResult } from '../../../shared/simulation';
import { defaultChartNodes } from '../../../renderer/features/simulation/chart-nodes';
import { chain, entry, exit, journey, wait } from '../simulator/build';

// Entry -> s1 -> s2 -> s3 -> s4 -> exit; figures made up by hand: s1..s3 all 100 on day 1,
// s4 and exit 100 on day 3 (an account journey has many steps at the same count).
describe('Over time chart: default nodes', () => {
  const j = journey(
    [entry(), wait('s1', 0), wait('s2', 0), wait('s3', 2), wait('s4', 0), exit('exit')],
    [...chain('entry', 's1', 's2', 's3', 's4', 'exit')],
  ) as unknown as Journey;
  const fig = (nodeId: string, daily: number[]) =>
    ({
      nodeId,
      entered: daily.reduce((a, b) => a + b, 0),
      daily,
    }) as unknown as SimulationResult['nodes'][number];
  const early = [100, 0, 0];
  const late = [0, 0, 100];
  const nodes = [
    fig('entry', early),
    fig('s1', early),
    fig('s2', early),
    fig('s3', early),
    fig('s4', late),
    fig('exit', late),
  ];

  it('among equally busy nodes picks one per busiest day first, so late steps show; Entry left out', () => {
    // Two lines: s1 (day 1) and s4 (day 3), not s1 and s2 (both day 1).
    expect(defaultChartNodes(j, nodes, 2)).toEqual(['s1', 's4']);
    // Room for more: the rest by size, in flow order.
    expect(defaultChartNodes(j, nodes, 4)).toEqual(['s1', 's2', 's3', 's4']);
  });
});
