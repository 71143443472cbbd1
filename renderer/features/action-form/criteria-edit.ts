import {
  criteriaScopes,
  OPERATORS_BY_TYPE,
  operatorFits,
  takesValue,
  type ApplyTo,
  type AttributeType,
  type Criterion,
  type Workspace,
} from '../../../shared/model';

export { takesValue };

/** The type of a criterion's attribute; text while the workspace does not know it. */
export function attributeTypeOf(workspace: Workspace, c: Pick<Criterion, 'scope' | 'attribute'>) {
  return attributeDefOf(workspace, c)?.type ?? 'string';
}

/** The operators the picker offers for an attribute type. */
export const operatorsFor = (type: AttributeType) => OPERATORS_BY_TYPE[type];

/**
 * Another attribute chosen: an operator its type does not offer is reset to the type's first
 * ("is", "is true"), and a value the new operator does not use is dropped.
 */
export function withAttribute(
  workspace: Workspace,
  c: Criterion,
  ref: Pick<Criterion, 'scope' | 'attribute'>,
): Partial<Criterion> {
  const type = attributeTypeOf(workspace, ref);
  if (operatorFits(type, c.operator)) return ref;
  const operator = OPERATORS_BY_TYPE[type][0].value;
  return { ...ref, operator, value: takesValue(operator) ? c.value : '' };
}

/** A select value naming an attribute of a scope: `person:email`. */
export function attributeRef(c: Pick<Criterion, 'scope' | 'attribute'>): string {
  return c.attribute ? `${c.scope}:${c.attribute}` : '';
}

/** The scope and attribute a select value names. */
export function parseAttributeRef(ref: string): Pick<Criterion, 'scope' | 'attribute'> {
  const [scope, ...rest] = ref.split(':');
  return { scope: scope === 'account' ? 'account' : 'person', attribute: rest.join(':') };
}

/** Attribute scopes a journey's criteria may use (shared with validation): see `criteriaScopes`. */
export const attributeScopes = criteriaScopes;

/** A new empty row, on the first attribute of the first scope so the row is useful at once. */
export function blankCriterion(
  workspace: Workspace,
  audience: 'account' | 'people',
  splitBy?: 'accounts' | 'people',
): Criterion {
  const scopes = attributeScopes(audience, splitBy);
  const scope = scopes.find((s) => attributesOf(workspace, s).length > 0) ?? scopes[0];
  const first = attributesOf(workspace, scope)[0];
  const operator = OPERATORS_BY_TYPE[first?.type ?? 'string'][0].value;
  return { scope, attribute: first?.key ?? '', operator, value: '' };
}

/** The attributes of one scope. */
export function attributesOf(workspace: Workspace, scope: Criterion['scope']) {
  return scope === 'account' ? workspace.accountAttributes : workspace.personAttributes;
}

/** All contacts, or Contacts matching criteria (keeping rows already written when switching back). */
export function setMode(
  applyTo: ApplyTo,
  mode: ApplyTo['mode'],
  remembered: Criterion[] = [],
): ApplyTo {
  if (mode === applyTo.mode) return applyTo;
  return mode === 'all'
    ? { mode: 'all' }
    : { mode: 'matching', match: 'all', criteria: remembered };
}

/** Adds a row at the end. */
export function addCriterion(criteria: readonly Criterion[], row: Criterion): Criterion[] {
  return [...criteria, row];
}

/** Changes one row; a value-less operator drops the value it no longer uses. */
export function updateCriterion(
  criteria: readonly Criterion[],
  index: number,
  patch: Partial<Criterion>,
): Criterion[] {
  return criteria.map((c, i) => {
    if (i !== index) return c;
    const next = { ...c, ...patch };
    return takesValue(next.operator) ? next : { ...next, value: '' };
  });
}

/** Removes one row. */
export function removeCriterion(criteria: readonly Criterion[], index: number): Criterion[] {
  return criteria.filter((_, i) => i !== index);
}

/** The workspace's definition of a criterion's attribute, if it has one. */
export function attributeDefOf(workspace: Workspace, c: Pick<Criterion, 'scope' | 'attribute'>) {
  return attributesOf(workspace, c.scope).find((a) => a.key === c.attribute);
}
