import { AppError } from '../../../shared/errors';
import { actionsStoreOf } from '../actions/shared-store';
import type { Journey } from '../../../shared/model';
import {
  referenceNames,
  referenceWarnings,
  simulationBlockers,
  softStopScenarios,
} from '../../../shared/simulation';
import { validateJourney } from '../../../shared/validation';
import { validationContextOf } from '../actions/validation-refs';
import type { CoreContext } from '../context';
import {
  deleteScenario,
  getScenario,
  listScenarios,
  parseCsvPopulation,
  readSimulationMemory,
  saveLastRun,
  saveScenario,
  saveWorkingCopy,
} from '../scenarios';
import { assertRunnable, parseScenario } from '../simulator';
import { SimulationRuns, type RunJob } from '../simulator/run-registry';
import type { HandlerMap } from './types';

type SimulationChannel =
  | 'scenarios.list'
  | 'scenarios.save'
  | 'scenarios.delete'
  | 'simulation.start'
  | 'simulation.status'
  | 'simulation.cancel'
  | 'simulation.memory'
  | 'simulation.saveWorkingCopy'
  | 'simulation.saveLastRun'
  | 'populations.parseCsv';

/**
 * Refuses a journey with structural problems, listing them (a simulation of a broken journey would
 * mislead). Unconfigured steps do not block: the simulator skips and counts them (seed 001).
 */
export async function assertSimulatable(ctx: CoreContext, journey: Journey): Promise<void> {
  const blockers = simulationBlockers(
    validateJourney(journey, ctx.workspace.get(), await validationContextOf(ctx)),
  );
  if (blockers.length === 0) return;
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  const lines = blockers.map(
    (p) => `- ${p.nodeId ? `${names.get(p.nodeId) ?? p.nodeId}: ` : ''}${p.message}`,
  );
  const count = lines.length === 1 ? '1 blocking problem' : `${lines.length} blocking problems`;
  throw new AppError(
    'forbidden',
    `"${journey.name}" has ${count}; fix them before simulating:\n${lines.join('\n')}`,
    'journeyId',
  );
}

/** Refuses to keep a run as a journey's last result when it cannot be one of its runs. */
function assertRunOf(
  journeyId: string,
  current: number,
  journeyRevision: number,
  result: { journeyId: string },
): void {
  if (result.journeyId !== journeyId)
    throw new AppError('invalid_input', 'The result is of another journey.', 'result.journeyId');
  if (journeyRevision > current)
    throw new AppError(
      'invalid_input',
      `The journey has no revision ${journeyRevision} yet (it is at ${current}).`,
      'journeyRevision',
    );
}

/** Handlers of scenarios, simulation runs (in worker threads, polled) and CSV populations. */
export function simulationHandlers(
  ctx: CoreContext,
  runs: SimulationRuns = new SimulationRuns(),
): HandlerMap<SimulationChannel> {
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
      assertRunnable(journey, parsed);
      const customActions = (await actionsStoreOf(ctx)).list();
      const names = referenceNames(ctx.workspace.get(), [...ctx.store.list(), ...customActions]);
      const warnings = (j: typeof journey) => referenceWarnings(j, ctx.workspace.get());
      let jobs: RunJob[] = [{ journey, scenario: parsed, names, warnings: warnings(journey) }];
      if (softStopOnto) {
        if (softStopOnto.journeyId === journeyId)
          throw new AppError(
            'invalid_input',
            'Soft stop needs another version of the journey.',
            'softStopOnto.journeyId',
          );
        const next = await journeyOf(softStopOnto.journeyId);
        assertRunnable(next, parseScenario(parsed, next.nodes.length, next.edges.length));
        const halves = softStopScenarios(parsed, softStopOnto.atDay);
        jobs = [
          { journey, scenario: halves.current, names, warnings: warnings(journey) },
          { journey: next, scenario: halves.next, names, warnings: warnings(next) },
        ];
      }
      return { runId: runs.start(journeyId, jobs) };
    },
    'simulation.status': async ({ runId }) => runs.status(runId),
    'simulation.cancel': async ({ runId }) => runs.cancel(runId),
    'simulation.memory': async ({ journeyId }) => {
      await ctx.store.get(journeyId);
      return readSimulationMemory(ctx.dataDir, journeyId);
    },
    'simulation.saveWorkingCopy': async ({ journeyId, scenario }) => {
      await ctx.store.get(journeyId);
      return saveWorkingCopy(ctx.dataDir, journeyId, scenario);
    },
    'simulation.saveLastRun': async ({
      journeyId,
      journeyRevision,
      journeyPrint,
      scenario,
      result,
      successor,
    }) => {
      const journey = await ctx.store.get(journeyId);
      assertRunOf(journeyId, journey.revision, journeyRevision, result);
      const ranAt = new Date().toISOString();
      return saveLastRun(ctx.dataDir, journeyId, {
        ranAt,
        journeyRevision,
        journeyPrint,
        scenario,
        result,
        successor,
      });
    },
    'populations.parseCsv': async ({ csv, mapping, excludeBadRows }) =>
      parseCsvPopulation(csv, mapping, excludeBadRows),
  };
}
