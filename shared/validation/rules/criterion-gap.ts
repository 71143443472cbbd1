import type { Criterion, Workspace } from '../../model';

const NO_VALUE = new Set<Criterion['operator']>(['isEmpty', 'isNotEmpty']);

/**
 * What a criterion lacks to mean something (no attribute, an attribute the workspace does not
 * have, no value), named by the attribute's label as the picker shows it; undefined when complete.
 * One rule for "Apply to which contacts" and split paths.
 */
export function criterionGap(c: Criterion, ws: Workspace): string | undefined {
  if (c.attribute.trim() === '') return 'a criterion has no attribute';
  const attrs = c.scope === 'account' ? ws.accountAttributes : ws.personAttributes;
  const attribute = attrs.find((a) => a.key === c.attribute);
  if (!attribute) {
    const kind = c.scope === 'account' ? 'an account' : 'a person';
    return `"${c.attribute}" is not ${kind} attribute of this workspace`;
  }
  if (!NO_VALUE.has(c.operator) && c.value.trim() === '')
    return `"${attribute.label}" has no value`;
  return undefined;
}
