import { describe, expect, it } from 'vitest';
import { ACTIONS, actionsFor, getAction } from '../../../shared/catalog';

const SEED_LABELS = [
  // seed 000, account actions
  'Account Change Data Value',
  'Account Interesting Moment',
  'Add Account to (other) Journey',
  'Add to account list',
  'Remove Account from Journey',
  'Remove from account list',
  'Send Sales Alert',
  'Update Buying Group Stage',
  'Update Buying Group Status',
  // seed 000, people actions
  'Add to external customer audience',
  'Assign to Buying Group',
  'Change Data Value',
  'Change Score',
  'Person Interesting Moment',
  'Remove from Buying Group',
  'Send email',
  'Send SMS',
  'Add to List',
  'Add to Marketo Engage Request campaign',
  'Change People Partition in Marketo Engage',
  'Remove from List',
  // seed 001
  'Send optimized email',
  'Send notification email',
  'Site notification',
  'Update profile',
  'Add note',
  'Add tag',
  'Remove tag',
  'Add to group',
  'Remove from group',
  'Unsubscribe',
  'Start a journey',
  'Exit a journey',
  'Webhook',
  'CRM action',
  // seed 003
  'Action',
];

describe('action catalog', () => {
  it('contains every seed label exactly once, in seed order', () => {
    expect(ACTIONS.map((a) => a.label)).toEqual(SEED_LABELS);
  });

  it('uses kebab-case ids and finds each by id', () => {
    for (const a of ACTIONS) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(getAction(a.id)).toBe(a);
    }
    expect(getAction('nope')).toBeUndefined();
  });

  it('gives account actions to account journeys only', () => {
    const groups = actionsFor('account', 'account');
    expect(groups.map((g) => g.group)).toEqual(['Account actions']);
    expect(groups[0].actions).toHaveLength(9);
    expect(actionsFor('people', 'account')).toEqual([]);
  });

  it('offers the seed-000 people actions in account journeys, grouped by context', () => {
    const groups = actionsFor('account', 'people');
    expect(groups.map((g) => g.group)).toEqual(['Journey Optimizer B2B', 'Marketo Engage']);
    expect(groups.map((g) => g.actions.length)).toEqual([8, 4]);
    expect(groups[0].actions[0].label).toBe('Add to external customer audience');
  });

  it('offers every people action in people journeys, groups in seed order', () => {
    const groups = actionsFor('people', 'people');
    // Seed 001's groups first (Send email under Messaging), then the product headings.
    expect(groups.map((g) => g.group)).toEqual([
      'Messaging',
      'Contact updates',
      'Journey control',
      'Integrations',
      'Journey Optimizer B2B',
      'Marketo Engage',
    ]);
    expect(groups[0].actions.map((a) => a.label)).toEqual([
      'Send email',
      'Send optimized email',
      'Send notification email',
      'Site notification',
    ]);
    expect(groups[1].actions.map((a) => a.label)).toEqual([
      'Update profile',
      'Add note',
      'Add tag',
      'Remove tag',
      'Add to group',
      'Remove from group',
      'Unsubscribe',
    ]);
    expect(groups[2].actions.map((a) => a.label)).toEqual(['Start a journey', 'Exit a journey']);
    const ids = groups.flatMap((g) => g.actions.map((a) => a.id));
    expect(ids).toContain('custom-action');
    expect(ids).toHaveLength(ACTIONS.length - 9);
  });

  it('declares Liquid fields and select sources that exist', () => {
    for (const a of ACTIONS) {
      const names = a.fields.map((f) => f.name);
      for (const l of a.liquidFields) expect(names).toContain(l);
      for (const f of a.fields) {
        if (f.widget === 'select') expect(f.options ?? f.choices).toBeDefined();
        if (f.dependsOn) expect(names).toContain(f.dependsOn);
        if (f.when) expect(names).toContain(f.when.field);
      }
    }
    expect(getAction('custom-action')?.liquidFields).toEqual(['input']);
  });

  it('describes the simulated effect of each action', () => {
    expect(getAction('add-to-external-customer-audience')?.simulation).toMatchObject({
      kind: 'addToAudience',
      delayHours: { min: 0, max: 48 },
    });
    expect(getAction('send-sms')?.simulation).toEqual({ kind: 'send', channel: 'sms' });
    expect(getAction('custom-action')?.simulation.kind).toBe('custom');
    expect(getAction('remove-from-list')?.simulation).toMatchObject({ ignoredWhenAbsent: true });
  });
});
