import type { Audience, Criterion, Workspace } from '../../../shared/model';
import type { Problem } from '../../../shared/validation';
import {
  addCriterion,
  attributeScopes,
  blankCriterion,
  removeCriterion,
  updateCriterion,
} from './criteria-edit';
import { CriterionRow } from './CriterionRow';
import { useFocusNewRow } from '../../components/focus-new-row';

export type Match = 'all' | 'any';

interface Props {
  match: Match;
  criteria: Criterion[];
  audience: Audience;
  /** On a split path: what the split tests (a split by accounts offers account attributes only). */
  splitBy?: 'accounts' | 'people';
  workspace: Workspace;
  readOnly: boolean;
  onChange: (match: Match, criteria: Criterion[]) => void;
  /** A row's problem field and the one problem shown under it (split paths; "Apply to" has one message). */
  rowField?: (index: number) => string;
  rowProblem?: (index: number) => Problem | undefined;
  /** What the criteria belong to (a split path's name), said first in each row's control names. */
  owner?: string;
}

/** Match all / any, one row per criterion, and "Add criterion" — for "Apply to" and split paths alike. */
export function CriteriaList({
  match,
  criteria,
  audience,
  splitBy,
  workspace,
  readOnly,
  onChange,
  rowField,
  rowProblem,
  owner,
}: Props) {
  const scopes = attributeScopes(audience, splitBy);
  const newRow = useFocusNewRow<HTMLDivElement>(criteria.length, '.criterion');
  return (
    <div className="criteria" ref={newRow.container}>
      <label className="inline">
        Match
        <select
          value={match}
          disabled={readOnly}
          onChange={(e) => onChange(e.target.value === 'any' ? 'any' : 'all', criteria)}
        >
          <option value="all">all criteria</option>
          <option value="any">any criterion</option>
        </select>
      </label>
      {criteria.map((c, i) => (
        <CriterionRow
          key={i}
          index={i}
          criterion={c}
          scopes={scopes}
          workspace={workspace}
          readOnly={readOnly}
          onChange={(patch) => onChange(match, updateCriterion(criteria, i, patch))}
          onRemove={() => {
            newRow.expectRemoval(i);
            onChange(match, removeCriterion(criteria, i));
          }}
          field={rowField?.(i)}
          problem={rowProblem?.(i)}
          owner={owner}
        />
      ))}
      <button
        type="button"
        disabled={readOnly || criteria.length >= 50}
        onClick={() => {
          newRow.expect();
          onChange(match, addCriterion(criteria, blankCriterion(workspace, audience, splitBy)));
        }}
      >
        Add criterion
      </button>
    </div>
  );
}
