import { useId } from 'react';
import { actionsFor, getAction, type ActionScope } from '../../../shared/catalog';
import type { Audience } from '../../../shared/model';

interface Props {
  audience: Audience;
  scope: ActionScope | null;
  actionId: string | null;
  readOnly: boolean;
  error?: string;
  onChange: (actionId: string | null) => void;
}

/** The scope's actions, grouped as the catalog groups them (one optgroup per group). */
export function ActionSelect({ audience, scope, actionId, readOnly, error, onChange }: Props) {
  const id = useId();
  const groups = scope ? actionsFor(audience, scope) : [];
  const offered = groups.some((g) => g.actions.some((a) => a.id === actionId));
  const current = actionId ? getAction(actionId) : undefined;
  const ids =
    [current ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        <span>
          Action
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </span>
      </label>
      <select
        id={id}
        data-field="actionId"
        value={actionId ?? ''}
        disabled={readOnly || scope === null}
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={ids}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">
          {scope === null ? 'Choose Accounts or People first' : 'Select an action'}
        </option>
        {actionId && !offered && (
          <option value={actionId}>
            {current ? `${current.label} (not offered here)` : `${actionId} (unknown)`}
          </option>
        )}
        {groups.map((g) => (
          <optgroup key={g.group} label={g.group}>
            {g.actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {current && (
        <span id={`${id}-help`} className="muted help">
          {current.description}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
