// Steps and edges for journeys an e2e saves through the contract (CanvasPage.replaceBody): one
// place for the stored shapes, so a spec states only what its journey is about.

type At = { x: number; y: number };

/** A Wait of `days` days. */
export const waitStep = (id: string, position: At, name = 'Wait', days = 5) => ({
  id,
  type: 'wait',
  name,
  position,
  settings: { mode: 'duration', duration: { amount: days, unit: 'days' } },
});

/** An Exit without a reason. */
export const exitStep = (id: string, position: At, name = 'Exit') => ({
  id,
  type: 'exit',
  name,
  position,
  settings: { reason: '' },
});

type PathCriterion = { scope: string; attribute: string; operator: string; value: string };

/** A Split (by accounts unless told) with named paths, each matching all of its criteria, and Other. */
export const splitStep = (
  id: string,
  position: At,
  paths: readonly { id: string; name: string; criteria?: readonly PathCriterion[] }[],
  {
    name = 'Split path',
    splitBy = 'accounts',
  }: { name?: string; splitBy?: 'accounts' | 'people' } = {},
) => ({
  id,
  type: 'split',
  name,
  position,
  settings: {
    splitBy,
    paths: paths.map((p) => ({ id: p.id, name: p.name, match: 'all', criteria: p.criteria ?? [] })),
  },
});

/** A Merge paths step. */
export const mergeStep = (id: string, position: At) => ({
  id,
  type: 'merge',
  name: 'Merge paths',
  position,
  settings: {},
});

/** An edge from `source`'s output `sourceHandle` (a path id on a split) to `target`. */
export const edgeBetween = (source: string, target: string, sourceHandle = 'out') => ({
  id: `${source}-${sourceHandle}-${target}`,
  source,
  sourceHandle,
  target,
});

/** Edges joining `steps` one after the other, through each one's single output. */
export const chainEdges = (steps: readonly { id: string }[]) =>
  steps.slice(1).map((step, i) => edgeBetween(steps[i].id, step.id));
