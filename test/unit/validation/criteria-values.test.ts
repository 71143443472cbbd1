import { describe, expect, it } from 'vitest';
import { attributeScopes } from '../../../renderer/features/action-form/criteria-edit';
import { WorkspaceUpdate } from '../../../shared/contract/workspace';
import { Workspace, type Criterion } from '../../../shared/model';
import {
  CRITERION_SCOPE_UNUSED,
  CRITERION_VALUE_UNKNOWN,
  validateJourney,
} from '../../../shared/validation';
import { action, edge, entry, exit, makeJourney } from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';
import { splitJourney } from './fixtures';

const ws = makeWorkspace({
  accountAttributes: [
    { key: 'tier', label: 'Account tier', type: 'string', values: ['Strategic', 'SMB'] },
    { key: 'industry', label: 'Industry', type: 'string' },
  ],
});

const crit = (scope: Criterion['scope'], attribute: string, value: string, operator = 'equals') =>
  ({ scope, attribute, operator, value }) as Criterion;

const problemsOf = (j: ReturnType<typeof makeJourney>, code: string) =>
  validateJourney(j, ws).filter((p) => p.code === code);

describe('known attribute values', () => {
  it('an old workspace file without values stays valid; values are at most 200', () => {
    const old = makeWorkspace();
    expect(old.accountAttributes[0]).not.toHaveProperty('values');
    expect(Workspace.safeParse(old).success).toBe(true);
    const many = Array.from({ length: 201 }, (_, i) => `v${i}`);
    const tooMany = makeWorkspace({
      accountAttributes: [{ key: 'tier', label: 'Tier', type: 'string', values: many }],
    });
    expect(Workspace.safeParse(tooMany).success).toBe(false);
    // A repeated value is refused on update, naming where it is.
    const twice = makeWorkspace({
      accountAttributes: [{ key: 'tier', label: 'Tier', type: 'string', values: ['A', 'B', 'A'] }],
    });
    const parsed = WorkspaceUpdate.safeParse(twice);
    expect(parsed.error?.issues).toMatchObject([
      { path: ['accountAttributes', 0, 'values', 2], message: 'Tier: value "A" appears twice' },
    ]);
  });

  it('a split value not among the known values is a warning naming the path and the attribute', () => {
    expect(
      problemsOf(
        splitJourney('accounts', [crit('account', 'tier', 'Gold')]),
        CRITERION_VALUE_UNKNOWN,
      ),
    ).toEqual([
      {
        code: CRITERION_VALUE_UNKNOWN,
        severity: 'warning',
        nodeId: 's',
        field: 'paths.p1.criteria.0',
        message: 'Path "Big ones": "Account tier" value "Gold" is not one of its known values',
      },
    ]);
    // Known values compare as the simulator compares text: trimmed, ignoring case.
    for (const value of ['strategic', ' SMB ']) {
      const j = splitJourney('accounts', [crit('account', 'tier', value)]);
      expect(problemsOf(j, CRITERION_VALUE_UNKNOWN)).toEqual([]);
    }
    // "contains" takes a part; attributes without known values take anything.
    const partial = splitJourney('accounts', [
      crit('account', 'tier', 'Strat', 'contains'),
      crit('account', 'industry', 'Anything'),
    ]);
    expect(problemsOf(partial, CRITERION_VALUE_UNKNOWN)).toEqual([]);
  });

  it('Apply to which contacts warns the same way', () => {
    const step = action(
      't',
      'add-tag',
      { tag: 'vip' },
      {
        scope: 'people',
        applyTo: { mode: 'matching', match: 'all', criteria: [crit('account', 'tier', 'Gold')] },
      },
    );
    const j = makeJourney(
      { nodes: [entry(), step, exit()], edges: [edge('entry', 't'), edge('t', 'exit')] },
      { audience: 'account' },
    );
    expect(problemsOf(j, CRITERION_VALUE_UNKNOWN).map((p) => p.message)).toEqual([
      'Apply to which contacts, criterion 1: "Account tier" value "Gold" is not one of its known values',
    ]);
  });
});

describe('what a split tests', () => {
  it('a split by accounts offers account attributes; a split by people the person and the account', () => {
    expect(attributeScopes('account', 'accounts')).toEqual(['account']);
    expect(attributeScopes('account', 'people')).toEqual(['person', 'account']);
    expect(attributeScopes('account')).toEqual(['account', 'person']);
    expect(attributeScopes('people', 'people')).toEqual(['person']);
  });

  it('a person attribute in a split by accounts is a warning; in a split by people it is fine', () => {
    const email = crit('person', 'jobTitle', 'CTO');
    expect(problemsOf(splitJourney('accounts', [email]), CRITERION_SCOPE_UNUSED)).toMatchObject([
      {
        severity: 'warning',
        field: 'paths.p1.criteria.0',
        message:
          'Path "Big ones": "Job title" is a person attribute; a split by accounts tests account attributes only',
      },
    ]);
    expect(problemsOf(splitJourney('people', [email]), CRITERION_SCOPE_UNUSED)).toEqual([]);
  });
});
