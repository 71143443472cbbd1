import { readFile } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { distinctStepNames } from '../../../shared/graph/step-names';
import { Journey } from '../../../shared/model';
import { withDraftProblems } from '../../../shared/lifecycle/draft-problems';
import { inProblemOrder, validateJourney } from '../../../shared/validation';
import { validationContextOf } from '../../core/actions/validation-refs';
import { call, DATA_OPTIONS, parse, withCore, type Command } from './command';
import { line } from './terminal-text';

/** A journey from a JSON file path, or by id from the data directory. */
async function loadJourney(ref: string, get: (id: string) => Promise<Journey>): Promise<Journey> {
  if (!ref.endsWith('.json')) return get(ref);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(ref, 'utf8'));
  } catch (error) {
    throw new AppError('invalid_input', `${ref}: ${(error as Error).message}`, 'file');
  }
  const parsed = Journey.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'invalid_input',
      `${ref}: ${issue?.path.join('.')}: ${issue?.message}`,
      issue?.path.join('.'),
    );
  }
  return parsed.data;
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate <file.json|journey id> [--data-dir DIR] [--json]',
  summary: 'Lists the problems of a journey; exits 1 when any blocks publishing.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, DATA_OPTIONS);
    const ref = positionals[0];
    if (!ref)
      throw new AppError('invalid_input', 'validate needs a journey id or a .json file', 'journey');
    const { journey, problems } = await withCore(values, async (core) => {
      const stored = !ref.endsWith('.json');
      const journey = await loadJourney(ref, (id) => call(core, 'journeys.get', { id }));
      // No channel validates a journey that is not stored (a .json file); the check is the shared one.
      const problems = validateJourney(
        journey,
        await call(core, 'workspace.get', {}),
        await validationContextOf(core.context),
      );
      // A stored journey's values the editor refused stand in front of the saved ones, as Publish
      // sees them (issue #19: "No problems." while Publish refused the same journey).
      if (!stored) return { journey, problems: inProblemOrder(problems, journey) };
      const { drafts } = await call(core, 'journeys.fieldDrafts', { journeyId: journey.id });
      // Errors first, then warnings, each in flow order: as the editor's Problems list shows them.
      return { journey, problems: inProblemOrder(withDraftProblems(problems, drafts), journey) };
    });
    if (values.json) io.out(`${JSON.stringify(problems, null, 2)}\n`);
    else if (problems.length === 0) io.out('No problems.\n');
    else {
      // Steps by the names the editor's Problems list gives them, never by id.
      const names = distinctStepNames(journey);
      const where = (nodeId?: string) => {
        const name = nodeId ? names.get(nodeId) : undefined;
        return name === undefined ? 'Journey' : `"${name}"`;
      };
      io.out(
        problems
          .map((p) => `${line`${p.severity.padEnd(7)} ${where(p.nodeId)}: ${p.message}`}\n`)
          .join(''),
      );
    }
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};
