import type { Journey, JourneyEdge, JourneyNode } from '../../shared/model';
import type { ScenarioInput } from '../../shared/simulation';
import { SHAPE, type JourneyShape } from './baseline';

const NOW = '2025-01-01T00:00:00.000Z';

/** A real journey document from the baseline's shape: Entry, then Wait / Change Score / Random split nodes and an Exit. */
export function benchJourney(shape: JourneyShape): Journey {
  const nodes: JourneyNode[] = [
    {
      id: 'entry',
      name: 'Entry',
      position: { x: 0, y: 0 },
      type: 'entry',
      settings: { trigger: 'audience', source: 'Bench' },
    },
  ];
  const edges: JourneyEdge[] = [
    { id: 'e-entry', source: 'entry', sourceHandle: 'out', target: 'n0' },
  ];
  for (let i = 0; i < shape.nodes; i++) {
    const id = `n${i}`;
    const position = { x: 200 * (i + 1), y: 0 };
    const k = shape.kind[i];
    const targets = [0, 1, 2].map((j) => shape.next[i * 3 + j]).filter((t) => t >= 0);
    if (k === SHAPE.EXIT) {
      nodes.push({ id, name: `Exit ${i}`, position, type: 'exit', settings: { reason: '' } });
      continue;
    }
    if (k === SHAPE.SPLIT && targets.length > 1) {
      const paths = targets.map((_, j) => {
        const lo = j === 0 ? 0 : shape.prob[i * 3 + j - 1];
        return { id: `p${j}`, name: `Path ${j}`, percent: (shape.prob[i * 3 + j] - lo) * 100 };
      });
      nodes.push({
        id,
        name: `Random split ${i}`,
        position,
        type: 'randomSplit',
        settings: { paths },
      });
      targets.forEach((t, j) =>
        edges.push({ id: `e${i}-${j}`, source: id, sourceHandle: `p${j}`, target: `n${t}` }),
      );
      continue;
    }
    if (k === SHAPE.WAIT) {
      const amount = Math.round(shape.wait[i] / 60);
      nodes.push({
        id,
        name: `Wait ${i}`,
        position,
        type: 'wait',
        settings: { mode: 'duration', duration: { amount, unit: 'minutes' } },
      });
    } else if (k === SHAPE.ACTION) {
      const settings = {
        scope: 'account' as const,
        actionId: 'change-score',
        params: { scoreName: 'engagement', change: 5 },
        applyTo: { mode: 'all' as const },
      };
      nodes.push({ id, name: `Change score ${i}`, position, type: 'action', settings });
    } else nodes.push({ id, name: `Merge ${i}`, position, type: 'merge', settings: {} });
    edges.push({ id: `e${i}`, source: id, sourceHandle: 'out', target: `n${targets[0]}` });
  }
  return {
    schemaVersion: 1,
    id: 'bench-journey',
    lineageId: 'bench-journey',
    version: 1,
    name: 'Benchmark journey',
    description: 'Built from the baseline journey shape',
    audience: 'account',
    status: 'Draft',
    createdBy: 'bench',
    createdAt: NOW,
    updatedBy: 'bench',
    updatedAt: NOW,
    publishedBy: null,
    publishedAt: null,
    scheduledStart: null,
    revision: 1,
    history: [],
    origin: null,
    nodes,
    edges,
    content: [],
  };
}

/** The benchmark scenario: `profiles` accounts of one person, all entering at the start. */
export function benchScenario(profiles: number, days: number, seed: number): ScenarioInput {
  return {
    schemaVersion: 1,
    name: `Bench ${profiles}`,
    population: { kind: 'synthetic', accounts: profiles, peoplePerAccount: { min: 1, max: 1 } },
    entry: { pattern: 'allAtStart' },
    horizonDays: days,
    seed,
    traceProfiles: 0,
  };
}
