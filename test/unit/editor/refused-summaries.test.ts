import { describe, expect, it } from 'vitest';
import { refusedSummaries } from '../../../renderer/stores/field-drafts';

// A node card's summary never shows the saved value as current while the side panel holds a
// refused one in a field the summary reads (issue #19).

const draft = (nodeId: string, field: string, message: string) => ({
  [`${nodeId}|${field}`]: { nodeId, field, value: '-3', message },
});

describe('refusedSummaries', () => {
  it('takes refusals of the fields a card summarises (a Wait amount, a timeout), by node', () => {
    const drafts = {
      ...draft('w1', 'duration.amount', 'Amount (Duration) must be a whole number of 1 or more'),
      ...draft('e1', 'timeout.amount', 'Amount (Timeout) must be a whole number of 1 or more'),
    };
    expect([...refusedSummaries(drafts)]).toEqual([
      ['w1', 'Amount (Duration) must be a whole number of 1 or more'],
      ['e1', 'Amount (Timeout) must be a whole number of 1 or more'],
    ]);
  });

  it('leaves out fields no summary reads (an action’s Status)', () => {
    const drafts = draft('a1', 'params.status', 'Status must be at most 50 characters');
    expect(refusedSummaries(drafts).size).toBe(0);
  });
});
