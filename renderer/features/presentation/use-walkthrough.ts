import { useCallback, useMemo, useState } from 'react';
import type { JourneyBody, JourneyNode } from '../../../shared/model';
import { pathOrder } from '../../../shared/reports/path-order';

/** Where the walkthrough stands: -1 is the overview, then one step per node in path order. */
export interface Walkthrough {
  steps: JourneyNode[];
  index: number;
  current: JourneyNode | null;
  next: () => void;
  previous: () => void;
  goTo: (index: number) => void;
}

/** Steps through the journey's nodes depth-first from the Entry (the same order the report uses). */
export function useWalkthrough(body: Pick<JourneyBody, 'nodes' | 'edges'>): Walkthrough {
  const steps = useMemo(() => pathOrder(body), [body]);
  const [index, setIndex] = useState(-1);
  const goTo = useCallback(
    (i: number) => setIndex(Math.max(-1, Math.min(steps.length - 1, i))),
    [steps.length],
  );
  const next = useCallback(
    () => setIndex((i) => Math.min(steps.length - 1, i + 1)),
    [steps.length],
  );
  const previous = useCallback(() => setIndex((i) => Math.max(-1, i - 1)), []);
  return {
    steps,
    index,
    current: index >= 0 ? (steps[index] ?? null) : null,
    next,
    previous,
    goTo,
  };
}
