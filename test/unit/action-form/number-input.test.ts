import { describe, expect, it } from 'vitest';
import { paramIssue } from '../../../renderer/features/action-form/field-errors';
import { typedNumber } from '../../../renderer/features/action-form/widgets/TextWidget';

// "Change in score" (issue #19): "1e" said "is required" and "abc" left an empty box with no
// message; now the typed text is kept and refused by name, as the Wait's Amount is.
const issueOf = (typed: string) => {
  const change = typedNumber(typed);
  return paramIssue('change-score', { scoreName: 'Engagement', change }, 'change')?.message;
};

describe('an action number box', () => {
  it('reads numbers as numbers and an empty box as not set', () => {
    expect(typedNumber(' -5 ')).toBe(-5);
    expect(typedNumber('10')).toBe(10);
    expect(typedNumber('2.5')).toBe(2.5);
    expect(typedNumber('  ')).toBeUndefined();
  });

  it('refuses "1e" and "abc" as not a number, naming the field, and keeps the typed text', () => {
    expect(typedNumber('1e')).toBe('1e');
    expect(issueOf('1e')).toBe('Change in score must be a number');
    expect(issueOf('abc')).toBe('Change in score must be a number');
    expect(issueOf('2.5')).toBe('Change in score must be a whole number');
    expect(issueOf('10')).toBeUndefined();
  });
});
