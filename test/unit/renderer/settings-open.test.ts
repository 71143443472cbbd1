import { describe, expect, it } from 'vitest';
import {
  settingsOpenReducer as reduce,
  type SettingsOpen,
} from '../../../renderer/features/simulation/settings-open';

const start = (open: boolean, result: unknown, refused: boolean): SettingsOpen => ({
  open,
  result,
  refused,
});
const first = { days: 1 };
const second = { days: 2 };

describe('Scenario settings unfold and fold with the panel', () => {
  it('a new result folds them', () => {
    const s = reduce(start(true, null, false), { type: 'inputs', result: first, refused: false });
    expect(s.open).toBe(false);
  });

  it('a field that starts refusing unfolds them, even when a result arrives with it', () => {
    const folded = start(false, first, false);
    expect(reduce(folded, { type: 'inputs', result: first, refused: true }).open).toBe(true);
    expect(reduce(folded, { type: 'inputs', result: second, refused: true }).open).toBe(true);
  });

  it('a cleared refusal (a CSV import) keeps them open', () => {
    const s = reduce(start(true, first, true), { type: 'inputs', result: first, refused: false });
    expect(s.open).toBe(true);
  });

  it('the same result again changes nothing; the user may fold or unfold them', () => {
    const open = start(true, first, false);
    expect(reduce(open, { type: 'inputs', result: first, refused: false })).toEqual(open);
    expect(reduce(open, { type: 'toggle', open: false }).open).toBe(false);
    expect(reduce(start(false, first, false), { type: 'toggle', open: true }).open).toBe(true);
  });
});
