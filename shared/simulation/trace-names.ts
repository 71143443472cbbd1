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
  // In an account journey a person-level name would name someone, not the account.
  const accountName = accountKey === null || population.accountColumns.includes('name');
  const profileRows =
    unit === 'account' ? [...groups.values()].map((g) => g[0]) : [...groups.values()].flat();
  return numbered.map((label, i) => {
    const row = profileRows[i];
    const name = row === undefined ? '' : String(rows[row].name ?? '').trim();
    if (name === '' || (unit === 'account' && !accountName)) return label;
    const key = unit === 'account' && accountKey !== null ? keyOf(row).trim() : '';
    return key && key !== name ? `${name} (${key})` : name;
  });
}
