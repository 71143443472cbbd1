import type { Liquid, Template } from 'liquidjs';
import {
  buildScope,
  varCode,
  varDomain,
  varValueKey,
  type ProfileRow,
  type VarRef,
} from './context';
import { isTruthyOutput } from './liquid';

const MAX_CACHE = 1 << 16;
const MAX_MEMO = 100_000;
/** Memoised outcomes: the condition was false, true, or failed to render (taken as false). */
const FALSE = 0;
const TRUE = 1;
const FAILED = 2;

/**
 * A Gate's Liquid condition, parsed once. Outcomes are memoised by the values of the variables the
 * condition reads: a typed-array cache when they all have small finite domains, else a bounded map
 * keyed by value codes (a number for one variable). A failed render is remembered as such, so
 * `errors` counts profiles, whatever the order in which they ran.
 */
export class GateEvaluator {
  errors = 0;
  private readonly cache: Int8Array | null;
  private readonly radix: Int32Array;
  private readonly memo1 = new Map<number, number>();
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly liquid: Liquid,
    private readonly tpl: Template[],
    private readonly refs: VarRef[],
    private readonly personStart: Int32Array,
  ) {
    const domains = refs.map(varDomain);
    const size = domains.reduce((a, d) => a * d, 1);
    const finite = domains.every((d) => d > 0) && size <= MAX_CACHE;
    this.cache = finite ? new Int8Array(size).fill(-1) : null;
    this.radix = Int32Array.from(domains);
  }

  /** Whether the condition holds for a profile. */
  evaluate(row: ProfileRow): boolean {
    const code = this.lookup(row);
    if (code === FAILED) this.errors++;
    return code === TRUE;
  }

  private lookup(row: ProfileRow): number {
    const { cache, refs, personStart } = this;
    if (cache !== null) {
      let key = 0;
      for (let i = 0; i < refs.length; i++)
        key = key * this.radix[i] + varCode(refs[i], row, personStart);
      let hit = cache[key];
      if (hit < 0) cache[key] = hit = this.render(row);
      return hit;
    }
    if (refs.length === 1) {
      const key = varValueKey(refs[0], row, personStart);
      let hit = this.memo1.get(key);
      if (hit === undefined) {
        hit = this.render(row);
        if (this.memo1.size < MAX_MEMO) this.memo1.set(key, hit);
      }
      return hit;
    }
    const key = refs.map((r) => varValueKey(r, row, personStart)).join('|');
    let hit = this.memo.get(key);
    if (hit === undefined) {
      hit = this.render(row);
      if (this.memo.size < MAX_MEMO) this.memo.set(key, hit);
    }
    return hit;
  }

  private render(row: ProfileRow): number {
    try {
      const scope = buildScope(this.refs, row, this.personStart);
      return isTruthyOutput(String(this.liquid.renderSync(this.tpl, scope))) ? TRUE : FALSE;
    } catch {
      return FAILED;
    }
  }
}
