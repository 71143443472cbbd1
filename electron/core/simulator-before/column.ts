import type { ScalarValue } from '../../../shared/simulation';

const EMPTY_NUM = new Float64Array(0);
const EMPTY_CAT = new Int32Array(0);

/**
 * One attribute over all accounts or all people: numbers in a Float64Array (NaN = empty), or
 * categories as Int32 codes into `dict` (-1 = empty). Only one of the two arrays is used.
 */
export class Column {
  num: Float64Array = EMPTY_NUM;
  cat: Int32Array = EMPTY_CAT;
  readonly dict: string[] = [];
  private readonly dictIndex = new Map<string, number>();

  constructor(
    readonly scope: 'account' | 'person',
    readonly key: string,
    readonly kind: 'num' | 'cat',
    size: number,
  ) {
    if (kind === 'num') this.num = new Float64Array(size).fill(NaN);
    else this.cat = new Int32Array(size).fill(-1);
  }

  /** The code of a category, added to the dictionary when new. */
  intern(value: string): number {
    let code = this.dictIndex.get(value);
    if (code === undefined) {
      code = this.dict.length;
      this.dict.push(value);
      this.dictIndex.set(value, code);
    }
    return code;
  }

  /** Stores a scalar at a row (compile-time and slow-path use). */
  set(row: number, value: ScalarValue): void {
    if (this.kind === 'num') this.num[row] = toNumber(value);
    else this.cat[row] = isEmptyValue(value) ? -1 : this.intern(String(value));
  }

  /** The value at a row as a plain scalar (traces, Liquid context). */
  get(row: number): string | number | null {
    if (this.kind === 'num') {
      const v = this.num[row];
      return v === v ? v : null;
    }
    const c = this.cat[row];
    return c < 0 ? null : this.dict[c];
  }
}

/** Whether a cell counts as empty. */
export function isEmptyValue(value: ScalarValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/** A scalar as a number, NaN when it is empty or not numeric. */
export function toNumber(value: ScalarValue | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined || value.trim() === '') return NaN;
  const n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}
