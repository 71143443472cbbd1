import { describe, expect, it } from 'vitest';
import { problemLine } from '../../../renderer/features/editor/problems/problem-line';
import { fieldProblem, unplacedProblems } from '../../../renderer/features/inspector/inline-fields';
import type { Criterion, NodeOf } from '../../../shared/model';
import {
  CRITERION_OPERATOR_UNFIT,
  CRITERION_SCOPE_UNUSED,
  CRITERION_VALUE_UNFIT,
  CRITERION_VALUE_UNKNOWN,
  criterionField,
  hasErrors,
  validateJourney,
} from '../../../shared/validation';
import { makeWorkspace } from '../helpers/workspace-builder';
import { applyToJourney, splitJourney } from './fixtures';

const ws = makeWorkspace({
  accountAttributes: [
    { key: 'employees', label: 'Number of employees', type: 'number' },
    { key: 'renewal', label: 'Renewal date', type: 'date' },
    { key: 'tier', label: 'Account tier', type: 'string', values: ['Strategic', 'SMB'] },
    { key: 'partner', label: 'Is a partner', type: 'boolean' },
  ],
  personAttributes: [{ key: 'leadScore', label: 'Lead score', type: 'number' }],
});

const crit = (attribute: string, value: string, operator = 'equals') =>
  ({ scope: 'account', attribute, operator, value }) as Criterion;

const split = (...criteria: Criterion[]) => splitJourney('accounts', criteria);
const unfitOf = (j: ReturnType<typeof split>) =>
  validateJourney(j, ws).filter((p) => p.code === CRITERION_VALUE_UNFIT);

describe('criteria values against their attribute’s type (issue #19)', () => {
  it('refuses text in a number attribute with an error naming the attribute by its label, which blocks Publish', () => {
    const j = split(crit('employees', 'lots'));
    expect(unfitOf(j)).toEqual([
      {
        code: CRITERION_VALUE_UNFIT,
        severity: 'error',
        nodeId: 's',
        field: criterionField('p1', 0),
        message:
          'Path "Big ones": "Number of employees" is a number attribute; "lots" is not a number',
      },
    ]);
    expect(hasErrors(validateJourney(j, ws))).toBe(true);
  });

  it('takes whole, negative and decimal numbers, compared or matched', () => {
    for (const value of ['250', '-3', '1.5', ' 42 '])
      for (const op of ['equals', 'greaterThan', 'lessThan'])
        expect(unfitOf(split(crit('employees', value, op)))).toEqual([]);
    for (const value of ['1,000', '10k', '5 people', '--1'])
      expect(unfitOf(split(crit('employees', value, 'greaterThan')))).toHaveLength(1);
  });

  it('refuses a date attribute value that is not a real year-month-day date', () => {
    expect(unfitOf(split(crit('renewal', '2026-03-31', 'lessThan')))).toEqual([]);
    for (const value of ['soon', '31/03/2026', '2026-02-30']) {
      expect(unfitOf(split(crit('renewal', value, 'greaterThan'))).map((p) => p.message)).toEqual([
        `Path "Big ones": "Renewal date" is a date attribute; "${value}" is not a date (year-month-day, e.g. 2026-03-31)`,
      ]);
    }
  });

  it('gives a true/false attribute no value to type: "is lots" on it is an unfit operator, not a second message', () => {
    const problems = validateJourney(split(crit('partner', 'lots', 'equals')), ws);
    expect(problems.filter((p) => p.field === criterionField('p1', 0))).toMatchObject([
      { code: CRITERION_OPERATOR_UNFIT, severity: 'error' },
    ]);
    expect(unfitOf(split(crit('partner', '', 'isTrue')))).toEqual([]);
  });

  it('leaves an empty value to the "has no value" warning and text attributes to known values', () => {
    expect(unfitOf(split(crit('employees', '')))).toEqual([]);
    expect(unfitOf(split(crit('tier', 'Tier 1')))).toEqual([]);
  });

  it('checks "Apply to which contacts" the same way, under the row it is about', () => {
    const j = applyToJourney([crit('employees', '500'), crit('employees', 'lots')]);
    expect(unfitOf(j)).toMatchObject([
      {
        severity: 'error',
        field: 'applyTo.criteria.1',
        message:
          'Apply to which contacts, criterion 2: "Number of employees" is a number attribute; "lots" is not a number',
      },
    ]);
  });
});

describe('a criterion’s message under its row and in the Problems list agree', () => {
  const node = (j: ReturnType<typeof split>) =>
    j.nodes.find((n) => n.id === 's') as NodeOf<'split'>;
  const ctx = { audience: 'account' as const };

  it('shows an unknown value ("Tier 1") under its row as a warning, in the list with the step’s name once', () => {
    const j = split(crit('employees', '500', 'greaterThan'), crit('tier', 'Tier 1'));
    const problems = validateJourney(j, ws);
    const listed = problems.find((p) => p.code === CRITERION_VALUE_UNKNOWN);
    expect(listed).toMatchObject({ severity: 'warning', field: criterionField('p1', 1) });
    // The inspector shows exactly this problem under row 2, and not again in the node's list.
    expect(fieldProblem(problems, { exact: criterionField('p1', 1) })).toBe(listed);
    expect(fieldProblem(problems, { exact: criterionField('p1', 0) })).toBeUndefined();
    expect(unplacedProblems(node(j), problems, ctx)).not.toContain(listed);
    expect(problemLine(listed!, () => 'Who?')).toBe(
      'Who?: Path "Big ones": "Account tier" value "Tier 1" is not one of its known values',
    );
  });

  it('shows a row’s error before its warning, and keeps the second in the node’s list', () => {
    // A person's number in a split by accounts, and not a number: one error, one warning.
    const j = split({ scope: 'person', attribute: 'leadScore', operator: 'equals', value: 'lots' });
    const problems = validateJourney(j, ws);
    const shown = fieldProblem(problems, { exact: criterionField('p1', 0) });
    expect(shown).toMatchObject({ code: CRITERION_VALUE_UNFIT, severity: 'error' });
    expect(unplacedProblems(node(j), problems, ctx).map((p) => [p.code, p.message])).toEqual([
      [
        CRITERION_SCOPE_UNUSED,
        'Path "Big ones": "Lead score" is a person attribute; a split by accounts tests account attributes only',
      ],
    ]);
  });
});
