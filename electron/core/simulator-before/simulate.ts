import type { Journey, NodeOf } from '../../../shared/model';
import { AppError, fromZodIssues } from '../../../shared/errors';
import {
  Scenario,
  checkSimulationSize,
  maxPeopleOf,
  splitsAccountsByPeople,
  type ScenarioInput,
  type SimulationResult,
  type SimWarning,
} from '../../../shared/simulation';
import { splitRuleProblems } from '../../../shared/validation/split-rules';
import { EFFECTS, defaultIsConfigured, type EffectFactory } from './effects';
import { runEngine, type EngineHooks } from './engine';
import { compileGraph } from './graph';
import { createLiquid } from './liquid';
import { collectNeeds } from './needs';
import { buildPopulation, type AccountRange } from './population';
import { combineParts, partErrors, type PartResult } from './parts';
import { buildResult } from './report';
import { setupProgram, type SimProgram } from './setup';

/** Options of a run; hooks are polled, so a run in a worker can report progress and stop. */
export interface SimulateOptions extends EngineHooks {
  /** Whether an action step is fully configured (the catalog supplies this); default: an action is chosen. */
  isConfigured?: (node: NodeOf<'action'>) => boolean;
  /** Extra or replacement effects by action id. */
  effects?: Record<string, EffectFactory>;
  /** Display names of referenced ids (lists, audiences, journeys…) so traces read like a story. */
  names?: Readonly<Record<string, string>>;
}

/** Refuses a journey the split rules make meaningless to simulate, and a population a split by people cannot divide. */
export function assertRunnable(journey: Journey, scenario: Scenario): void {
  const problems = splitRuleProblems(journey);
  if (problems.length > 0) {
    const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
    const lines = problems.map(
      (p) => `- ${p.nodeId ? `${names.get(p.nodeId) ?? p.nodeId}: ` : ''}${p.message}`,
    );
    throw new AppError(
      'invalid_input',
      `"${journey.name}" cannot be simulated:\n${lines.join('\n')}`,
      'journey.nodes',
    );
  }
  if (splitsAccountsByPeople(journey) && maxPeopleOf(scenario) === 0) {
    const field =
      scenario.population.kind === 'synthetic'
        ? 'scenario.population.peoplePerAccount'
        : 'scenario.population.rows';
    throw new AppError(
      'invalid_input',
      'The population has no people, but the journey splits accounts by people; give each account at least one person.',
      field,
    );
  }
}

/** Parses a scenario, refusing invalid or oversized ones with an AppError. */
export function parseScenario(
  input: ScenarioInput | Scenario,
  nodeCount: number,
  edgeCount = 0,
): Scenario {
  const parsed = Scenario.safeParse(input);
  if (!parsed.success) throw fromZodIssues(parsed.error, 'scenario');
  const tooBig = checkSimulationSize(parsed.data, nodeCount, edgeCount);
  if (tooBig) {
    const field = tooBig.field === 'journey' ? 'journeyId' : `scenario.${tooBig.field}`;
    throw new AppError('invalid_input', tooBig.message, field);
  }
  return parsed.data;
}

/** A run set up for one range of accounts (or the whole population): what the engine needs. */
interface PreparedRun {
  scenario: Scenario;
  prog: SimProgram;
  warnings: SimWarning[];
}

function prepare(
  journey: Journey,
  scenarioInput: ScenarioInput | Scenario,
  options: SimulateOptions,
  range?: AccountRange,
): PreparedRun {
  const scenario = parseScenario(scenarioInput, journey.nodes.length, journey.edges.length);
  assertRunnable(journey, scenario);
  const warnings: SimWarning[] = [];
  const liquid = createLiquid();
  const effects = { ...EFFECTS, ...options.effects };
  const graph = compileGraph(journey, scenario, warnings);
  if (graph.entry < 0)
    warnings.push({ code: 'no_entry', message: 'The journey has no Entry node; nobody enters.' });
  const needs = collectNeeds(journey, scenario, liquid, effects, warnings);
  const pop = buildPopulation(scenario, needs.columns, range);
  const prog = setupProgram({
    journey,
    scenario,
    graph,
    pop,
    needs,
    liquid,
    effects,
    isConfigured: options.isConfigured ?? defaultIsConfigured,
    warnings,
    names: options.names,
  });
  return { scenario, prog, warnings };
}

function runPart(run: PreparedRun, hooks: EngineHooks): PartResult {
  const out = runEngine(run.prog, run.scenario, hooks);
  return { counters: out.counters, traces: out.traces.steps, ...partErrors(run.prog) };
}

/** Simulates a journey in-process: deterministic for the same journey, scenario and seed (except wallMs). */
export function simulate(
  journey: Journey,
  scenarioInput: ScenarioInput | Scenario,
  options: SimulateOptions = {},
): SimulationResult {
  const started = performance.now();
  const run = prepare(journey, scenarioInput, options);
  const out = runEngine(run.prog, run.scenario, options);
  const totals = { counters: out.counters, traces: out.traces.steps };
  const result = buildResult(journey, run.scenario, run.prog, totals, run.warnings);
  result.wallMs = performance.now() - started;
  return result;
}

/** Simulates the accounts in `range` of a synthetic population: one worker's share of a pooled run. */
export function simulatePart(
  journey: Journey,
  scenarioInput: ScenarioInput | Scenario,
  range: AccountRange,
  options: SimulateOptions = {},
): PartResult {
  return runPart(prepare(journey, scenarioInput, options, range), options);
}

/**
 * The result of a run from its parts (in partition order): the same document `simulate` gives
 * for the whole population, figure for figure. `started` is when the run began (for wallMs).
 */
export function resultFromParts(
  journey: Journey,
  scenarioInput: ScenarioInput | Scenario,
  parts: PartResult[],
  started: number,
  options: SimulateOptions = {},
): SimulationResult {
  const run = prepare(journey, scenarioInput, options, { from: 0, to: 0 });
  const totals = combineParts(run.prog, parts, run.scenario.horizonDays);
  const result = buildResult(journey, run.scenario, run.prog, totals, run.warnings);
  result.wallMs = performance.now() - started;
  return result;
}
