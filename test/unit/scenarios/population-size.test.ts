import { describe, expect, it } from 'vitest';
import { populationSizeProblem } from '../../../shared/simulation';

describe('the size fields are checked together, naming every field involved', () => {
  it('a min above the max names both people fields', () => {
    expect(populationSizeProblem({ accounts: 10, min: 9, max: 6 }, false)).toEqual({
      fields: ['min', 'max'],
      message: 'People per account, min (9) is more than People per account, max (6)',
    });
  });

  it('2,000 accounts × 3,000 people is 6,000,000 people, over the 5,000,000 limit', () => {
    expect(populationSizeProblem({ accounts: 2_000, min: 1, max: 3_000 }, false)).toEqual({
      fields: ['accounts', 'max'],
      message:
        'Accounts × People per account, max would be 2,000 × 3,000 = 6,000,000 people; at most 5,000,000 can be simulated',
    });
    // 1,000 × 5,000 is exactly the limit: it fits.
    expect(populationSizeProblem({ accounts: 1_000, min: 1, max: 5_000 }, false)).toBeNull();
  });

  it('0–0 people fails only where a split by people needs someone to divide', () => {
    const none = { accounts: 10, min: 0, max: 0 };
    expect(populationSizeProblem(none, false)).toBeNull();
    expect(populationSizeProblem(none, true)?.fields).toEqual(['min', 'max']);
    expect(populationSizeProblem({ ...none, max: 1 }, true)).toBeNull();
  });
});
