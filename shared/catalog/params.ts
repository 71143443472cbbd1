import { AppError } from '../errors';
import { getAction } from './catalog';
import type { ActionDef, ParamField } from './types';

/** One refused parameter value. */
export interface ParamIssue {
  /** The parameter name (`status`), or a dotted path into it (`input.url`). */
  field: string;
  /** Names the field: "Status must be at most 50 characters". */
  message: string;
  /** zod's issue code (`too_big`, `invalid_type`, `invalid_value`, …). */
  code: string;
}

export type ParamsResult =
  { success: true; data: Record<string, unknown> } | { success: false; issues: ParamIssue[] };

const labelOf = (action: ActionDef, name: string) =>
  action.fields.find((f) => f.name === name)?.label ?? name;

/**
 * Checks values against the action's constraints (type, length, enum). Missing values pass:
 * drafts save incomplete. Unknown keys are dropped from `data`; save `data`, not the input.
 */
export function parseParams(actionId: string | null, params: unknown): ParamsResult {
  if (actionId === null) return { success: true, data: {} };
  const action = getAction(actionId);
  if (!action) {
    return {
      success: false,
      issues: [
        { field: 'actionId', message: `Unknown action "${actionId}"`, code: 'invalid_value' },
      ],
    };
  }
  const result = action.params.safeParse(params);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const label = labelOf(action, String(issue.path[0] ?? ''));
      const named = field === '' || issue.message.startsWith(label);
      return {
        field,
        code: issue.code,
        message: named ? issue.message : `${label}: ${issue.message}`,
      };
    }),
  };
}

/** Like parseParams, but throws an `invalid_input` AppError naming the first bad field (for saves). */
export function assertParams(actionId: string | null, params: unknown): Record<string, unknown> {
  const result = parseParams(actionId, params);
  if (result.success) return result.data;
  const first = result.issues[0];
  throw new AppError(
    'invalid_input',
    first.message,
    first.field ? `params.${first.field}` : 'params',
  );
}

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Whether a field applies given the other values (its `when` condition holds). */
export function fieldApplies(field: ParamField, params: Record<string, unknown>): boolean {
  return !field.when || params[field.when.field] === field.when.equals;
}

/** The required fields not filled in yet (the step is incomplete while any remain). */
export function missingParams(action: ActionDef, params: Record<string, unknown>): ParamField[] {
  return action.fields.filter(
    (f) => f.required && fieldApplies(f, params) && isBlank(params[f.name]),
  );
}

/** Whether a step with this action and params is fully configured. */
export function isComplete(actionId: string | null, params: Record<string, unknown>): boolean {
  const action = actionId === null ? undefined : getAction(actionId);
  if (!action) return false;
  return parseParams(actionId, params).success && missingParams(action, params).length === 0;
}
