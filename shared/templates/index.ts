import { apiEnrichmentTemplate } from './api-enrichment';
import { buyingGroupTemplate } from './buying-group';
import { customerOnboardingTemplate } from './customer-onboarding';
import { leadNurturingTemplate } from './lead-nurturing';
import { salesHandoffTemplate } from './sales-handoff';
import type { JourneyTemplate, TemplateMeta } from './types';

export * from './types';
export { pick } from './builder';

/** Every template, in gallery order (seed 001's use cases, then seed 000, then seed 003). */
export const TEMPLATES: readonly JourneyTemplate[] = [
  leadNurturingTemplate,
  customerOnboardingTemplate,
  salesHandoffTemplate,
  buyingGroupTemplate,
  apiEnrichmentTemplate,
];

/** The template with this id, or undefined. */
export function findTemplate(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((t) => t.meta.id === id);
}

/** The gallery's metadata for every template. */
export function templateCatalog(): TemplateMeta[] {
  return TEMPLATES.map((t) => t.meta);
}
