import type {
  CsvPopulation,
  Distribution,
  Scenario,
  SyntheticPopulation,
} from '../../../shared/simulation';
import { Column, isEmptyValue, toNumber } from './column';
import { Rng, streamSeed } from './rng';

/** Accounts with their people (CSR layout) and the attribute columns the journey reads. */
export interface SimPopulation {
  accounts: number;
  people: number;
  /** People of account a are personStart[a] .. personStart[a + 1] - 1. */
  personStart: Int32Array;
  personAccount: Int32Array;
  columns: Map<string, Column>;
  /** Attribute keys asked for that the population does not define. */
  missing: string[];
}

/** Column map key for an attribute. */
export const columnKey = (scope: 'account' | 'person', key: string): string => `${scope}.${key}`;

/** Builds the population, generating or importing only the attributes in `needed`. */
export function buildPopulation(scenario: Scenario, needed: Set<string>): SimPopulation {
  const p = scenario.population;
  return p.kind === 'synthetic' ? synthetic(p, scenario.seed, needed) : fromCsv(p, needed);
}

function layout(
  counts: Int32Array,
): Pick<SimPopulation, 'personStart' | 'personAccount' | 'people'> {
  const personStart = new Int32Array(counts.length + 1);
  for (let a = 0; a < counts.length; a++) personStart[a + 1] = personStart[a] + counts[a];
  const people = personStart[counts.length];
  const personAccount = new Int32Array(people);
  for (let a = 0; a < counts.length; a++) personAccount.fill(a, personStart[a], personStart[a + 1]);
  return { personStart, personAccount, people };
}

function synthetic(p: SyntheticPopulation, seed: number, needed: Set<string>): SimPopulation {
  const counts = new Int32Array(p.accounts);
  const { min, max } = p.peoplePerAccount;
  if (min === max) counts.fill(min);
  else {
    const rng = new Rng(streamSeed(seed, 'people'));
    for (let a = 0; a < p.accounts; a++) counts[a] = rng.int(min, max);
  }
  const pop: SimPopulation = {
    accounts: p.accounts,
    ...layout(counts),
    columns: new Map(),
    missing: [],
  };
  for (const key of [...needed].sort()) {
    const [scope, attr] = splitKey(key);
    const dist = (scope === 'account' ? p.accountAttributes : p.personAttributes)[attr];
    const size = scope === 'account' ? pop.accounts : pop.people;
    if (!dist) {
      pop.missing.push(key);
      pop.columns.set(key, new Column(scope, attr, 'cat', size));
      continue;
    }
    pop.columns.set(key, drawColumn(scope, attr, dist, size, new Rng(streamSeed(seed, key))));
  }
  return pop;
}

function drawColumn(
  scope: 'account' | 'person',
  attr: string,
  d: Distribution,
  size: number,
  rng: Rng,
): Column {
  if (d.kind === 'categorical') {
    const col = new Column(scope, attr, 'cat', size);
    const codes = d.values.map((v) => (isEmptyValue(v.value) ? -1 : col.intern(String(v.value))));
    const cum = new Float64Array(d.values.length);
    let acc = 0;
    d.values.forEach((v, i) => (cum[i] = acc += v.weight));
    for (let r = 0; r < size; r++) {
      const x = rng.float() * acc;
      let j = 0;
      while (j < cum.length - 1 && x >= cum[j]) j++;
      col.cat[r] = codes[j];
    }
    return col;
  }
  const col = new Column(scope, attr, 'num', size);
  for (let r = 0; r < size; r++) {
    let v: number;
    if (d.kind === 'uniform')
      v = d.integer
        ? rng.int(Math.ceil(d.min), Math.floor(d.max))
        : d.min + rng.float() * (d.max - d.min);
    else {
      v = d.mean + d.stdDev * rng.normal();
      if (d.min !== undefined && v < d.min) v = d.min;
      if (d.max !== undefined && v > d.max) v = d.max;
      if (d.integer) v = Math.round(v);
    }
    col.num[r] = v;
  }
  return col;
}

function fromCsv(p: CsvPopulation, needed: Set<string>): SimPopulation {
  const accountOf = new Int32Array(p.rows.length);
  const firstRow: number[] = [];
  if (p.accountKey === null) p.rows.forEach((_, i) => ((accountOf[i] = i), firstRow.push(i)));
  else {
    const ids = new Map<string, number>();
    p.rows.forEach((row, i) => {
      const id = String(row[p.accountKey ?? ''] ?? '');
      let a = ids.get(id);
      if (a === undefined) ids.set(id, (a = firstRow.push(i) - 1));
      accountOf[i] = a;
    });
  }
  // Rows are regrouped so that each account's people are contiguous, in first-seen order.
  const counts = new Int32Array(firstRow.length);
  for (const a of accountOf) counts[a]++;
  const pop: SimPopulation = {
    accounts: firstRow.length,
    ...layout(counts),
    columns: new Map(),
    missing: [],
  };
  const cursor = pop.personStart.slice(0, pop.accounts);
  const rowOfPerson = new Int32Array(p.rows.length);
  accountOf.forEach((a, i) => (rowOfPerson[cursor[a]++] = i));
  for (const key of [...needed].sort()) {
    const [scope, attr] = splitKey(key);
    const rows = scope === 'account' ? firstRow : Array.from(rowOfPerson);
    const values = rows.map((r) => p.rows[r][attr]);
    const known = p.rows.length > 0 && attr in p.rows[0];
    if (!known) pop.missing.push(key);
    const numeric = values.every((v) => isEmptyValue(v) || !Number.isNaN(toNumber(v)));
    const col = new Column(
      scope,
      attr,
      numeric && values.some((v) => !isEmptyValue(v)) ? 'num' : 'cat',
      values.length,
    );
    if (known) values.forEach((v, i) => col.set(i, v ?? null));
    pop.columns.set(key, col);
  }
  return pop;
}

function splitKey(key: string): ['account' | 'person', string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot) === 'account' ? 'account' : 'person', key.slice(dot + 1)];
}
