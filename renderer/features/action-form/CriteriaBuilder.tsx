import { useId, useRef } from 'react';
import type { ApplyTo, Audience, Criterion, Workspace } from '../../../shared/model';
import { applyToCriterionField, type Problem } from '../../../shared/validation';
import { blankCriterion, setMode } from './criteria-edit';
import { CriteriaList } from './CriteriaList';
import { problemOnField } from './field-errors';
import { FieldMessage } from './FieldFrame';

interface Props {
  applyTo: ApplyTo;
  audience: Audience;
  workspace: Workspace;
  readOnly: boolean;
  /** The step's id and the journey's problems: each criterion row shows its own under it. */
  nodeId: string;
  problems: readonly Problem[];
  onChange: (applyTo: ApplyTo) => void;
}

/** Seed 001 "Apply to which contacts": All contacts, or Contacts matching criteria (all or any). */
export function CriteriaBuilder({
  applyTo,
  audience,
  workspace,
  readOnly,
  nodeId,
  problems,
  onChange,
}: Props) {
  // The field's own message ("no criteria are set"); a row's problem shows under that row.
  const problem = problemOnField(problems, nodeId, 'applyTo');
  const id = useId();
  // Rows survive a trip to "All contacts" and back within the session.
  const remembered = useRef<Criterion[]>(applyTo.mode === 'matching' ? applyTo.criteria : []);
  if (applyTo.mode === 'matching') remembered.current = applyTo.criteria;
  const errorId = `${id}-error`;

  return (
    <fieldset
      className="apply-to"
      data-field="applyTo"
      aria-describedby={problem ? errorId : undefined}
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
          rowField={applyToCriterionField}
          rowProblem={(i) => problemOnField(problems, nodeId, applyToCriterionField(i))}
          onChange={(match, criteria) => onChange({ mode: 'matching', match, criteria })}
        />
      )}
      {problem && (
        <FieldMessage
          id={errorId}
          message={problem.message}
          warning={problem.severity === 'warning'}
        />
      )}
    </fieldset>
  );
}
