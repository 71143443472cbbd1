import { useId } from 'react';
import type { ActionScope } from '../../../shared/catalog';

interface Props {
  scope: ActionScope | null;
  readOnly: boolean;
  error?: string;
  onChange: (scope: ActionScope) => void;
}

const CHOICES: { value: ActionScope; label: string; help: string }[] = [
  { value: 'account', label: 'Accounts', help: 'Changes all people of the accounts on the path.' },
  { value: 'people', label: 'People', help: 'Changes the people on the path.' },
];

/** Account journeys first ask Accounts or People (seed 000). */
export function ScopeChoice({ scope, readOnly, error, onChange }: Props) {
  const id = useId();
  return (
    <fieldset className="field scope-choice" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Take an action on</legend>
      <div className="radio-row">
        {CHOICES.map((c) => (
          <label key={c.value} className="radio" title={c.help}>
            <input
              type="radio"
              name={`${id}-scope`}
              value={c.value}
              checked={scope === c.value}
              disabled={readOnly}
              onChange={() => onChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
