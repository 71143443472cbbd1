import type { Column } from './column';
import type { DataKeyStore } from './datakeys';

/** A variable a template reads: an attribute column or a data key. */
export type VarRef =
  | { root: 'account' | 'person'; key: string; col: Column }
  | { root: 'journey'; key: string; store: DataKeyStore };

/** Where one profile stands: its account, its person (-1 = the account's first person), its unit row and its group (-1 = whole account). */
export interface ProfileRow {
  acc: number;
  person: number;
  unit: number;
  /** The split-by-people path of the token's group of people, or -1 when it carries the whole account. */
  group: number;
}

/** The Liquid scope for a profile, holding only the variables the template reads (slow path). */
export function buildScope(
  refs: VarRef[],
  row: ProfileRow,
  personStart: Int32Array,
): Record<string, Record<string, unknown>> {
  const scope: Record<string, Record<string, unknown>> = { account: {}, person: {}, journey: {} };
  const person = personOf(row, personStart);
  for (const r of refs) {
    if (r.root === 'journey') scope.journey[r.key] = r.store.valueOf(row.unit);
    else if (r.root === 'account') scope.account[r.key] = r.col.get(row.acc);
    else if (person >= 0) scope.person[r.key] = r.col.get(person);
  }
  return scope;
}

/** The row a `person.*` variable reads: the profile's person, else the account's first person (-1 if none). */
function personOf(row: ProfileRow, personStart: Int32Array): number {
  if (row.person >= 0) return row.person;
  return personStart[row.acc] < personStart[row.acc + 1] ? personStart[row.acc] : -1;
}

/** The code of a variable's current value for memoising (-1 when it has no finite domain). */
export function varCode(r: VarRef, row: ProfileRow, personStart: Int32Array): number {
  if (r.root === 'journey') return r.store.dynamic ? -1 : r.store.cell[row.unit] + 1;
  if (r.col.kind !== 'cat') return -1;
  if (r.root === 'account') return r.col.cat[row.acc] + 1;
  const person = personOf(row, personStart);
  return person < 0 ? 0 : r.col.cat[person] + 1;
}

/**
 * A number that stands for a variable's current value, one-to-one (a category or data-key code,
 * or the number itself; NaN when empty, -Infinity with no person): a memo key without a scope.
 */
export function varValueKey(r: VarRef, row: ProfileRow, personStart: Int32Array): number {
  if (r.root === 'journey') return r.store.cell[row.unit];
  const at = r.root === 'account' ? row.acc : personOf(row, personStart);
  if (at < 0) return -Infinity;
  return r.col.kind === 'cat' ? r.col.cat[at] : r.col.num[at];
}

/** Size of a variable's value domain, or 0 when unbounded. */
export function varDomain(r: VarRef): number {
  if (r.root === 'journey') return r.store.dynamic ? 0 : r.store.values.length + 1;
  return r.col.kind === 'cat' ? r.col.dict.length + 1 : 0;
}
