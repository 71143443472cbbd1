import { useId, useRef } from 'react';
import type { ApplyTo, Audience, Criterion, Workspace } from '../../../shared/model';
import { addCriterion, attributeScopes, blankCriterion, removeCriterion, setMode, updateCriterion } from './criteria-edit';
import { CriterionRow } from './CriterionRow';

interface Props {
  applyTo: ApplyTo;
  audience: Audience;
  workspace: Workspace;
  readOnly: boolean;
  error?: string;
  onChange: (applyTo: ApplyTo) => void;
}

/** Seed 001 "Apply to which contacts": All contacts, or Contacts matching criteria (all or any). */
export function CriteriaBuilder({ applyTo, audience, workspace, readOnly, error, onChange }: Props) {
  const id = useId();
  // Rows survive a trip to "All contacts" and back within the session.
  const remembered = useRef<Criterion[]>(applyTo.mode === 'matching' ? applyTo.criteria : []);
  if (applyTo.mode === 'matching') remembered.current = applyTo.criteria;
  const scopes = attributeScopes(audience);
  const errorId = `${id}-error`;

  return (
    <fieldset className="apply-to" aria-describedby={error ? errorId : undefined}>
      <legend>Apply to which contacts</legend>
      <div className="radio-col">
        <label className="radio">
          <input type="radio" name={`${id}-mode`} checked={applyTo.mode === 'all'} disabled={readOnly} onChange={() => onChange(setMode(applyTo, 'all'))} />
          All contacts
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={applyTo.mode === 'matching'}
            disabled={readOnly}
            onChange={() => onChange(setMode(applyTo, 'matching', remembered.current.length ? remembered.current : [blankCriterion(workspace, audience)]))}
          />
          Contacts matching criteria
        </label>
      </div>
      {applyTo.mode === 'matching' && (
        <div className="criteria">
          <label className="inline">
            Match
            <select value={applyTo.match} disabled={readOnly} onChange={(e) => onChange({ ...applyTo, match: e.target.value === 'any' ? 'any' : 'all' })}>
              <option value="all">all criteria</option>
              <option value="any">any criterion</option>
            </select>
          </label>
          {applyTo.criteria.map((c, i) => (
            <CriterionRow
              key={i}
              index={i}
              criterion={c}
              scopes={scopes}
              workspace={workspace}
              readOnly={readOnly}
              onChange={(patch) => onChange({ ...applyTo, criteria: updateCriterion(applyTo.criteria, i, patch) })}
              onRemove={() => onChange({ ...applyTo, criteria: removeCriterion(applyTo.criteria, i) })}
            />
          ))}
          <button type="button" disabled={readOnly || applyTo.criteria.length >= 50} onClick={() => onChange({ ...applyTo, criteria: addCriterion(applyTo.criteria, blankCriterion(workspace, audience)) })}>
            Add criterion
          </button>
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="field-error warning">
          {error}
        </p>
      )}
    </fieldset>
  );
}
