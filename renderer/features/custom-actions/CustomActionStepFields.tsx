import './custom-actions.css';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { Journey, NodeOf, Workspace } from '../../../shared/model';
import { validateJourney, type Problem } from '../../../shared/validation';
import { variablesAt } from '../../../shared/validation/variables';
import { paramIssue } from '../action-form/field-errors';
import { FieldMessage } from '../action-form/FieldFrame';
import type { DraftStore } from '../action-form/ParamForm';
import { moduleOf, stepFunction, useCustomActionsStore } from './custom-actions-store';
import { FunctionTest } from './FunctionTest';
import { schemaFields } from './json-schema-fields';
import { SchemaForm } from './SchemaForm';

export interface CustomActionStepFieldsProps {
  node: NodeOf<'action'>;
  journey: Journey;
  workspace: Workspace | null;
  readOnly: boolean;
  onChange: (params: Record<string, unknown>) => void;
  /** The journey's problems; computed here when not given. */
  problems?: readonly Problem[];
  /** Refused values, kept by the editor store: in the field, in Problems, blocking Publish. */
  drafts: DraftStore;
}

/** A required field's mark (the control says aria-required). */
function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** "Customer API (Mock)", but "Customer API (mock)" stays as named: the type said once. */
export function actionChoiceLabel(a: { name: string; moduleLabel: string }): string {
  const type = `(${a.moduleLabel})`;
  return a.name.toLowerCase().includes(type.toLowerCase()) ? a.name : `${a.name} ${type}`;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const inputOf = (v: unknown): Record<string, string> =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<
        string,
        string
      >)
    : {};

/** Seed 003's Action step: Data Key, Action, Function, Input (generated from the function's input schema), Test. */
export function CustomActionStepFields({
  node,
  journey,
  workspace,
  readOnly,
  onChange,
  problems,
  drafts,
}: CustomActionStepFieldsProps) {
  const base = useId();
  const { modules, actions, loaded, reload } = useCustomActionsStore();
  useEffect(() => {
    if (!loaded) void reload();
  }, [loaded, reload]);
  const params = node.settings.params;
  const keyDraft = drafts.drafts.dataKey;
  // The Data Key when the user entered the box: a refused "my key!" falls back to it, never to
  // the "my" saved on the way (issue #19).
  const keyAtFocus = useRef(params.dataKey);
  const { action, fn } = stepFunction(modules, actions, params);
  const input = inputOf(params.input);
  const inputFields = useMemo(() => schemaFields(fn?.input), [fn]);

  const found = useMemo(
    () =>
      (problems ?? (workspace ? validateJourney(journey, workspace) : [])).filter(
        (p) => p.nodeId === node.id,
      ),
    [problems, journey, workspace, node.id],
  );
  // Errors before warnings; a warning reads as one under its field (issue #19).
  const problemFor = (field: string) =>
    found.find((p) => p.field === field && p.severity === 'error') ??
    found.find((p) => p.field === field);
  const messageFor = (field: string) => problemFor(field)?.message;
  const isWarning = (field: string) => problemFor(field)?.severity === 'warning';
  const inputErrors = Object.fromEntries(
    inputFields.map((f) => [f.name, messageFor(`params.input.${f.name}`)]),
  );
  const inScope = useMemo(
    () => (workspace ? variablesAt(journey, workspace, node.id).journey : []),
    [journey, workspace, node.id],
  );

  const set = (patch: Record<string, unknown>) => onChange({ ...params, ...patch });
  const changeKey = (value: string) => {
    // A key the field's schema refuses stays in the box as a draft with the schema's message (the
    // Problems list and Publish see it too); the journey keeps the key it had.
    const issue = paramIssue('custom-action', { ...params, dataKey: value }, 'dataKey');
    if (issue) {
      drafts.setDraft('dataKey', { value, ...issue });
      if (params.dataKey !== keyAtFocus.current) set({ dataKey: keyAtFocus.current });
      return;
    }
    if (keyDraft) drafts.setDraft('dataKey', null);
    set({ dataKey: value });
  };
  const keyWarning = !keyDraft && isWarning('params.dataKey');
  const keyError = keyDraft?.message ?? messageFor('params.dataKey');
  const dataKey = keyDraft ? text(keyDraft.value) : text(params.dataKey);

  return (
    <div className="custom-action-step" role="group" aria-label="Action step">
      <div className="field">
        <label htmlFor={`${base}-key`}>
          <span>
            Data Key
            <RequiredMark />
          </span>
        </label>
        <input
          id={`${base}-key`}
          data-field="params.dataKey"
          value={dataKey}
          disabled={readOnly}
          spellCheck={false}
          aria-required
          aria-invalid={keyError && !keyWarning ? true : undefined}
          onFocus={() => (keyAtFocus.current = params.dataKey)}
          aria-describedby={`${base}-key-help${keyError ? ` ${base}-key-error` : ''}`}
          onChange={(e) => changeKey(e.target.value)}
        />
        <span id={`${base}-key-help`} className="muted help small">
          Unique in the journey; later steps read the result as{' '}
          {`{{ journey.${text(params.dataKey) || 'key'}.body }}`}.
        </span>
        {keyError && (
          <FieldMessage id={`${base}-key-error`} message={keyError} warning={keyWarning} />
        )}
      </div>
      <div className="field">
        {/* Seed 003: "The action to execute (created in the Actions tab)"; not just "Action",
            which names the step's own action picker above. */}
        <label htmlFor={`${base}-action`}>
          Action to execute
          <RequiredMark />
        </label>
        <select
          id={`${base}-action`}
          data-field="params.actionRef"
          value={text(params.actionRef)}
          disabled={readOnly}
          aria-required
          aria-invalid={
            messageFor('params.actionRef') && !isWarning('params.actionRef') ? true : undefined
          }
          aria-describedby={`${base}-action-help`}
          onChange={(e) => {
            const next = actions.find((a) => a.id === e.target.value);
            set({
              actionRef: e.target.value,
              function: next?.functions.length === 1 ? next.functions[0] : '',
              input: {},
            });
          }}
        >
          <option value="">Choose an Action…</option>
          {actions.map((a) => (
            <option key={a.id} value={a.id}>
              {actionChoiceLabel(a)}
            </option>
          ))}
          {typeof params.actionRef === 'string' && params.actionRef !== '' && !action && loaded && (
            <option value={params.actionRef}>Missing Action ({params.actionRef})</option>
          )}
        </select>
        <span id={`${base}-action-help`} className="muted help small">
          {loaded && actions.length === 0
            ? 'No Actions yet: create one in the Actions tab.'
            : 'Created in the Actions tab.'}
        </span>
        {messageFor('params.actionRef') && (
          <p role="alert" className="field-error">
            {messageFor('params.actionRef')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${base}-fn`}>
          Function
          <RequiredMark />
        </label>
        <select
          id={`${base}-fn`}
          data-field="params.function"
          value={text(params.function)}
          disabled={readOnly || !action}
          aria-required
          aria-invalid={
            messageFor('params.function') && !isWarning('params.function') ? true : undefined
          }
          onChange={(e) => set({ function: e.target.value, input: {} })}
        >
          <option value="">{action ? 'Choose a function…' : 'Choose an Action first'}</option>
          {moduleOf(modules, action)?.functions.map((f) => (
            <option key={f.name} value={f.name}>
              {f.label}
            </option>
          ))}
        </select>
        {fn && <span className="muted help small">{fn.description}</span>}
        {messageFor('params.function') && (
          <p role="alert" className="field-error">
            {messageFor('params.function')}
          </p>
        )}
      </div>
      {fn && (
        <fieldset className="field input-fields" data-field="params.input">
          <legend>Input</legend>
          {inputFields.length === 0 ? (
            <p className="muted small">This function takes no input.</p>
          ) : (
            <SchemaForm
              fields={inputFields}
              values={input}
              errors={inputErrors}
              warnings={
                new Set(
                  inputFields.filter((f) => isWarning(`params.input.${f.name}`)).map((f) => f.name),
                )
              }
              readOnly={readOnly}
              liquid
              onChange={(k, v) => set({ input: { ...input, [k]: typeof v === 'string' ? v : '' } })}
            />
          )}
          <p className="muted small">
            In scope here: person.*, account.*
            {inScope.length > 0 ? `, ${inScope.map((k) => `journey.${k}`).join(', ')}` : ''}
          </p>
        </fieldset>
      )}
      {action && fn && workspace && (
        <FunctionTest
          actionId={action.id}
          fn={fn.name}
          input={input}
          workspace={workspace}
          dataKey={text(params.dataKey)}
        />
      )}
    </div>
  );
}
