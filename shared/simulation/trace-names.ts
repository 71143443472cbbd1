import type { Population } from './population';

/**
 * What a trace is called, so an imported account reads by its name (issue 17): "Acme (A1)" when a
 * column is mapped to the `name` attribute (with the account key beside it when that differs), else
 * "Account 1" / "Person 1". Profiles are numbered like the simulator lays them out: accounts in
 * first-seen order, people grouped by account.
 */
export function traceNames(
  population: Population,
  unit: 'account' | 'person',
  count: number,
): string[] {
  const fallback = (i: number) => `${unit === 'account' ? 'Account' : 'Person'} ${i + 1}`;
  const numbered = Array.from({ length: count }, (_, i) => fallback(i));
  if (population.kind !== 'csv' || count === 0) return numbered;
  const { rows, accountKey } = population;
  const keyOf = (r: number) =>
    accountKey === null ? String(r) : String(rows[r][accountKey] ?? '');
  // Accounts in first-seen order, each with its rows (people) in file order.
  const groups = new Map<string, number[]>();
  rows.forEach((_, r) => {
    const key = keyOf(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  });
  const nameAt = (r: number) => String(rows[r].name ?? '').trim();
  // In an account journey a name that differs between an account's people names a person, not the
  // account: it names the account when mapped at account level or the same on all its rows.
  const accountNamed = (group: number[]) =>
    accountKey === null ||
    population.accountColumns.includes('name') ||
    group.every((r) => nameAt(r) === nameAt(group[0]));
  const profiles =
    unit === 'account' ? [...groups.values()] : [...groups.values()].flat().map((r) => [r]);
  return numbered.map((label, i) => {
    const group = profiles[i];
    const row = group?.[0];
    const name = row === undefined ? '' : nameAt(row);
    if (name === '' || (unit === 'account' && !accountNamed(group))) return label;
    const key = unit === 'account' && accountKey !== null ? keyOf(row).trim() : '';
    return key && key !== name ? `${name} (${key})` : name;
  });
}
