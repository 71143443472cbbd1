import { describe, expect, it } from 'vitest';
import { Column } from '../../../electron/core/simulator/column';
import { CriteriaProgram } from '../../../electron/core/simulator/criteria';
import type { Criterion } from '../../../shared/model';

/** Which of the accounts (rows of one column) a single account criterion matches. */
function matching(col: Column, operator: Criterion['operator'], value = ''): number[] {
  const program = new CriteriaProgram();
  const c: Criterion = { scope: 'account', attribute: col.key, operator, value };
  const g = program.addGroup([c], 'all', () => col);
  program.finalize();
  const rows = col.kind === 'num' ? col.num.length : col.cat.length;
  const none = new Int32Array(rows + 1);
  return [...Array(rows).keys()].filter((r) => program.matches(g, r, -1, none));
}

function column(kind: 'num' | 'cat', values: (string | number | boolean | null)[]): Column {
  const col = new Column('account', 'a', kind, values.length);
  values.forEach((v, r) => col.set(r, v));
  return col;
}

describe('criteria by attribute type in the simulator', () => {
  it('is true / is false on true/false values, stored as text or as numbers', () => {
    const text = column('cat', ['true', 'false', null, 'TRUE']);
    expect(matching(text, 'isTrue')).toEqual([0, 3]);
    expect(matching(text, 'isFalse')).toEqual([1]);
    const nums = column('num', [true, false, null]);
    expect(matching(nums, 'isTrue')).toEqual([0]);
    expect(matching(nums, 'isFalse')).toEqual([1]);
  });

  it('is before / is after on dates', () => {
    const dates = column('cat', ['2026-01-10', '2026-03-01', null, '2026-02-01']);
    expect(matching(dates, 'greaterThan', '2026-02-01')).toEqual([1]);
    expect(matching(dates, 'lessThan', '2026-02-01')).toEqual([0]);
  });

  it('still compares numbers as numbers', () => {
    const nums = column('cat', ['9', '10', 'n/a']);
    expect(matching(nums, 'greaterThan', '9.5')).toEqual([1]);
    expect(matching(nums, 'lessThan', '9.5')).toEqual([0]);
  });
});
