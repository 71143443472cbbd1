import { useRef } from 'react';
import { fieldApplies, optionsFor, type ActionDef } from '../../../shared/catalog';
import type { JourneySummary } from '../../../shared/model';
import { paramIssue, type FieldErrors } from './field-errors';
import { GeneratedForm, type GeneratedField } from './GeneratedForm';
import { paramsOnRefusal, setParam } from './settings-edit';
import { helpFor } from './widgets/choice-labels';
import { isGrouped, widgetFor } from './widgets/registry';
import { maxLengthOf } from './widgets/TextWidget';
import type { FormEnv } from './widgets/widget-props';

/** Refused values of this node's fields, kept by the caller (the editor store) so they survive re-renders and node switches. */
export interface DraftStore {
  drafts: Record<string, { value: unknown; message: string } | undefined>;
  setDraft: (name: string, draft: { value: unknown; message: string; code: string } | null) => void;
}

interface Props {
  action: ActionDef;
  drafts: DraftStore;
  params: Record<string, unknown>;
  env: FormEnv;
  journeys: readonly JourneySummary[];
  /** Problems of this node by setting key (`params.status`). */
  errors: FieldErrors;
  /** Settings whose message is a warning (`params.status`). */
  warnings?: ReadonlySet<string>;
  onChange: (params: Record<string, unknown>) => void;
}

/**
 * The form generated from the catalog's field metadata. A value the constraints refuse stays in its
 * box with the message and is not sent: a save with it would be refused, field named, store unchanged.
 * The Problems list shows the same message for it (the drafts live in the editor store).
 */
export function ParamForm({
  action,
  params,
  env,
  journeys,
  errors,
  warnings,
  onChange,
  drafts: draftStore,
}: Props) {
  const drafts = draftStore.drafts;
  // The parameters as they were when the user entered a field: what a refused value falls back to.
  const atFocus = useRef(params);
  const ctx = { workspace: env.workspace, journey: env.journey, journeys };

  const change = (name: string, value: unknown) => {
    const next = setParam(params, action, name, value);
    const issue = paramIssue(action.id, next, name);
    if (issue) {
      draftStore.setDraft(name, { value, ...issue });
      const restored = paramsOnRefusal(params, atFocus.current, action, name);
      if (restored) onChange(restored);
      return;
    }
    if (drafts[name]) draftStore.setDraft(name, null);
    onChange(next);
  };

  const fields = action.fields
    .filter((f) => fieldApplies(f, params))
    .map((catalogField): GeneratedField => {
      const field = { ...catalogField, help: helpFor(action.id, catalogField) };
      const draft = drafts[field.name];
      const value = draft ? draft.value : params[field.name];
      const max =
        field.widget === 'text' || field.widget === 'textarea' ? maxLengthOf({ field }) : null;
      const parent = field.dependsOn
        ? action.fields.find((f) => f.name === field.dependsOn)
        : undefined;
      const parentSet = parent
        ? typeof params[parent.name] === 'string' && params[parent.name] !== ''
        : true;
      const Widget = widgetFor(field);
      return {
        ...field,
        grouped: isGrouped(field),
        problemField: `params.${field.name}`,
        error: draft?.message ?? errors[`params.${field.name}`],
        warning: !draft && warnings?.has(`params.${field.name}`),
        counter:
          max !== null && max <= 500
            ? { used: typeof value === 'string' ? value.length : 0, max }
            : undefined,
        control: (attrs) => (
          <Widget
            {...attrs}
            actionId={action.id}
            field={field}
            value={value}
            onChange={(v) => change(field.name, v)}
            options={parentSet ? optionsFor(field, params, ctx) : undefined}
            parentLabel={parent?.label}
            env={env}
          />
        ),
      };
    });

  return <GeneratedForm fields={fields} onFocus={() => (atFocus.current = params)} />;
}
