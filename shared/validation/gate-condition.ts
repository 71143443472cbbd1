/** An example condition in the one form a Gate takes. */
const EXAMPLE = 'journey.lead.body.score > 5';

/**
 * A Gate condition is the expression alone, as written inside `{% if %}` (a whole `{% … %}`
 * template is kept as is). `{{ … }}` around it is refused by validation and Preview with this one
 * message, suggesting the expression without the braces.
 */
export function gateConditionFormError(condition: string): string | undefined {
  const c = condition.trim();
  if (c.includes('{%') || !/{{|}}/.test(c)) return undefined;
  const inner = /^{{-?\s*([^{}]*?)\s*-?}}$/.exec(c)?.[1];
  return `Condition: write it without {{ }}, e.g. ${inner || EXAMPLE}`;
}
