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
  /** Global index of this part's first account and first person (0 unless partitioned). */
  accountOffset: number;
  personOffset: number;
}

/** A contiguous range of accounts [from, to) simulated by one worker. */
export interface AccountRange {
  from: number;
  to: number;
}

/** Column map key for an attribute. */
export const columnKey = (scope: 'account' | 'person', key: string): string => `${scope}.${key}`;

/**
 * Builds the population (or, given `range`, the accounts of one partition),
 * generating or importing only the attributes in `needed`. Each synthetic account and person
 * draws from its own stream (seed, attribute, account, rank in the account), so a partition holds
 * exactly the rows the whole population would.
 */
export function buildPopulation(
  scenario: Scenario,
  needed: Set<string>,
  range?: AccountRange,
): SimPopulation {
  const p = scenario.population;
  if (p.kind !== 'synthetic') return fromCsv(p, needed, range);
  return synthetic(p, scenario.seed, needed, range ?? { from: 0, to: p.accounts });
}

/** How many accounts the population holds (what partitions divide). */
export function accountCount(scenario: Scenario): number {
  const p = scenario.population;
  if (p.kind === 'synthetic') return p.accounts;
  if (p.accountKey === null) return p.rows.length;
  return new Set(p.rows.map((row) => String(row[p.accountKey ?? ''] ?? ''))).size;
}

function layout(
  counts: Int32Array,
): Pick<SimPopulation, 'personStart' | 'personAccount' | 'people'> {
  const personStart = new Int32Array(counts.length + 1);
  for (let a = 0; a < counts.length; a++) personStart[a + 1] = personStart[a] + counts[a];
  const people = personStart[counts.length];
  const personAccount = new Int32Array(people);
  // A loop, not fill() per account: a million calls for two or three people each cost more.
  for (let a = 0; a < counts.length; a++)
    for (let p = personStart[a]; p < personStart[a + 1]; p++) personAccount[p] = a;
  return { personStart, personAccount, people };
}

function synthetic(
  p: SyntheticPopulation,
  seed: number,
  needed: Set<string>,
  range: AccountRange,
): SimPopulation {
  const { min, max } = p.peoplePerAccount;
  const rng = new Rng();
  const peopleSeed = streamSeed(seed, 'people');
  const countOf = (a: number) => (min === max ? min : rng.at(peopleSeed, a).int(min, max));
  let personOffset = 0;
  for (let a = 0; a < range.from; a++) personOffset += countOf(a);
  const counts = new Int32Array(range.to - range.from);
  for (let a = 0; a < counts.length; a++) counts[a] = countOf(range.from + a);
  const pop: SimPopulation = {
    accounts: counts.length,
    ...layout(counts),
    columns: new Map(),
    missing: [],
    accountOffset: range.from,
    personOffset,
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
    pop.columns.set(key, drawColumn(scope, attr, dist, pop, streamSeed(seed, key)));
  }
  return pop;
}

/** Positions `rng` on the stream of each row in turn: an account, or a person by (account, rank). */
function rowStreams(
  scope: 'account' | 'person',
  pop: SimPopulation,
  base: number,
  draw: (row: number, rng: Rng) => void,
): void {
  const rng = new Rng();
  const { personStart, accountOffset } = pop;
  for (let a = 0; a < pop.accounts; a++) {
    if (scope === 'account') draw(a, rng.at(base, accountOffset + a));
    else
      for (let r = personStart[a]; r < personStart[a + 1]; r++)
        draw(r, rng.at(base, accountOffset + a, r - personStart[a]));
  }
}

function drawColumn(
  scope: 'account' | 'person',
  attr: string,
  d: Distribution,
  pop: SimPopulation,
  base: number,
): Column {
  const size = scope === 'account' ? pop.accounts : pop.people;
  if (d.kind === 'categorical') {
    const col = new Column(scope, attr, 'cat', size);
    const codes = d.values.map((v) => (isEmptyValue(v.value) ? -1 : col.intern(String(v.value))));
    const cum = new Float64Array(d.values.length);
    let acc = 0;
    d.values.forEach((v, i) => (cum[i] = acc += v.weight));
    rowStreams(scope, pop, base, (r, rng) => {
      const x = rng.float() * acc;
      let j = 0;
      while (j < cum.length - 1 && x >= cum[j]) j++;
      col.cat[r] = codes[j];
    });
    return col;
  }
  if (d.kind === 'dates') return drawDates(scope, attr, d, pop, base);
  const col = new Column(scope, attr, 'num', size);
  rowStreams(scope, pop, base, (r, rng) => {
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
  });
  return col;
}

const DAY_MS = 86_400_000;

/** A date attribute: each row a day drawn evenly from `from` to `to`, as "YYYY-MM-DD" text. */
function drawDates(
  scope: 'account' | 'person',
  attr: string,
  d: Extract<Distribution, { kind: 'dates' }>,
  pop: SimPopulation,
  base: number,
): Column {
  const col = new Column(scope, attr, 'cat', scope === 'account' ? pop.accounts : pop.people);
  const first = Date.parse(`${d.from}T00:00:00Z`) / DAY_MS;
  const last = Date.parse(`${d.to}T00:00:00Z`) / DAY_MS;
  // One code per day, interned as drawn; criteria compare the text as a date.
  const codes = new Map<number, number>();
  rowStreams(scope, pop, base, (r, rng) => {
    const day = rng.int(first, last);
    let code = codes.get(day);
    if (code === undefined) {
      code = col.intern(new Date(day * DAY_MS).toISOString().slice(0, 10));
      codes.set(day, code);
    }
    col.cat[r] = code;
  });
  return col;
}

function fromCsv(p: CsvPopulation, needed: Set<string>, range?: AccountRange): SimPopulation {
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
  // Rows are regrouped so that each account's people are contiguous, in first-seen order; a
  // partition keeps the accounts of its range.
  const { from, to } = range ?? { from: 0, to: firstRow.length };
  const all = new Int32Array(firstRow.length);
  for (const a of accountOf) all[a]++;
  let personOffset = 0;
  for (let a = 0; a < from; a++) personOffset += all[a];
  const pop: SimPopulation = {
    accounts: to - from,
    ...layout(all.slice(from, to)),
    columns: new Map(),
    missing: [],
    accountOffset: from,
    personOffset,
  };
  const cursor = pop.personStart.slice(0, pop.accounts);
  const rowOfPerson = new Int32Array(pop.people);
  accountOf.forEach((a, i) => {
    if (a >= from && a < to) rowOfPerson[cursor[a - from]++] = i;
  });
  const accountRows = firstRow.slice(from, to);
  for (const key of [...needed].sort()) {
    const [scope, attr] = splitKey(key);
    const known = p.rows.length > 0 && attr in p.rows[0];
    if (!known) pop.missing.push(key);
    // The column type is decided on every row, so each partition agrees on it.
    const everyRow = scope === 'account' ? firstRow : Array.from(accountOf.keys());
    const numeric = everyRow.every((r) => {
      const v = p.rows[r][attr];
      return isEmptyValue(v) || !Number.isNaN(toNumber(v));
    });
    const anyValue = everyRow.some((r) => !isEmptyValue(p.rows[r][attr]));
    const rows = scope === 'account' ? accountRows : Array.from(rowOfPerson);
    const col = new Column(scope, attr, numeric && anyValue ? 'num' : 'cat', rows.length);
    if (known) rows.forEach((r, i) => col.set(i, p.rows[r][attr] ?? null));
    pop.columns.set(key, col);
  }
  return pop;
}

/** The scope and attribute of a column key (`account.tier` → account, tier). */
export function splitKey(key: string): ['account' | 'person', string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot) === 'account' ? 'account' : 'person', key.slice(dot + 1)];
}
