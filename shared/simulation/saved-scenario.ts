import { z } from 'zod';
import { distributionProblems } from './population';
import { Scenario } from './scenario';
import type { SimulationResult } from './result';
import { acceptProfilesWord } from './profiles-word';
import { namingBadWeights } from './bad-weights';
import { behaviourProblem } from './scenario-sense';
import { refusingUnknownFields } from './unknown-fields';

const Count = z.number().int().min(0);

/** The figures one node is expected to show; a saved scenario with them is a regression check. */
export const ExpectedNode = z.object({
  entered: Count,
  completed: Count,
  skipped: Count,
  waiting: Count,
});
export type ExpectedNode = z.infer<typeof ExpectedNode>;

/** Expected figures by node id. */
export const ExpectedFigures = z.record(z.string(), ExpectedNode);
export type ExpectedFigures = z.infer<typeof ExpectedFigures>;

/** A scenario as saved beside its journey, optionally with expected figures. */
export const SavedScenario = Scenario.extend({ expected: ExpectedFigures.optional() });
export type SavedScenario = z.infer<typeof SavedScenario>;
export type SavedScenarioInput = z.input<typeof SavedScenario>;

/** The file `scenarios/<journeyId>.json`: every scenario of one journey. */
export const ScenarioFile = z.object({
  schemaVersion: z.literal(1),
  journeyId: z.string().min(1),
  scenarios: z.array(SavedScenario),
});
export type ScenarioFile = z.infer<typeof ScenarioFile>;

/** One figure that differs from what the scenario expects. */
export interface FigureDifference {
  nodeId: string;
  figure: keyof ExpectedNode;
  expected: number;
  actual: number | null;
}

const FIGURES = ['entered', 'completed', 'skipped', 'waiting'] as const;

/** Expected figures taken from a result (what "Save as expected" stores). */
export function expectedFrom(result: SimulationResult): ExpectedFigures {
  return Object.fromEntries(
    result.nodes.map((n) => [
      n.nodeId,
      { entered: n.entered, completed: n.completed, skipped: n.skipped, waiting: n.waiting },
    ]),
  );
}

/** Every expected figure the result does not match; a node missing from the result differs with actual null. */
export function compareExpected(
  expected: ExpectedFigures,
  result: SimulationResult,
): FigureDifference[] {
  const byId = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const diffs: FigureDifference[] = [];
  for (const [nodeId, want] of Object.entries(expected)) {
    const got = byId.get(nodeId);
    for (const figure of FIGURES) {
      const actual = got ? got[figure] : null;
      if (actual !== want[figure]) diffs.push({ nodeId, figure, expected: want[figure], actual });
    }
  }
  return diffs;
}

/** A scenario from outside (CLI file, start or save): a misspelt field is an error, not a default. */
export const CheckedSavedScenario = z.preprocess(
  // `population.profiles` is the result's word for what entered: accepted as the size; refused
  // weights are named together, per attribute.
  (raw, ctx) => namingBadWeights(acceptProfilesWord(raw, ctx), ctx),
  refusingUnknownFields(
    // Stored scenarios keep loading as they are; a new one must simulate someone.
    SavedScenario.superRefine((s, ctx) => {
      if (s.population.kind === 'synthetic' && s.population.accounts < 1)
        ctx.addIssue({
          code: 'custom',
          path: ['population', 'accounts'],
          message: 'must be at least 1',
        });
      const clicks = behaviourProblem(s.behaviour);
      if (clicks)
        ctx.addIssue({
          code: 'custom',
          path: ['behaviour', clicks.field],
          message: clicks.message,
        });
      if (s.population.kind !== 'synthetic') return;
      for (const scope of ['accountAttributes', 'personAttributes'] as const)
        for (const [attr, d] of Object.entries(s.population[scope]))
          for (const [where, message] of distributionProblems(d))
            ctx.addIssue({ code: 'custom', path: ['population', scope, attr, where], message });
    }),
  ),
) as unknown as z.ZodType<z.output<typeof SavedScenario>, z.input<typeof SavedScenario>>;
