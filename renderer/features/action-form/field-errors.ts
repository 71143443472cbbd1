import { parseParams } from '../../../shared/catalog';
import { FIELD_TOO_LONG, INVALID_PARAM, type Problem } from '../../../shared/validation';

/** Messages by setting key (`params.status`, `applyTo`, `actionId`, `scope`) for one node. */
export type FieldErrors = Record<string, string>;

/** The top-level setting a problem's field belongs to: `params.input.url` -> `params.input`. */
export function settingKey(field: string): string {
  const [head, second] = field.split('.');
  return head === 'params' && second ? `params.${second}` : head;
}

/** The one problem shown on exactly `field` of the node: its first error, else its first warning. */
export function problemOnField(
  problems: readonly Problem[],
  nodeId: string,
  field: string,
): Problem | undefined {
  const on = problems.filter((p) => p.nodeId === nodeId && p.field === field);
  return on.find((p) => p.severity === 'error') ?? on[0];
}

/** The first problem per setting of this node (errors before warnings). */
export function problemsByField(problems: readonly Problem[], nodeId: string): FieldErrors {
  const out: FieldErrors = {};
  const mine = problems.filter((p) => p.nodeId === nodeId && p.field);
  const ordered = [
    ...mine.filter((p) => p.severity === 'error'),
    ...mine.filter((p) => p.severity === 'warning'),
  ];
  for (const p of ordered) {
    const key = settingKey(p.field ?? '');
    out[key] ??= p.message;
  }
  return out;
}

/**
 * The settings of this node whose shown message (problemsByField) is a warning: it reads as a
 * warning under the field, never as invalid (issue #19).
 */
export function warningFields(problems: readonly Problem[], nodeId: string): Set<string> {
  const mine = problems.filter((p) => p.nodeId === nodeId && p.field);
  const withError = new Set(
    mine.filter((p) => p.severity === 'error').map((p) => settingKey(p.field ?? '')),
  );
  return new Set(
    mine
      .filter((p) => p.severity === 'warning')
      .map((p) => settingKey(p.field ?? ''))
      .filter((key) => !withError.has(key)),
  );
}

/** Why one value of a parameter would be refused (message and validation code), or undefined when it is acceptable. */
export function paramIssue(
  actionId: string,
  params: Record<string, unknown>,
  name: string,
): { message: string; code: string } | undefined {
  const result = parseParams(actionId, params);
  if (result.success) return undefined;
  const issue = result.issues.find((i) => i.field === name || i.field.startsWith(`${name}.`));
  // The same code the publish check gives, so the Problems list and the field agree.
  return issue
    ? { message: issue.message, code: issue.code === 'too_big' ? FIELD_TOO_LONG : INVALID_PARAM }
    : undefined;
}
