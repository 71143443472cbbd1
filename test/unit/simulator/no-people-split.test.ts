import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { outcomeSentence } from '../../../shared/simulation';
import { chain, edge, entry, exit, journey, merge, split, action } from './build';

// Issue 17: an account with no people reaches a split by people. Nobody can take a path, so its
// journey ends there — counted as "no people", warned about on the node, never "leads nowhere".

const j = journey(
  [
    entry(),
    split('who', [['everyone', []]], 'people'),
    action('hello', 'change-score', { scoreName: 'engagement', change: 1 }, 'people'),
    action('rest', 'change-score', { scoreName: 'engagement', change: 1 }, 'people'),
    merge('m'),
    exit('done'),
  ],
  [
    ...chain('entry', 'who'),
    edge('who', 'hello', 'everyone'),
    edge('who', 'rest', 'other'),
    edge('hello', 'm'),
    edge('rest', 'm'),
    ...chain('m', 'done'),
  ],
  'account',
);

describe('accounts with no people at a split by people', () => {
  // 0 or 1 person per account: the accounts without people are accounts − people.
  const accounts = 200;
  const r = simulate(j, {
    schemaVersion: 1,
    name: 'some accounts empty',
    population: { kind: 'synthetic', accounts, peoplePerAccount: { min: 0, max: 1 } },
    horizonDays: 10,
    seed: 7,
  });
  const people = r.people?.admitted ?? 0;
  const empty = accounts - people;

  it('has both kinds of account (the scenario is not vacuous)', () => {
    expect(people).toBeGreaterThan(0);
    expect(empty).toBeGreaterThan(0);
  });

  it('ends the accounts without people at the split as "no people", not as a path leading nowhere', () => {
    expect(r.exits).toEqual({
      exitNode: people,
      horizon: 0,
      aborted: 0,
      loopLimit: 0,
      dropped: 0,
      noPeople: empty,
    });
    // Their people count is zero, so the people tally has none of them.
    expect(r.people?.exits.noPeople).toBe(0);
    const who = r.nodes.find((n) => n.nodeId === 'who');
    expect(who).toMatchObject({
      entered: accounts,
      completed: people,
      exited: empty,
      noPeople: empty,
    });
    // Every person of the others takes "everyone" (no criteria): one score point each.
    expect(r.actions.scoreChanges.map((e) => [e.id, e.change])).toEqual([['engagement', people]]);
  });

  it('says some accounts ended for lack of people, not that every account completed the journey', () => {
    // Everyone starts on day 1 and no step waits: every journey ends on day 1.
    expect(outcomeSentence(r)).toBe(
      `Every journey had ended (${people} accounts left through an Exit and ${empty} accounts ended at a split by people that found no people in them) by day 1; a Live or Closed journey would become Finished that day.`,
    );
  });

  it('warns on the split with the count and its unit', () => {
    const w = r.warnings.filter((x) => x.code === 'split_no_people');
    expect(w).toHaveLength(1);
    expect(w[0].nodeId).toBe('who');
    expect(w[0].message).toContain(`${empty.toLocaleString('en-US')} accounts had no people`);
  });
});
