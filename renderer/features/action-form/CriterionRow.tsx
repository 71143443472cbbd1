import { useId } from 'react';
import { operatorFits, operatorLabel, type Criterion, type Workspace } from '../../../shared/model';
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
}: Props) {
  const listId = useId();
  const n = index + 1;
  const ref = attributeRef(criterion);
  const known = scopes.some((s) =>
    attributesOf(workspace, s).some((a) => attributeRef({ scope: s, attribute: a.key }) === ref),
  );
  const values = attributeDefOf(workspace, criterion)?.values ?? [];
  const type = attributeTypeOf(workspace, criterion);
  // An operator the type does not offer (an imported journey) stays shown, so nothing is lost.
  const unfit = !operatorFits(type, criterion.operator);
  return (
    <div className="criterion" role="group" aria-label={`Criterion ${n}`}>
      <select
        aria-label={`Attribute of criterion ${n}`}
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
        aria-label={`Operator of criterion ${n}`}
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
            aria-label={`Value of criterion ${n}`}
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
        aria-label={`Remove criterion ${n}`}
        disabled={readOnly}
        onClick={onRemove}
      >
        ×
      </button>
    </div>
  );
}
