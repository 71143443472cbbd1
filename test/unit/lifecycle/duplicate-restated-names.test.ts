import { describe, expect, it } from 'vitest';
import { resetNodeSettings } from '../../../shared/lifecycle';
import type { Criterion, NodeOf } from '../../../shared/model';

// Seed 002, Duplicate without details: "All node settings and path conditions are undefined
// (default)". Names that stated those settings follow them back to the defaults; labels stay.

const p = { x: 0, y: 0 };
const random = (name: string, paths: [string, number][]): NodeOf<'randomSplit'> => ({
  id: 'rs',
  type: 'randomSplit',
  name,
  position: p,
  settings: { paths: paths.map(([n, percent], i) => ({ id: `p${i}`, name: n, percent })) },
});
const names = (n: ReturnType<typeof resetNodeSettings>) =>
  n.type === 'randomSplit' || n.type === 'split'
    ? [n.name, ...n.settings.paths.map((x) => x.name)]
    : [n.name];

describe('Duplicate without details: names that stated the old settings', () => {
  it('a Random 70/30 with "Group A 70%" / "Group B 30%" becomes a Random split with Path A / Path B at 50/50', () => {
    const copy = resetNodeSettings(
      random('Random 70/30', [
        ['Group A 70%', 70],
        ['Group B 30%', 30],
      ]),
    );
    expect(names(copy)).toEqual(['Random split', 'Path A', 'Path B']);
    expect(copy.type === 'randomSplit' && copy.settings.paths.map((x) => x.percent)).toEqual([
      50, 50,
    ]);
  });

  it('keeps names without numbers, and names whose percent the reset did not change', () => {
    const labels = random('Holdout test', [
      ['Control', 70],
      ['Treatment', 30],
    ]);
    expect(names(resetNodeSettings(labels))).toEqual(['Holdout test', 'Control', 'Treatment']);
    const even = random('Even 50/50', [
      ['Half 50%', 50],
      ['Other half 50%', 50],
    ]);
    expect(names(resetNodeSettings(even))).toEqual(['Even 50/50', 'Half 50%', 'Other half 50%']);
  });

  it('never gives two paths the same default name', () => {
    const copy = resetNodeSettings(
      random('Random split', [
        ['Path B', 70],
        ['20 percent', 20],
        ['10%', 10],
      ]),
    );
    // Path B is a kept label; the others take the first free letters from their place on.
    expect(names(copy)).toEqual(['Random split', 'Path B', 'Path C', 'Path D']);
  });

  it('a Split path name that restated a cleared condition goes back to "Path n"; a label stays', () => {
    const big: Criterion = {
      scope: 'account',
      attribute: 'employees',
      operator: 'greaterThan',
      value: '500',
    };
    const retail: Criterion = {
      scope: 'account',
      attribute: 'industry',
      operator: 'equals',
      value: 'Retail',
    };
    const split: NodeOf<'split'> = {
      id: 's',
      type: 'split',
      name: 'By size',
      position: p,
      settings: {
        splitBy: 'accounts',
        paths: [
          { id: 'a', name: 'Employees > 500', match: 'all', criteria: [big] },
          { id: 'b', name: 'Retail accounts', match: 'all', criteria: [retail] },
          { id: 'c', name: 'Big accounts', match: 'all', criteria: [big] },
        ],
      },
    };
    // "Retail accounts" only borrows the value: a label, kept.
    expect(names(resetNodeSettings(split))).toEqual([
      'By size',
      'Path 1',
      'Retail accounts',
      'Big accounts',
    ]);
  });

  const crit = (attribute: string, operator: Criterion['operator'], value = ''): Criterion => ({
    scope: 'account',
    attribute,
    operator,
    value,
  });
  const splitOf = (name: string, paths: [string, Criterion][]): NodeOf<'split'> => ({
    id: 's',
    type: 'split',
    name,
    position: p,
    settings: {
      splitBy: 'accounts',
      paths: paths.map(([n, c], i) => ({ id: `p${i}`, name: n, match: 'all', criteria: [c] })),
    },
  });
  const emea = crit('region', 'equals', 'EMEA');

  it('a split named after its attribute ("Region") and a path after its value ("EMEA") keep their names', () => {
    expect(names(resetNodeSettings(splitOf('Region', [['EMEA', emea]])))).toEqual([
      'Region',
      'EMEA',
    ]);
    expect(names(resetNodeSettings(splitOf('EMEA region', [['Region', emea]])))).toEqual([
      'EMEA region',
      'Region',
    ]);
  });

  it('names that state the condition ("Region is EMEA") go back to the defaults', () => {
    const copy = resetNodeSettings(
      splitOf('Split on Region is EMEA', [
        ['Region is EMEA', emea],
        ['region: "EMEA"', emea],
        ['Region = EMEA accounts', emea],
      ]),
    );
    expect(names(copy)).toEqual(['Split path', 'Path 1', 'Path 2', 'Path 3']);
  });

  it('reads the operator as the criteria builder words it, for every attribute type', () => {
    const copy = resetNodeSettings(
      splitOf('Sizes', [
        ['Number of employees is greater than 500', crit('employees', 'greaterThan', '500')],
        ['Annual revenue > 1000000', crit('annualRevenue', 'greaterThan', '1000000')],
        ['Email is empty', crit('email', 'isEmpty')],
        ['Renewal is before 2027-01-01', crit('renewal', 'lessThan', '2027-01-01')],
        ['Region is not EMEA', emea], // says the opposite of the criterion: a label
        ['Employees 500+', crit('employees', 'greaterThan', '500')], // no operator: a label
      ]),
    );
    expect(names(copy)).toEqual([
      'Sizes',
      'Path 1',
      'Path 2',
      'Path 3',
      'Path 4',
      'Region is not EMEA',
      'Employees 500+',
    ]);
  });
});
