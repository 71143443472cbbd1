import type { Criterion, Workspace } from '../../../shared/model';
import {
  attributeRef,
  attributesOf,
  OPERATORS,
  parseAttributeRef,
  takesValue,
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

const SCOPE_LABEL = { account: 'Account attributes', person: 'Person attributes' } as const;

/** One criterion: attribute (from the workspace), operator, value, remove. */
export function CriterionRow({
  index,
  criterion,
  scopes,
  workspace,
  readOnly,
  onChange,
  onRemove,
}: Props) {
  const n = index + 1;
  const ref = attributeRef(criterion);
  const known = scopes.some((s) =>
    attributesOf(workspace, s).some((a) => attributeRef({ scope: s, attribute: a.key }) === ref),
  );
  return (
    <div className="criterion" role="group" aria-label={`Criterion ${n}`}>
      <select
        aria-label={`Attribute of criterion ${n}`}
        value={ref}
        disabled={readOnly}
        onChange={(e) => onChange(parseAttributeRef(e.target.value))}
      >
        <option value="">Attribute…</option>
        {ref && !known && <option value={ref}>{`${criterion.attribute} (not found)`}</option>}
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
        {OPERATORS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {takesValue(criterion.operator) ? (
        <input
          aria-label={`Value of criterion ${n}`}
          value={criterion.value}
          maxLength={500}
          readOnly={readOnly}
          onChange={(e) => onChange({ value: e.target.value })}
        />
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
