import { expect, uniqueName } from './fixtures';
import type { CanvasPage } from './pages/canvas-page';

interface Stored {
  revision: number;
  nodes: { id: string; type: string; position: { x: number; y: number } }[];
}

/**
 * A new journey whose Entry leads into a Random split with `paths` (even shares), each path to
 * `step(i)` (placed where "+" puts it: a column apart) and then an Exit; saved through the contract.
 */
export async function randomSplitJourney(
  canvas: CanvasPage,
  paths: readonly string[],
  step: (i: number) => Record<string, unknown> = () => ({
    type: 'exit',
    name: 'Exit',
    settings: { reason: '' },
  }),
): Promise<string> {
  const id = await canvas.createAndOpen(uniqueName('Random paths'));
  const j = await canvas.call<Stored>('journeys.get', { id });
  const entry = j.nodes.find((n) => n.type === 'entry');
  if (!entry) throw new Error('a new journey has an Entry');
  const { x, y } = entry.position;
  const split = {
    id: 'split',
    name: 'Random split',
    position: { x, y: y + 140 },
    type: 'randomSplit',
    settings: {
      paths: paths.map((name, i) => ({ id: `p${i}`, name, percent: 100 / paths.length })),
    },
  };
  const column = (i: number) => x + (i - (paths.length - 1) / 2) * 260;
  const steps = paths.map((_, i) => ({
    id: `step${i}`,
    position: { x: column(i), y: y + 280 },
    ...step(i),
  }));
  // Steps other than Exits go on to an Exit each.
  const ends =
    step(0).type === 'exit'
      ? []
      : paths.map((_, i) => ({
          id: `exit${i}`,
          name: 'Exit',
          position: { x: column(i), y: y + 420 },
          type: 'exit',
          settings: { reason: '' },
        }));
  const edges = [
    { id: 'e-entry', source: entry.id, sourceHandle: 'out', target: 'split' },
    ...paths.map((_, i) => ({
      id: `e${i}`,
      source: 'split',
      sourceHandle: `p${i}`,
      target: `step${i}`,
    })),
    ...ends.map((_, i) => ({
      id: `x${i}`,
      source: `step${i}`,
      sourceHandle: 'out',
      target: `exit${i}`,
    })),
  ];
  await canvas.call('journeys.save', {
    id,
    baseRevision: j.revision,
    body: { description: '', nodes: [entry, split, ...steps, ...ends], edges, content: [] },
  });
  await canvas.page.reload();
  await expect(canvas.node('Random split: Random split')).toBeVisible();
  return id;
}
