import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../../shared/simulation';

const none = { exitNode: 0, horizon: 0, aborted: 0, loopLimit: 0, dropped: 0, noPeople: 0 };
const outcome = (
  exits: Partial<typeof none>,
  finishedOnDay: number | null,
  unit: 'account' | 'person' = 'account',
) => {
  const e = { ...none, ...exits };
  const admitted = Object.values(e).reduce((a, b) => a + b, 0);
  return outcomeSentence({ unit, exits: e, finishedOnDay, profiles: { admitted, notAdmitted: 0 } });
};

describe('how the journeys ended, in words', () => {
  it('all left through an Exit', () => {
    expect(outcome({ exitNode: 2500 }, 9)).toBe(
      'Every account left through an Exit by day 9; a Live or Closed journey would become Finished that day.',
    );
    expect(outcome({ exitNode: 1 }, 2, 'person')).toBe(
      'Every person left through an Exit by day 2; a Live or Closed journey would become Finished that day.',
    );
  });

  it('some ended at a split by people that found no people', () => {
    expect(outcome({ exitNode: 2300, noPeople: 200 }, 9)).toBe(
      'Every journey had ended (2,300 accounts left through an Exit and 200 accounts ended at a split by people that found no people in them) by day 9; a Live or Closed journey would become Finished that day.',
    );
    expect(outcome({ noPeople: 1 }, 1)).toBe(
      'Every journey had ended (1 account ended at a split by people that found no people in them) by day 1; a Live or Closed journey would become Finished that day.',
    );
  });

  it('some still waiting at the horizon', () => {
    expect(outcome({ exitNode: 10, horizon: 1 }, null)).toBe(
      '10 accounts left through an Exit; 1 account was still inside at the horizon, so the journey would not be Finished yet.',
    );
    expect(outcome({ horizon: 3 }, null, 'person')).toBe(
      '3 people were still inside at the horizon, so the journey would not be Finished yet.',
    );
  });

  it('aborted, and nobody admitted', () => {
    expect(outcome({ exitNode: 4, aborted: 6, loopLimit: 1 }, null)).toBe(
      '4 accounts left through an Exit, 1 account ended at the loop limit and 6 accounts ended when the journey was aborted; the journey would become Aborted, not Finished.',
    );
    expect(outcome({}, null)).toBe('No account was admitted.');
  });
});
