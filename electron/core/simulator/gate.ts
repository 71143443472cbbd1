import type { Liquid, Template } from 'liquidjs';
import { buildScope, varCode, varDomain, type ProfileRow, type VarRef } from './context';
import { isTruthyOutput } from './liquid';

const MAX_CACHE = 1 << 16;
const MAX_MEMO = 100_000;

/**
 * A Gate's Liquid condition, parsed once. Results are memoised by the values of the variables the
 * condition reads: a typed-array cache when they all have small finite domains, else a bounded map.
 */
export class GateEvaluator {
  errors = 0;
  private readonly cache: Int8Array | null;
  private readonly radix: Int32Array;
  private readonly memo = new Map<string, boolean>();

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
    const cache = this.cache;
    if (cache !== null) {
      let key = 0;
      for (let i = 0; i < this.refs.length; i++)
        key = key * this.radix[i] + varCode(this.refs[i], row, this.personStart);
      const hit = cache[key];
      if (hit >= 0) return hit === 1;
      const r = this.render(row);
      cache[key] = r ? 1 : 0;
      return r;
    }
    const scope = buildScope(this.refs, row, this.personStart);
    const key = JSON.stringify(scope);
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const r = this.renderScope(scope);
    if (this.memo.size < MAX_MEMO) this.memo.set(key, r);
    return r;
  }

  private render(row: ProfileRow): boolean {
    return this.renderScope(buildScope(this.refs, row, this.personStart));
  }

  private renderScope(scope: object): boolean {
    try {
      return isTruthyOutput(String(this.liquid.renderSync(this.tpl, scope)));
    } catch {
      this.errors++;
      return false;
    }
  }
}
