import type { Liquid, Template } from 'liquidjs';
import type { MockResult } from '../../../shared/simulation';
import type { Rng } from './rng';

/** Where a custom Action step's mocked results live: a value table and one cell per unit (-1 = unset). */
export class DataKeyStore {
  readonly values: unknown[] = [];
  readonly cell: Int32Array;
  /** True when the value table can grow while running (template mocks). */
  readonly dynamic: boolean;
  template: Template[] | null = null;
  /** Template renders that failed (they store an empty text). */
  errors = 0;
  private readonly index = new Map<string, number>();
  private readonly cum: Float64Array;

  constructor(
    readonly key: string,
    readonly mock: MockResult | undefined,
    units: number,
  ) {
    this.cell = new Int32Array(units).fill(-1);
    this.dynamic = mock?.kind === 'template';
    if (!mock) this.values.push(null);
    else if (mock.kind === 'fixed') this.values.push(mock.value);
    else if (mock.kind === 'pickFrom') mock.options.forEach((o) => this.values.push(o.value));
    let acc = 0;
    this.cum = Float64Array.from(
      mock?.kind === 'pickFrom' ? mock.options : [],
      (o) => (acc += o.weight),
    );
  }

  /** Picks the index of the value for one call (template mocks are rendered by the caller). */
  pick(rng: Rng): number {
    const n = this.cum.length;
    if (n === 0) return 0;
    const x = rng.float() * this.cum[n - 1];
    let j = 0;
    while (j < n - 1 && x >= this.cum[j]) j++;
    return j;
  }

  /** Renders the template mock and interns its output (JSON when it parses). */
  render(liquid: Liquid, scope: object): number {
    let out = '';
    try {
      out = String(this.template ? liquid.renderSync(this.template, scope) : '').trim();
    } catch {
      this.errors++;
    }
    let code = this.index.get(out);
    if (code === undefined) {
      let value: unknown = out;
      try {
        value = JSON.parse(out);
      } catch {
        // not JSON: keep the text
      }
      code = this.values.push(value) - 1;
      this.index.set(out, code);
    }
    return code;
  }

  /** The value a unit holds, or undefined when the step has not run for it. */
  valueOf(unit: number): unknown {
    const c = this.cell[unit];
    return c < 0 ? undefined : this.values[c];
  }
}
