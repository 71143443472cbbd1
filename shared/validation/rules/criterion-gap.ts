import {
  ATTRIBUTE_TYPE_WORDS,
  criteriaScopes,
  operatorFits,
  operatorLabel,
  takesValue,
  type AttributeDef,
  type Criterion,
  type Workspace,
} from '../../model';

const attributeOf = (c: Criterion, ws: Workspace) =>
  (c.scope === 'account' ? ws.accountAttributes : ws.personAttributes).find(
    (a) => a.key === c.attribute,
  );

/**
 * What a criterion lacks to mean something (no attribute, an attribute the workspace does not
 * have, no value), named by the attribute's label as the picker shows it; undefined when complete.
 * One rule for "Apply to which contacts" and split paths.
 */
export function criterionGap(c: Criterion, ws: Workspace): string | undefined {
  if (c.attribute.trim() === '') return 'a criterion has no attribute';
  const attribute = attributeOf(c, ws);
  if (!attribute) {
    const kind = c.scope === 'account' ? 'an account' : 'a person';
    return `"${c.attribute}" is not ${kind} attribute of this workspace`;
  }
  if (takesValue(c.operator) && c.value.trim() === '') return `"${attribute.label}" has no value`;
  return undefined;
}

/**
 * An operator the attribute's type does not offer ("is greater than" on a text attribute, as an
 * imported journey may hold), named by the attribute's label; undefined when it fits.
 */
export function criterionOperatorUnfit(c: Criterion, ws: Workspace): string | undefined {
  const attribute = attributeOf(c, ws);
  if (!attribute || operatorFits(attribute.type, c.operator)) return undefined;
  const type = ATTRIBUTE_TYPE_WORDS[attribute.type];
  return `"${attribute.label}" is a ${type} attribute; "${operatorLabel(c.operator)}" does not apply to it`;
}

/** A number as people type it: 250, -3, 1.5 (no units, no thousands separators). */
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** A calendar date as the date picker writes it: 2026-11-30, a day that exists. */
function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * A value an attribute's type cannot hold ("lots" for Number of employees, "soon" for a date),
 * named by the attribute's label; undefined when it fits. One check for split criteria and for
 * the new value of a Change Data Value action.
 */
export function attributeValueUnfit(attribute: AttributeDef, value: string): string | undefined {
  if (attribute.type === 'number' && !NUMBER.test(value))
    return `"${attribute.label}" is a number attribute; "${value}" is not a number`;
  if (attribute.type === 'date' && !isDate(value))
    return `"${attribute.label}" is a date attribute; "${value}" is not a date (year-month-day, e.g. 2026-03-31)`;
  return undefined;
}

/**
 * A criterion value its attribute's type cannot hold (`attributeValueUnfit`); undefined when it
 * fits or is empty (a gap, said by `criterionGap`). True/false attributes take no value: their
 * operators ("is true", "is false") say it, and another operator is `criterionOperatorUnfit`'s error.
 */
export function criterionValueUnfit(c: Criterion, ws: Workspace): string | undefined {
  const attribute = attributeOf(c, ws);
  const value = c.value.trim();
  if (!attribute || !takesValue(c.operator) || value === '') return undefined;
  return attributeValueUnfit(attribute, value);
}

/**
 * An "is" / "is not" value the workspace does not list among the attribute's known values
 * (compared as the simulator compares text: trimmed, ignoring case). "contains" and the number
 * comparisons take partial or numeric values, so they are not checked.
 */
export function criterionValueUnknown(c: Criterion, ws: Workspace): string | undefined {
  if (c.operator !== 'equals' && c.operator !== 'notEquals') return undefined;
  const attribute = attributeOf(c, ws);
  const value = c.value.trim().toLowerCase();
  if (!attribute?.values?.length || value === '') return undefined;
  if (attribute.values.some((v) => v.trim().toLowerCase() === value)) return undefined;
  return `"${attribute.label}" value "${c.value.trim()}" is not one of its known values`;
}

/** A criterion on an attribute the split does not test: a person attribute in a split by accounts. */
export function criterionScopeUnused(
  c: Criterion,
  ws: Workspace,
  audience: 'account' | 'people',
  splitBy: 'accounts' | 'people',
): string | undefined {
  if (splitBy !== 'accounts' || criteriaScopes(audience, splitBy).includes(c.scope))
    return undefined;
  const label = attributeOf(c, ws)?.label ?? c.attribute;
  return `"${label}" is a person attribute; a split by accounts tests account attributes only`;
}
