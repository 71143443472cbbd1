import { useId } from 'react';
import { entryList, entrySourceOptions, NOT_IN_WORKSPACE } from '../../../shared/catalog';
import { distinctStepNames, type GraphDoc } from '../../../shared/graph';
import {
  ENTRY_TRIGGER_LABELS,
  entryTriggerLabel,
  type Audience,
  type JourneyNode,
  type NodeOf,
  type Workspace,
} from '../../../shared/model';
import { ENTRY_SOURCE_LABEL } from '../../../shared/validation/rules/entry-source';
import { RefOptionItems } from '../../components/RefOptionItems';
import { useEditorStore } from '../../stores/editor-store';
import { DurationField, FieldError, type FieldErrors } from './fields';

/** A node's refused value of a setting (kept in its field) and the way to keep or drop one. */
function useKept(nodeId: string, field: string) {
  const kept = useEditorStore((s) => s.fieldDrafts[`${nodeId}|${field}`]);
  const setFieldDraft = useEditorStore((s) => s.setFieldDraft);
  return {
    kept,
    onKeep: (draft: { value: unknown; message: string; code: string } | null) =>
      setFieldDraft(nodeId, field, draft),
  };
}

type Change = (node: JourneyNode) => void;

/** The picker's value for an Entry list no workspace list matches (never a real id: ids are non-empty words). */
const MISSING = ' missing';

const ENTRY_TRIGGERS = Object.keys(
  ENTRY_TRIGGER_LABELS,
) as NodeOf<'entry'>['settings']['trigger'][];

/** Entry: the trigger and who it lets in (an audience picker where the workspace knows the audiences). */
export function EntrySettings({
  node,
  audience,
  workspace,
  errors,
  onChange,
}: {
  node: NodeOf<'entry'>;
  audience: Audience;
  workspace: Workspace | null;
  errors: FieldErrors;
  onChange: Change;
}) {
  const s = node.settings;
  const id = useId();
  const error = errors.source;
  const options = workspace && entrySourceOptions(s.trigger, audience, workspace);
  // Free text (events, dates) is the Source itself; a workspace list is referred to by id.
  const set = (source: string) => onChange({ ...node, settings: { trigger: s.trigger, source } });
  const list = workspace ? entryList(s, audience, workspace) : null;
  const current = list ? (list.id ?? MISSING) : '';
  const pick = (value: string) => {
    const option = options?.find((o) => o.value === value);
    if (!option) return set('');
    onChange({ ...node, settings: { trigger: s.trigger, source: option.label, listId: value } });
  };
  const common = {
    id,
    'data-field': 'source',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
  // A saved name the workspace does not list stays shown, marked, so nothing is silently changed
  // and the user sees what it referred to ("Churn risk — not in this workspace").
  const listed =
    options && current === MISSING
      ? [
          { value: MISSING, label: list?.name ?? s.source, disabledReason: NOT_IN_WORKSPACE },
          ...options,
        ]
      : options;
  return (
    <>
      <label>
        Trigger
        <select
          value={s.trigger}
          onChange={(e) =>
            onChange({
              ...node,
              settings: { trigger: e.target.value as typeof s.trigger, source: '' },
            })
          }
        >
          {ENTRY_TRIGGERS.map((trigger) => (
            <option key={trigger} value={trigger}>
              {entryTriggerLabel(trigger, audience)}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label htmlFor={id}>{ENTRY_SOURCE_LABEL[s.trigger]}</label>
        {s.trigger === 'date' ? (
          <input type="date" {...common} value={s.source} onChange={(e) => set(e.target.value)} />
        ) : listed && s.trigger !== 'event' ? (
          <select {...common} value={current} onChange={(e) => pick(e.target.value)}>
            <option value="">Choose…</option>
            <RefOptionItems options={listed} current={current} />
          </select>
        ) : (
          <>
            <input
              {...common}
              list={`${id}-list`}
              value={s.source}
              maxLength={200}
              onChange={(e) => set(e.target.value)}
            />
            <datalist id={`${id}-list`}>
              {listed?.map((o) => (
                <option key={o.value} value={o.value} />
              ))}
            </datalist>
          </>
        )}
        <FieldError id={`${id}-error`} message={error} />
      </div>
    </>
  );
}

/** Wait: a duration (default 5 days) or until a date. */
export function WaitSettings({
  node,
  amountError,
  onChange,
}: {
  node: NodeOf<'wait'>;
  /** What validation says of the saved amount (an imported 0). */
  amountError?: string;
  onChange: Change;
}) {
  const s = node.settings;
  const keep = useKept(node.id, 'duration.amount');
  // One name for the group: one Tab stop, arrow keys between the choices.
  const mode = `${useId()}-wait-mode`;
  return (
    <>
      <fieldset className="radios">
        <legend>Wait</legend>
        <label className="radio">
          <input
            type="radio"
            name={mode}
            checked={s.mode === 'duration'}
            onChange={() => {
              keep.onKeep(null);
              onChange({
                ...node,
                settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
              });
            }}
          />
          For a duration
        </label>
        <label className="radio">
          <input
            type="radio"
            name={mode}
            checked={s.mode === 'until'}
            onChange={() => {
              // Waiting until a date, the duration's refused amount no longer applies.
              keep.onKeep(null);
              onChange({ ...node, settings: { mode: 'until', until: '' } });
            }}
          />
          Until a date
        </label>
      </fieldset>
      {s.mode === 'duration' ? (
        <DurationField
          legend="Duration"
          field="duration.amount"
          {...keep}
          error={amountError}
          value={s.duration}
          onChange={(duration) => onChange({ ...node, settings: { mode: 'duration', duration } })}
        />
      ) : (
        <label>
          Until
          <input
            type="date"
            value={s.until}
            onChange={(e) =>
              onChange({ ...node, settings: { mode: 'until', until: e.target.value } })
            }
          />
        </label>
      )}
    </>
  );
}

/** Wait for event: the event and the timeout after which the Timed out path is taken. */
export function WaitForEventSettings({
  node,
  workspace,
  errors,
  amountError,
  onChange,
}: {
  node: NodeOf<'waitForEvent'>;
  workspace: Workspace | null;
  errors: FieldErrors;
  amountError?: string;
  onChange: Change;
}) {
  const s = node.settings;
  const id = useId();
  const keep = useKept(node.id, 'timeout.amount');
  return (
    <>
      <label>
        Event
        <input
          list="workspace-events"
          value={s.eventName}
          data-field="eventName"
          maxLength={200}
          aria-invalid={errors.eventName ? true : undefined}
          aria-describedby={errors.eventName ? `${id}-error` : undefined}
          onChange={(e) => onChange({ ...node, settings: { ...s, eventName: e.target.value } })}
        />
        <datalist id="workspace-events">
          {workspace?.events.map((ev) => (
            <option key={ev} value={ev} />
          ))}
        </datalist>
      </label>
      <FieldError id={`${id}-error`} message={errors.eventName} />
      <DurationField
        legend="Timeout"
        field="timeout.amount"
        {...keep}
        error={amountError}
        value={s.timeout}
        onChange={(timeout) => onChange({ ...node, settings: { ...s, timeout } })}
      />
    </>
  );
}

/** Gate: a Liquid condition; true and false paths. */
export function GateSettings({
  node,
  errors,
  onChange,
}: {
  node: NodeOf<'gate'>;
  errors: FieldErrors;
  onChange: Change;
}) {
  const error = errors.condition;
  // Help and error sit outside the label: they describe the field (aria-describedby), not name it.
  return (
    <div className="field-group">
      <label>
        Condition (Liquid)
        <textarea
          rows={5}
          className="mono"
          value={node.settings.condition}
          data-field="condition"
          placeholder="journey.lead.body.score > 5"
          aria-invalid={error ? true : undefined}
          aria-describedby={`gate-help-${node.id}${error ? ` gate-error-${node.id}` : ''}`}
          onChange={(e) => onChange({ ...node, settings: { condition: e.target.value } })}
        />
      </label>
      <FieldError id={`gate-error-${node.id}`} message={error} />
      <small id={`gate-help-${node.id}`} className="muted">
        The condition alone, without {'{{ }}'}, as written inside {'{% if %}'}: e.g.
        journey.lead.body.score &gt; 5 or account.employees &gt; 100. True takes the True path.
      </small>
    </div>
  );
}

/** Go to: the node to jump to. */
export function GotoSettings({
  node,
  doc,
  errors,
  onChange,
}: {
  node: NodeOf<'goto'>;
  doc: GraphDoc;
  errors: FieldErrors;
  onChange: Change;
}) {
  const targets = doc.nodes.filter(
    (n) => n.id !== node.id && n.type !== 'goto' && n.type !== 'entry',
  );
  const names = distinctStepNames(doc);
  const error = errors.targetNodeId;
  // The error sits outside the label: it describes the field (aria-describedby), not names it.
  return (
    <div className="field-group">
      <label>
        Go to node
        <select
          value={node.settings.targetNodeId ?? ''}
          data-field="targetNodeId"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `goto-error-${node.id}` : undefined}
          onChange={(e) =>
            onChange({ ...node, settings: { targetNodeId: e.target.value || null } })
          }
        >
          <option value="">Choose…</option>
          {targets.map((n) => (
            <option key={n.id} value={n.id}>
              {names.get(n.id) ?? n.name}
            </option>
          ))}
        </select>
      </label>
      <FieldError id={`goto-error-${node.id}`} message={error} />
    </div>
  );
}

/** Exit: an optional reason, reported in simulation. */
export function ExitSettings({ node, onChange }: { node: NodeOf<'exit'>; onChange: Change }) {
  return (
    <label>
      Exit reason
      <input
        value={node.settings.reason}
        maxLength={200}
        onChange={(e) => onChange({ ...node, settings: { reason: e.target.value } })}
      />
    </label>
  );
}
