import type { Criterion } from '../../../shared/model';
import type { Column } from './column';

const OPS = [
  'equals',
  'notEquals',
  'contains',
  'greaterThan',
  'lessThan',
  'isEmpty',
  'isNotEmpty',
  'isTrue',
  'isFalse',
] as const;
const [EQ, NE, CONTAINS, GT, LT, EMPTY, NOT_EMPTY, TRUE, FALSE] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

interface PendingCriterion {
  person: boolean;
  col: number;
  op: number;
  value: string;
}

/**
 * Criteria groups (split paths, "Apply to" filters) compiled to typed arrays. Category columns
 * get a truth table per criterion over their dictionary, so a test is one array read.
 * Strings compare case-insensitively; greater/less than compare numbers.
 */
export class CriteriaProgram {
  private readonly cols: Column[] = [];
  private readonly colIndex = new Map<Column, number>();
  private readonly pending: PendingCriterion[] = [];
  private readonly groups: Array<{ start: number; end: number; any: boolean }> = [];
  private gStart = new Int32Array(0);
  private gEnd = new Int32Array(0);
  private gAny = new Uint8Array(0);
  private cPerson = new Uint8Array(0);
  private cCol = new Int32Array(0);
  private cOp = new Uint8Array(0);
  private cNum = new Float64Array(0);
  private cTable = new Int32Array(0);
  private cText: string[] = [];
  private tables = new Uint8Array(0);

  /** Adds a group and returns its id; `columnFor` supplies the column of an attribute. */
  addGroup(
    criteria: Criterion[],
    match: 'all' | 'any',
    columnFor: (c: Criterion) => Column,
  ): number {
    const start = this.pending.length;
    for (const c of criteria) {
      const col = columnFor(c);
      let idx = this.colIndex.get(col);
      if (idx === undefined) this.colIndex.set(col, (idx = this.cols.push(col) - 1));
      this.pending.push({
        person: c.scope === 'person',
        col: idx,
        op: OPS.indexOf(c.operator),
        value: c.value,
      });
    }
    return this.groups.push({ start, end: this.pending.length, any: match === 'any' }) - 1;
  }

  /** Freezes the program; call after every dictionary value has been interned. */
  finalize(): void {
    const n = this.pending.length;
    this.gStart = Int32Array.from(this.groups, (g) => g.start);
    this.gEnd = Int32Array.from(this.groups, (g) => g.end);
    this.gAny = Uint8Array.from(this.groups, (g) => (g.any ? 1 : 0));
    this.cPerson = Uint8Array.from(this.pending, (c) => (c.person ? 1 : 0));
    this.cCol = Int32Array.from(this.pending, (c) => c.col);
    this.cOp = Uint8Array.from(this.pending, (c) => c.op);
    this.cNum = Float64Array.from(this.pending, (c) =>
      c.value.trim() === '' ? NaN : Number(c.value),
    );
    this.cText = this.pending.map((c) => c.value.toLowerCase());
    this.cTable = new Int32Array(n).fill(-1);
    const parts: number[] = [];
    for (let i = 0; i < n; i++) {
      const col = this.cols[this.cCol[i]];
      if (col.kind !== 'cat') continue;
      this.cTable[i] = parts.length;
      parts.push(this.cOp[i] === EMPTY ? 1 : this.cOp[i] === NE ? 1 : 0);
      for (const v of col.dict)
        parts.push(testText(this.cOp[i], v, this.cText[i], this.cNum[i]) ? 1 : 0);
    }
    this.tables = Uint8Array.from(parts);
  }

  /** Whether the group matches an account, or one given person (person >= 0), or any person of the account (person < 0). */
  matches(g: number, acc: number, person: number, personStart: Int32Array): boolean {
    const s = this.gStart[g];
    const e = this.gEnd[g];
    if (s === e) return true;
    const any = this.gAny[g] === 1;
    let hasPerson = false;
    for (let c = s; c < e; c++) {
      if (this.cPerson[c] === 1) {
        hasPerson = true;
        continue;
      }
      const r = this.test(c, acc);
      if (any && r) return true;
      if (!any && !r) return false;
    }
    if (!hasPerson) return !any;
    if (person >= 0) return this.personPart(s, e, any, person);
    for (let p = personStart[acc], end = personStart[acc + 1]; p < end; p++) {
      if (this.personPart(s, e, any, p)) return true;
    }
    return false;
  }

  private personPart(s: number, e: number, any: boolean, p: number): boolean {
    for (let c = s; c < e; c++) {
      if (this.cPerson[c] === 0) continue;
      const r = this.test(c, p);
      if (any && r) return true;
      if (!any && !r) return false;
    }
    return !any;
  }

  private test(c: number, row: number): boolean {
    const col = this.cols[this.cCol[c]];
    const table = this.cTable[c];
    if (table >= 0) return this.tables[table + col.cat[row] + 1] === 1;
    const v = col.num[row];
    const x = this.cNum[c];
    switch (this.cOp[c]) {
      case EQ:
        return v === x;
      case NE:
        return v !== x;
      case CONTAINS:
        return v === v && String(v).includes(this.cText[c]);
      case GT:
        return v > x;
      case LT:
        return v < x;
      case EMPTY:
        return v !== v;
      case TRUE:
        return v === 1;
      case FALSE:
        return v === 0;
      default:
        return v === v;
    }
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** A text cell compared as a date ("2026-03-01"), when it and the criterion's value both read as one. */
function compareDates(value: string, text: string): number {
  if (!ISO_DATE.test(value) || !ISO_DATE.test(text)) return NaN;
  const a = Date.parse(value);
  const b = Date.parse(text);
  return a === a && b === b ? Math.sign(a - b) : NaN;
}

function testText(op: number, value: string, text: string, num: number): boolean {
  const v = value.toLowerCase();
  switch (op) {
    case EQ:
      return v === text;
    case NE:
      return v !== text;
    case CONTAINS:
      return v.includes(text);
    // Numbers compare as numbers; otherwise dates as dates (a date attribute's "is after").
    case GT:
      return num === num ? Number(value) > num : compareDates(value, text) === 1;
    case LT:
      return num === num ? Number(value) < num : compareDates(value, text) === -1;
    case EMPTY:
      return false;
    case TRUE:
      return v === 'true';
    case FALSE:
      return v === 'false';
    case NOT_EMPTY:
      return true;
    default:
      return true;
  }
}
