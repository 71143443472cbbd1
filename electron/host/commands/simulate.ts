import { readFile } from 'node:fs/promises';
import { AppError, fromZodIssues } from '../../../shared/errors';
import {
  CheckedSavedScenario,
  type SavedScenario,
  compareExpected,
  deterministicPart,
} from '../../../shared/simulation';
import { sameName } from '../../../shared/journeys/names';
import { call, DATA_OPTIONS, pause, parse, withCore, type Command } from './command';
import { resultCsv } from './simulate-csv';
import { formatDifferences, formatResult } from './simulate-format';

const OPTIONS = {
  ...DATA_OPTIONS,
  scenario: { type: 'string' },
  'scenario-name': { type: 'string' },
  check: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
} as const;

async function readScenarioFile(path: string): Promise<SavedScenario> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_input', `${path}: ${(error as Error).message}`, 'scenario');
  }
  const parsed = CheckedSavedScenario.safeParse(raw);
  if (!parsed.success) throw fromZodIssues(parsed.error, 'scenario');
  return parsed.data;
}

/**
 * A refused scenario names its field first ("scenario.population.accounts: …"), as the app names
 * the field it marks; a message that already names its field (first, or after the form's words:
 * "industry: … (scenario.population.accountAttributes.industry.values)") is left as it is.
 */
async function namingTheField<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof AppError &&
      error.field?.startsWith('scenario.') &&
      !error.message.includes(error.field)
    )
      throw new AppError(error.code, `${error.field}: ${error.message}`, error.field);
    throw error;
  }
}

export const simulateCommand: Command = {
  name: 'simulate',
  usage:
    'simulate <journey id> (--scenario file.json | --scenario-name NAME) [--check] [--data-dir DIR] [--json | --csv]',
  summary:
    'Simulates a journey (--json: the result, --csv: per-node figures; counts name their unit); with --check exits 1 listing each figure that differs from the scenario’s expected ones.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, OPTIONS);
    const id = positionals[0];
    if (!id) throw new AppError('invalid_input', 'simulate needs a journey id', 'journey');
    if (!values.scenario === !values['scenario-name'])
      throw new AppError(
        'invalid_input',
        'Give --scenario file.json or --scenario-name NAME',
        'scenario',
      );
    const fromFile = values.scenario ? await readScenarioFile(values.scenario) : null;
    // The app's own channels: start a run (it checks the journey and the scenario), poll it to the end.
    const { journey, scenario, result } = await namingTheField(() =>
      withCore(values, async (core) => {
        const name = values['scenario-name'] ?? '';
        const { runId } = await call(
          core,
          'simulation.start',
          fromFile ? { journeyId: id, scenario: fromFile } : { journeyId: id, scenarioName: name },
        );
        let status = await call(core, 'simulation.status', { runId });
        while (status.state === 'running') {
          await pause(50);
          status = await call(core, 'simulation.status', { runId });
        }
        if (status.state !== 'done' || !status.result) {
          throw new AppError(
            status.error?.code ?? 'internal',
            status.error?.message ?? `The simulation was ${status.state}`,
            status.error?.field,
          );
        }
        const j = await call(core, 'journeys.get', { id });
        const s =
          fromFile ??
          (await call(core, 'scenarios.list', { journeyId: id })).find((x) =>
            sameName(x.name, name),
          );
        if (!s)
          throw new AppError(
            'not_found',
            `No scenario named "${name}" for this journey.`,
            'scenarioName',
          );
        return { journey: j, scenario: s, result: status.result };
      }),
    );
    const diffs = values.check ? compareExpected(scenario.expected ?? {}, result) : [];
    if (values.check && !scenario.expected)
      throw new AppError(
        'invalid_input',
        `Scenario "${scenario.name}" has no expected figures to check against.`,
        'scenario.expected',
      );
    if (values.json && values.csv)
      throw new AppError('invalid_input', 'Give --json or --csv, not both', 'csv');
    if (values.csv) {
      io.out(resultCsv(journey, result));
    } else if (values.json) {
      io.out(
        `${JSON.stringify(values.check ? { ...deterministicPart(result), check: { passed: diffs.length === 0, differences: diffs } } : result, null, 2)}\n`,
      );
    } else {
      io.out(formatResult(journey, result));
      if (values.check)
        io.out(
          diffs.length === 0
            ? 'Check passed: every expected figure matches.\n'
            : `Check failed: ${diffs.length} figure${diffs.length === 1 ? '' : 's'} differ:\n${formatDifferences(journey, diffs)}`,
        );
    }
    return diffs.length > 0 ? 1 : 0;
  },
};
