import { z } from 'zod';
import { Audience, type JourneyBody, type Workspace } from '../model';
import type { SavedScenario } from '../simulation';

/** What the template gallery shows about a template (crosses the contract boundary). */
export const TemplateMeta = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1).max(100),
  description: z.string().max(500),
  audience: Audience,
  /** The seed use case it illustrates, e.g. "Lead nurturing". */
  useCase: z.string().min(1).max(100),
  /** The story its saved scenario tells, in one or two sentences. */
  story: z.string().max(500),
  /** The saved scenario's name. */
  scenarioName: z.string().min(1).max(100),
});
export type TemplateMeta = z.infer<typeof TemplateMeta>;

/** What a builder may use: fresh ids, the workspace's reference data, the custom Action to call. */
export interface TemplateContext {
  makeId: () => string;
  workspace: Workspace;
  /** The custom Action the enrichment template calls (the demo Mock Action by default). */
  customActionId: string;
}

/** A built template: the Draft's body, its saved scenario and speaker notes per node id. */
export interface TemplateBuild {
  body: JourneyBody;
  scenario: SavedScenario;
  notes: Record<string, string>;
}

/** A ready journey for one seed use case. */
export interface JourneyTemplate {
  meta: TemplateMeta;
  build: (ctx: TemplateContext) => TemplateBuild;
}
