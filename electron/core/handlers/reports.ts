import { AppError } from '../../../shared/errors';
import { renderSimulationReport, reportFileName } from '../../../shared/reports';
import { validateJourney } from '../../../shared/validation';
import type { CoreContext } from '../context';
import type { HandlerMap } from './types';

/** Handler of reports.simulation: the journey as stored plus the run's result, rendered to HTML. */
export function reportHandlers(ctx: CoreContext): HandlerMap<'reports.simulation'> {
  return {
    'reports.simulation': async ({ journeyId, result, run }) => {
      if (result.journeyId !== journeyId)
        throw new AppError(
          'invalid_input',
          'The result belongs to another journey.',
          'result.journeyId',
        );
      const journey = await ctx.store.get(journeyId);
      const workspace = ctx.workspace.get();
      const problems = validateJourney(journey, workspace, {
        journeys: ctx.store.list(),
      });
      const html = renderSimulationReport({
        journey,
        result,
        ...(run ? { run } : {}),
        problems,
        generatedAt: ctx.now().toISOString(),
        workspace,
        appVersion: ctx.appVersion,
      });
      return { html, fileName: reportFileName(journey, result) };
    },
  };
}
