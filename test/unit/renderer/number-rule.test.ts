import { describe, expect, it } from 'vitest';
import { checkNumber } from '../../../renderer/features/simulation/number-rule';

// The scenario form refuses a number that breaks its field's rule, naming the field.

describe('scenario number fields', () => {
  const horizon = { integer: true, min: 1, max: 3650 };

  it('accepts a number within the rule', () => {
    expect(checkNumber('Horizon (virtual days)', '30', horizon)).toEqual({ ok: true, value: 30 });
    expect(checkNumber('Abort on day', '2.5', { min: 0, optional: true })).toEqual({
      ok: true,
      value: 2.5,
    });
  });

  it('refuses negative, fractional, empty and out-of-range text with a message naming the field', () => {
    expect(checkNumber('Horizon (virtual days)', '-5', horizon)).toEqual({
      ok: false,
      message: 'Horizon (virtual days): must be at least 1',
    });
    expect(checkNumber('Seed', '2.5', { integer: true })).toEqual({
      ok: false,
      message: 'Seed: must be a whole number',
    });
    expect(checkNumber('Accounts', '', { integer: true, min: 0 })).toEqual({
      ok: false,
      message: 'Accounts: enter a number',
    });
    expect(checkNumber('Traced profiles', '1001', { integer: true, min: 0, max: 1000 })).toEqual({
      ok: false,
      message: 'Traced profiles: must be at most 1,000',
    });
    expect(checkNumber('Seed', 'not a number', { integer: true })).toEqual({
      ok: false,
      message: 'Seed: enter a number',
    });
  });

  it('lets an optional field be emptied (not set)', () => {
    expect(checkNumber('Abort on day', '  ', { min: 0, optional: true })).toEqual({
      ok: true,
      value: undefined,
    });
  });
});
