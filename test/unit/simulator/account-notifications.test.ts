import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { formatResult } from '../../../electron/host/commands/simulate-format';
import { renderSimulationReport } from '../../../shared/reports';
import { action, chain, csvScenario, entry, exit, journey } from './build';

// Messages are counted per person; a notification an account action sends about the account
// (Send Sales Alert) is one per account and is named apart, with its unit.

// Three accounts, six people: A has 3, B has 2, C has 1.
const PEOPLE = ['A', 'A', 'A', 'B', 'B', 'C'].map((acct, i) => ({ acct, id: String(i) }));

const j = journey(
  [
    entry(),
    action('mail', 'send-email', { source: 'new', contentId: 'c1' }, 'people'),
    action(
      'alert',
      'send-sales-alert',
      { solutionInterestId: 'si1', sendTo: 'sales@example.com' },
      'account',
    ),
    exit(),
  ],
  chain('entry', 'mail', 'alert', 'exit'),
  'account',
);
const r = simulate(j, csvScenario(PEOPLE, { behaviour: { emailOpen: 0, emailClick: 0 } }, 'acct'));

describe('messages to people and account notifications', () => {
  it('counts the email once per person and the sales alert once per account, apart', () => {
    expect(r.nodes.find((n) => n.nodeId === 'alert')?.skipped).toBe(0);
    expect(r.messages.email).toEqual({
      id: 'email',
      name: 'Email',
      unit: 'person',
      sent: 6,
      opened: 0,
      clicked: 0,
    });
    expect(r.messages.notification).toBeUndefined();
    expect(r.accountNotifications).toEqual([
      {
        id: 'send-sales-alert',
        name: 'Send Sales Alert',
        kind: 'action',
        unit: 'account',
        count: 3,
      },
    ]);
  });

  it('the report names both with their units', () => {
    const html = renderSimulationReport({
      journey: j,
      result: r,
      generatedAt: '2030-01-01T00:00:00Z',
    });
    expect(html).toContain(
      '<b><span class="fig">6</span></b>messages sent to people (one per person)',
    );
    expect(html).toContain(
      '<b><span class="fig">3 <small>accounts</small></span></b>notified by “Send Sales Alert” (one per account)',
    );
    expect(html).toContain(
      '<tr><th scope="row">Send Sales Alert</th><td class="n">3 accounts</td></tr>',
    );
  });

  it('the CLI text names both with their units', () => {
    const text = formatResult(j, r);
    expect(text).toContain('Messages to people (one per person): Email: 6 sent');
    expect(text).toContain('Account notifications (one per account): Send Sales Alert: 3 accounts');
  });
});
