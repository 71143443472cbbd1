import { fieldApplies, getAction } from '../../../shared/catalog';
import type { Audience, JourneyNode } from '../../../shared/model';
import {
  applyToCriterionField,
  criterionField,
  INVALID_PARAM,
  RANDOM_SPLIT_PATH_NEVER_TAKEN,
  type Problem,
} from '../../../shared/validation';
import { effectiveScope } from '../action-form/settings-edit';
import { settingKey } from '../action-form/field-errors';

/**
 * A field the inspector shows one message under: a setting (`params.status`: problems of deeper
 * fields count, as `problemsByField` groups them) or an exact field (`params.input.url`), optionally
 * only for one problem code.
 */
export type ShownField = { setting: string } | { exact: string; code?: string };

/** What the inspector knows beyond the node: the journey's audience, a custom Action's inputs. */
export interface InspectorContext {
  audience: Audience;
  /** The input names the chosen function's form shows; absent while no function is known. */
  inputFields?: readonly string[];
}

const setting = (key: string): ShownField => ({ setting: key });

/** The fields of an Action step the settings form shows, as ActionSettingsForm and its parts render them. */
function actionFields(node: Extract<JourneyNode, { type: 'action' }>, ctx: InspectorContext) {
  const s = node.settings;
  const scope = effectiveScope(ctx.audience, s);
  const out = [setting('actionId')];
  if (ctx.audience === 'account') out.push(setting('scope'));
  if (scope !== 'account' && (ctx.audience !== 'account' || s.applyTo.mode !== 'all')) {
    // The field's own message ("no criteria are set"), then each criterion row's under that row.
    const rows = s.applyTo.mode === 'matching' ? s.applyTo.criteria : [];
    out.push({ exact: 'applyTo' }, ...rows.map((_, i) => ({ exact: applyToCriterionField(i) })));
  }
  if (s.actionId === 'custom-action') {
    const exact = [
      'dataKey',
      'actionRef',
      'function',
      ...(ctx.inputFields ?? []).map((n) => `input.${n}`),
    ];
    return [...out, ...exact.map((f): ShownField => ({ exact: `params.${f}` }))];
  }
  const action = s.actionId ? getAction(s.actionId) : undefined;
  const params = (action?.fields ?? []).filter((f) => fieldApplies(f, s.params));
  return [...out, ...params.map((f) => setting(`params.${f.name}`))];
}

/** Every field of this node the inspector shows a message under. */
export function shownFields(node: JourneyNode, ctx: InspectorContext): ShownField[] {
  switch (node.type) {
    case 'entry':
      return [setting('source')];
    case 'action':
      return actionFields(node, ctx);
    case 'gate':
      return [setting('condition')];
    case 'wait':
      return node.settings.mode === 'duration' ? [{ exact: 'duration.amount' }] : [];
    case 'waitForEvent':
      return [setting('eventName'), { exact: 'timeout.amount' }];
    case 'goto':
      return [setting('targetNodeId')];
    case 'split':
      // Each criterion row shows its first error, else warning, under it.
      return node.settings.paths.flatMap((p) =>
        p.criteria.map((_, i): ShownField => ({ exact: criterionField(p.id, i) })),
      );
    case 'randomSplit':
      // The paths editor shows the total, and each refused percent (a field draft) under its path.
      return [
        setting('paths'),
        ...node.settings.paths.flatMap((p): ShownField[] => [
          { exact: p.id, code: INVALID_PARAM },
          { exact: p.id, code: RANDOM_SPLIT_PATH_NEVER_TAKEN },
        ]),
      ];
    default:
      return [];
  }
}

const matches = (f: ShownField, p: Problem) =>
  p.field !== undefined &&
  ('setting' in f
    ? settingKey(p.field) === f.setting
    : p.field === f.exact && (f.code === undefined || p.code === f.code));

/** The one problem a field shows: its first error, else its first warning (as every field picks it). */
export function fieldProblem(mine: readonly Problem[], field: ShownField): Problem | undefined {
  const on = mine.filter((p) => matches(field, p));
  return on.find((p) => p.severity === 'error') ?? on[0];
}

/**
 * Problems of the node that no field shows, so each message appears once in the inspector: the
 * node's list keeps problems without a field, on a field the form does not show (a setting hidden
 * by another's choice), and a field's second message.
 */
export function unplacedProblems(
  node: JourneyNode,
  problems: readonly Problem[],
  ctx: InspectorContext,
): Problem[] {
  const mine = problems.filter((p) => p.nodeId === node.id);
  const placed = new Set(shownFields(node, ctx).map((f) => fieldProblem(mine, f)));
  return mine.filter((p) => !placed.has(p));
}
