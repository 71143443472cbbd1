import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createLiquid } from '../../../electron/core/simulator/liquid';
import {
  createBoundedLiquid,
  createStrictLiquid,
  LIQUID_LIMITS,
} from '../../../shared/liquid/limits';
import { renderStrict } from '../../../shared/liquid/render';
import { analyzeLiquid } from '../../../shared/validation/liquid';
import { recordFigures } from '../../reliability/figures';
import { scaled, SEED } from '../../reliability/scale';

const RUNS = scaled(1_000);
// The property runs the production engines' options with a shorter render time, so that thousands
// of cases fit in CI; the tests below it use the real limits unchanged.
const FUZZ_RENDER_LIMIT_MS = 100;
// A render may use its render limit; the rest is scheduling slack on a busy CI machine.
const WALL_LIMIT_MS = 2_000;
const figures = { cases: 0, rendered: 0, refused: 0, failures: 0, started: performance.now() };

afterAll(() => {
  recordFigures({
    surface: 'liquid',
    title: 'Liquid templates (validation parse, strict render, simulator render)',
    cases: figures.cases,
    failures: figures.failures,
    seconds: Math.round((performance.now() - figures.started) / 100) / 10,
    details: {
      'templates rendered': figures.rendered,
      'templates refused with a message': figures.refused,
    },
  });
});

const SCOPE = {
  person: { first_name: 'Ada', score: 3, tags: ['a', 'b'] },
  account: { name: 'Acme', size: 120 },
  journey: { enrich: { body: { ok: true } } },
};

/** Pieces of Liquid, hostile ones included: huge ranges, nested loops, string doubling, deep nesting. */
const piece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{{ person.first_name }}',
    '{{ account.name | upcase | append: "!" }}',
    '{% if person.score > 2 %}hot{% else %}cold{% endif %}',
    '{% for t in person.tags %}{{ t }}{% endfor %}',
    '{% for i in (1..100000000) %}x{% endfor %}',
    '{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}',
    '{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}',
    '{% capture c %}{% for i in (1..1000000) %}abc{% endfor %}{% endcapture %}{{ c | size }}',
    '{{ "x" | split: "" | join: "yyyyyyyyyy" }}',
    '{% assign a = (1..1000000) %}{{ a | join: "," | size }}',
    '{{ person | json }}',
    '{{ 1 | divided_by: 0 }}',
    '{% unknown_tag %}',
    '{{ x | no_such_filter }}',
    '{% if %}',
    '{% for %}',
    '{{',
    '{%',
    '{% raw %}{{ not parsed }}{% endraw %}',
    '{% comment %}{% endcomment %}',
    '{{ journey.enrich.body.ok }}',
    '{{ person["first_name"] }}',
    '{{ person[person.first_name] }}',
    '{% include "other" %}',
    '{% render "x" %}',
    '{% layout "x" %}',
    '{{ "now" | date: "%Y-%m-%d %H" }}',
    '{{ "%10000000d" | date: "%10000000d" }}',
    '{{ 5 | times: 99999999999999999999 }}',
    '{% increment n %}{% decrement n %}',
    '{% cycle "a", "b" %}',
    '{% tablerow i in (1..100000) %}{{ i }}{% endtablerow %}',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => `{{ ${s} }}`),
  fc.string({ maxLength: 20 }).map((s) => `{% ${s} %}`),
);

/** A template: a few pieces, sometimes nested in a loop or a condition. */
const template: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 1_000_000 }), piece)
      .map(([n, p]) => `{% for k in (1..${n}) %}${p}{% endfor %}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 500 }), piece)
      .map(([n, p]) => `${'{% if true %}'.repeat(n)}${p}${'{% endif %}'.repeat(n)}`),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
);

/** Runs a render and fails when it escapes as a non-Error, runs too long or returns too much. */
function checkSync(name: string, run: () => unknown): void {
  const started = performance.now();
  let output: unknown;
  try {
    output = run();
  } catch (error) {
    expect(error, `${name} threw a non-Error`).toBeInstanceOf(Error);
    expect((error as Error).message.length, `${name} threw an empty message`).toBeGreaterThan(0);
    output = null;
  }
  expect(performance.now() - started, `${name} ran past its limits`).toBeLessThan(WALL_LIMIT_MS);
  if (typeof output === 'string')
    expect(output.length).toBeLessThanOrEqual(LIQUID_LIMITS.memoryLimit);
}

describe('Liquid fuzzing', () => {
  it(`${RUNS} templates: parse, strict render and simulator render end with a result or a clear error within the limits`, async () => {
    const strict = createStrictLiquid({ renderLimit: FUZZ_RENDER_LIMIT_MS });
    const simulator = createBoundedLiquid({
      strictFilters: true,
      strictVariables: false,
      renderLimit: FUZZ_RENDER_LIMIT_MS,
    });
    await fc
      .assert(
        fc.asyncProperty(template, async (text) => {
          figures.cases += 1;
          const analysis = analyzeLiquid(text);
          expect(analysis.ok || analysis.message.length > 0).toBe(true);
          const started = performance.now();
          try {
            const output = (await strict.parseAndRender(text, SCOPE)) as unknown;
            figures.rendered += 1;
            expect(String(output).length).toBeLessThanOrEqual(LIQUID_LIMITS.memoryLimit);
          } catch (error) {
            figures.refused += 1;
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message.trim().length).toBeGreaterThan(0);
          }
          expect(performance.now() - started, 'the strict render ran past its limits').toBeLessThan(
            WALL_LIMIT_MS,
          );
          checkSync('simulator render', () => simulator.parseAndRenderSync(text, SCOPE));
        }),
        { numRuns: RUNS, seed: SEED },
      )
      .catch((error: unknown) => {
        figures.failures += 1;
        throw error;
      });
  }, 300_000);

  it.each([
    ['a loop over a huge range', '{% for i in (1..100000000) %}x{% endfor %}'],
    [
      'nested loops',
      '{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}',
    ],
    [
      'a string that doubles',
      '{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}',
    ],
    ['a template over the parse limit', `{{ "${'x'.repeat(LIQUID_LIMITS.parseLimit)}" }}`],
    [
      'text repeated by a loop (output the memory limit did not count)',
      `{% for i in (1..100000) %}${'x'.repeat(1_000)}{% endfor %}`,
    ],
    [
      'a raw block repeated by a loop',
      `{% for i in (1..1000000) %}{% raw %}${'x'.repeat(1_000)}{% endraw %}{% endfor %}`,
    ],
    [
      'a large capture written many times',
      `{% capture c %}{% for i in (1..10000) %}${'x'.repeat(100)}{% endfor %}{% endcapture %}{% for i in (1..1000) %}{{ c }}{% endfor %}`,
    ],
  ])('stops %s with a clear error about a limit', async (_name, text) => {
    const result = await renderStrict(text, SCOPE);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/limit|longer than/i),
    });
    expect(() => createLiquid().parseAndRenderSync(text, SCOPE)).toThrow(/limit/i);
  });
});
