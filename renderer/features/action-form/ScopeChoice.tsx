import { useId } from 'react';
import type { ActionScope } from '../../../shared/catalog';
import { radioTabIndex } from '../../components/radio-tab-stop';

interface Props {
  scope: ActionScope | null;
  readOnly: boolean;
  error?: string;
  /** Why Accounts cannot be chosen here (a path of a split by people), when it cannot. */
  accountsUnavailable?: string;
  onChange: (scope: ActionScope) => void;
}

const CHOICES: { value: ActionScope; label: string; help: string }[] = [
  { value: 'account', label: 'Accounts', help: 'Changes all people of the accounts on the path.' },
  { value: 'people', label: 'People', help: 'Changes the people on the path.' },
];

/** Account journeys first ask Accounts or People (seed 000). */
export function ScopeChoice({ scope, readOnly, error, accountsUnavailable, onChange }: Props) {
  const id = useId();
  const described = [accountsUnavailable ? `${id}-why` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className="field scope-choice"
      // With no choice yet, "Action is required; choose Accounts or People, then …" starts here too.
      data-field={scope === null ? 'scope actionId' : 'scope'}
      aria-describedby={described || undefined}
    >
      <legend>Take an action on</legend>
      <div className="radio-row">
        {CHOICES.map((c, i) => (
          <label key={c.value} className="radio" title={c.help}>
            <input
              type="radio"
              name={`${id}-scope`}
              value={c.value}
              checked={scope === c.value}
              tabIndex={radioTabIndex(i, scope !== null, accountsUnavailable !== undefined ? 1 : 0)}
              disabled={readOnly || (c.value === 'account' && accountsUnavailable !== undefined)}
              onChange={() => onChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </div>
      {accountsUnavailable && (
        <p id={`${id}-why`} className="muted help small">
          {accountsUnavailable}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
