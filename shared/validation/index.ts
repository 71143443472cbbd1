export * from './problem';
export * from './codes';
export { validateJourney, RULES } from './validate-journey';
export { analyzeLiquid, gateConditionTemplate, dataKeysRead, type LiquidAnalysis } from './liquid';
export { gateConditionFormError } from './gate-condition';
export { collectTemplates, type TemplateUse } from './templates';
export type { Rule, RuleInput } from './rules/rule';
export * from './split-rules';
export { randomSplitTotalMessage } from './rules/splits';
