import { describe, expect, it } from 'vitest';
import { ADDABLE_NODE_TYPES } from '../../../shared/graph';
import { onPeoplePath, peoplePathAddIssue } from '../../../shared/validation';
import { splitJourney } from './fixtures';

const REASON =
  'Not allowed on a path of a split by people: its paths hold only people actions and events';

describe('what the "+" menu offers on a path of a split by people (issue #19)', () => {
  it('knows a "+" after the split by people is on its paths; after the Entry, or a split by accounts, it is not', () => {
    const people = splitJourney('people', []);
    expect(onPeoplePath(people, 's')).toBe(true);
    expect(onPeoplePath(people, 'entry')).toBe(false);
    expect(onPeoplePath(splitJourney('accounts', []), 's')).toBe(false);
  });

  it('refuses every step but people actions, Waits, Wait for event, Exit and Merge paths, with the reason', () => {
    const allowed = ['action', 'wait', 'waitForEvent', 'exit', 'merge'];
    for (const type of ADDABLE_NODE_TYPES)
      expect(peoplePathAddIssue(type)).toBe(allowed.includes(type) ? undefined : REASON);
    expect(peoplePathAddIssue('randomSplit')).toBe(REASON);
  });
});
