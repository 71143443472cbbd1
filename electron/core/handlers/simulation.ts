import { AppError } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import { softStopScenarios } from '../../../shared/simulation';
import { hasErrors, validateJourney } from '../../../shared/validation';
import { validationContextOf } from '../actions/validation-refs';
import type { CoreContext } from '../context';
import { deleteScenario, getScenario, listScenarios, parseCsvPopulation, saveScenario } from '../scenarios';
import { parseScenario } from '../simulator';
import { SimulationRuns, type RunJob } from '../simulator/run-registry';
import type { HandlerMap } from './types';

type SimulationChannel =
  | 'scenarios.list'
  | 'scenarios.save'
  | 'scenarios.delete'
  | 'simulation.start'
  | 'simulation.status'
  | 'simulation.cancel'
  | 'populations.parseCsv';

/** Refuses a journey with blocking problems, listing them (a simulation of a broken journey would mislead). */
export async function assertSimulatable(ctx: CoreContext, journey: Journey): Promise<void> {
  const problems = validateJourney(journey, ctx.workspace.get(), await validationContextOf(ctx));
  if (!hasErrors(problems)) return;
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  const lines = problems
    .filter((p) => p.severity === 'error')
    .map((p) => `- ${p.nodeId ? `${names.get(p.nodeId) ?? p.nodeId}: ` : ''}${p.message}`);
  const count = lines.length === 1 ? '1 blocking problem' : `${lines.length} blocking problems`;
  throw new AppError('forbidden', `"${journey.name}" has ${count}; fix them before simulating:\n${lines.join('\n')}`, 'journeyId');
}

/** Handlers of scenarios, simulation runs (in worker threads, polled) and CSV populations. */
export function simulationHandlers(ctx: CoreContext, runs: SimulationRuns = new SimulationRuns()): HandlerMap<SimulationChannel> {
  const journeyOf = async (id: string) => {
    const journey = await ctx.store.get(id);
    await assertSimulatable(ctx, journey);
    return journey;
  };
  return {
    'scenarios.list': async ({ journeyId }) => {
      await ctx.store.get(journeyId);
      return listScenarios(ctx.dataDir, journeyId);
    },
    'scenarios.save': async ({ journeyId, scenario }) => {
      await ctx.store.get(journeyId);
      return saveScenario(ctx.dataDir, journeyId, scenario);
    },
    'scenarios.delete': ({ journeyId, name }) => deleteScenario(ctx.dataDir, journeyId, name),
    'simulation.start': async ({ journeyId, scenario, scenarioName, softStopOnto }) => {
      const journey = await journeyOf(journeyId);
      const input = scenario ?? (await getScenario(ctx.dataDir, journeyId, scenarioName ?? ''));
      // Size limits are checked here, before a worker (or any array) exists.
      const parsed = parseScenario(input, journey.nodes.length, journey.edges.length);
      let jobs: RunJob[] = [{ journey, scenario: parsed }];
      if (softStopOnto) {
        if (softStopOnto.journeyId === journeyId) throw new AppError('invalid_input', 'Soft stop needs another version of the journey.', 'softStopOnto.journeyId');
        const next = await journeyOf(softStopOnto.journeyId);
        parseScenario(parsed, next.nodes.length, next.edges.length);
        const halves = softStopScenarios(parsed, softStopOnto.atDay);
        jobs = [{ journey, scenario: halves.current }, { journey: next, scenario: halves.next }];
      }
      return { runId: runs.start(journeyId, jobs) };
    },
    'simulation.status': async ({ runId }) => runs.status(runId),
    'simulation.cancel': async ({ runId }) => runs.cancel(runId),
    'populations.parseCsv': async ({ csv, mapping, excludeBadRows }) => parseCsvPopulation(csv, mapping, excludeBadRows),
  };
}
