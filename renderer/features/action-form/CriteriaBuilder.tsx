import { useId, useRef } from 'react';
import type { ApplyTo, Audience, Criterion, Workspace } from '../../../shared/model';
import { blankCriterion, setMode } from './criteria-edit';
import { CriteriaList } from './CriteriaList';

interface Props {
  applyTo: ApplyTo;
  audience: Audience;
  workspace: Workspace;
  readOnly: boolean;
  error?: string;
  onChange: (applyTo: ApplyTo) => void;
}

/** Seed 001 "Apply to which contacts": All contacts, or Contacts matching criteria (all or any). */
export function CriteriaBuilder({
  applyTo,
  audience,
  workspace,
  readOnly,
  error,
  onChange,
}: Props) {
  const id = useId();
  // Rows survive a trip to "All contacts" and back within the session.
  const remembered = useRef<Criterion[]>(applyTo.mode === 'matching' ? applyTo.criteria : []);
  if (applyTo.mode === 'matching') remembered.current = applyTo.criteria;
  const errorId = `${id}-error`;

  return (
    <fieldset
      className="apply-to"
      data-field="applyTo"
      aria-describedby={error ? errorId : undefined}
    >
      <legend>Apply to which contacts</legend>
      <div className="radio-col">
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={applyTo.mode === 'all'}
            disabled={readOnly}
            onChange={() => onChange(setMode(applyTo, 'all'))}
          />
          All contacts
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={applyTo.mode === 'matching'}
            disabled={readOnly}
            onChange={() =>
              onChange(
                setMode(
                  applyTo,
                  'matching',
                  remembered.current.length
                    ? remembered.current
                    : [blankCriterion(workspace, audience)],
                ),
              )
            }
          />
          Contacts matching criteria
        </label>
      </div>
      {applyTo.mode === 'matching' && (
        <CriteriaList
          match={applyTo.match}
          criteria={applyTo.criteria}
          audience={audience}
          workspace={workspace}
          readOnly={readOnly}
          onChange={(match, criteria) => onChange({ mode: 'matching', match, criteria })}
        />
      )}
      {error && (
        <p id={errorId} role="alert" className="field-error warning">
          {error}
        </p>
      )}
    </fieldset>
  );
}
