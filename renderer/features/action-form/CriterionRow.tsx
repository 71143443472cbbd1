import { useId } from 'react';
import { operatorFits, operatorLabel, type Criterion, type Workspace } from '../../../shared/model';
import {
  CRITERION_OPERATOR_UNFIT,
  CRITERION_SCOPE_UNUSED,
  type Problem,
} from '../../../shared/validation';
import { FieldMessage } from './FieldFrame';
import {
  attributeDefOf,
  attributeRef,
  attributesOf,
  attributeTypeOf,
  operatorsFor,
  parseAttributeRef,
  takesValue,
  withAttribute,
} from './criteria-edit';

interface Props {
  index: number;
  criterion: Criterion;
  scopes: Criterion['scope'][];
  workspace: Workspace;
  readOnly: boolean;
  onChange: (patch: Partial<Criterion>) => void;
  onRemove: () => void;
  /** The one problem this row shows under it (the Problems list's words), if any. */
  problem?: Problem;
  /** The problem field of this row (`paths.<id>.criteria.<n>`): the Problems list focuses it. */
  field?: string;
  /** What the criteria belong to (a split path's name), said first in every control's name. */
  owner?: string;
}

type Part = 'attribute' | 'operator' | 'value';

/** The control a row's problem is about: where the message points and the Problems list focuses. */
function partOf(problem: Problem | undefined, known: boolean, hasValue: boolean): Part {
  if (problem?.code === CRITERION_OPERATOR_UNFIT) return 'operator';
  if (problem?.code === CRITERION_SCOPE_UNUSED || (problem && !known)) return 'attribute';
  return hasValue ? 'value' : 'operator';
}

/** The picker's group headings (optgroup labels are their accessible names). */
const SCOPE_LABEL = { account: 'Account', person: 'Person' } as const;

/** How the picker shows an attribute it does not offer here (kept so nothing is lost). */
function unofferedLabel(criterion: Criterion, workspace: Workspace): string {
  const def = attributeDefOf(workspace, criterion);
  return def
    ? `${def.label} (${criterion.scope} attribute, not tested here)`
    : `${criterion.attribute} (not found)`;
}

/**
 * One criterion: attribute (from the workspace, under Account and Person), operator, value, remove.
 * The value is a combobox when the workspace knows the attribute's values: it suggests them and
 * still takes another (a "contains" part, a value the list lacks), which validation then warns about.
 */
export function CriterionRow({
  index,
  criterion,
  scopes,
  workspace,
  readOnly,
  onChange,
  onRemove,
  problem,
  field,
  owner,
}: Props) {
  const listId = useId();
  const messageId = `${listId}-message`;
  const n = index + 1;
  // Rows of several paths sit in one panel: "Tech accounts: attribute of criterion 1", not one
  // "Attribute of criterion 1" per path.
  const named = (what: string) =>
    owner ? `${owner}: ${what.charAt(0).toLowerCase()}${what.slice(1)}` : what;
  const ref = attributeRef(criterion);
  const known = scopes.some((s) =>
    attributesOf(workspace, s).some((a) => attributeRef({ scope: s, attribute: a.key }) === ref),
  );
  const values = attributeDefOf(workspace, criterion)?.values ?? [];
  const type = attributeTypeOf(workspace, criterion);
  // An operator the type does not offer (an imported journey) stays shown, so nothing is lost.
  const unfit = !operatorFits(type, criterion.operator);
  const part = partOf(problem, known, takesValue(criterion.operator));
  const error = problem?.severity === 'error';
  // The control the problem is about: named by the field, described by the message, invalid on an error.
  const about = (p: Part) =>
    p === part
      ? {
          'data-field': field,
          'aria-invalid': problem && error ? true : undefined,
          'aria-describedby': problem ? messageId : undefined,
        }
      : {};
  return (
    <>
      <div className="criterion" role="group" aria-label={named(`Criterion ${n}`)}>
        <select
          {...about('attribute')}
          aria-label={named(`Attribute of criterion ${n}`)}
          value={ref}
          disabled={readOnly}
          onChange={(e) =>
            onChange(withAttribute(workspace, criterion, parseAttributeRef(e.target.value)))
          }
        >
          <option value="">Attribute…</option>
          {ref && !known && <option value={ref}>{unofferedLabel(criterion, workspace)}</option>}
          {scopes.map((scope) => (
            <optgroup key={scope} label={SCOPE_LABEL[scope]}>
              {attributesOf(workspace, scope).map((a) => (
                <option key={a.key} value={attributeRef({ scope, attribute: a.key })}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <select
          {...about('operator')}
          aria-label={named(`Operator of criterion ${n}`)}
          value={criterion.operator}
          disabled={readOnly}
          onChange={(e) => onChange({ operator: e.target.value as Criterion['operator'] })}
        >
          {unfit && (
            <option value={criterion.operator}>
              {`${operatorLabel(criterion.operator)} (does not apply)`}
            </option>
          )}
          {operatorsFor(type).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {takesValue(criterion.operator) ? (
          <>
            <input
              {...about('value')}
              aria-label={named(`Value of criterion ${n}`)}
              // A date picker for dates (a saved value it cannot show stays in a text box).
              type={
                type === 'date' && /^(\d{4}-\d{2}-\d{2})?$/.test(criterion.value) ? 'date' : 'text'
              }
              inputMode={type === 'number' ? 'decimal' : undefined}
              value={criterion.value}
              maxLength={500}
              readOnly={readOnly}
              list={values.length > 0 ? listId : undefined}
              placeholder={values.length > 0 ? 'Choose or type a value' : undefined}
              onChange={(e) => onChange({ value: e.target.value })}
            />
            {values.length > 0 && (
              <datalist id={listId}>
                {values.map((v) => (
                  <option key={v} value={v} />
                ))}
              </datalist>
            )}
          </>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="icon"
          aria-label={named(`Remove criterion ${n}`)}
          disabled={readOnly}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      {problem && <FieldMessage id={messageId} message={problem.message} warning={!error} />}
    </>
  );
}
