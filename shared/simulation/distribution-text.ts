import { andList } from '../phrases';
import { Distribution } from './population';

/** One value whose weight is refused, as typed: the value and its weight's text. */
export interface BadWeight {
  value: string;
  weight: string;
}

/**
 * Every refused weight of one attribute in one sentence, the same in the scenario form and in
 * core (`journey-studio simulate`): 'the weights of Retail ("x") and Finance ("-3") must be
 * numbers, 0 or more'. The caller puts the attribute (or its path) before it.
 */
export function badWeightsMessage(bad: readonly BadWeight[]): string {
  const parts = andList(bad.map((b) => `${b.value} ("${b.weight}")`));
  return bad.length === 1
    ? `the weight of ${parts} must be a number, 0 or more`
    : `the weights of ${parts} must be numbers, 0 or more`;
}

/** Whether a weight can be drawn by: a finite number, 0 or more. */
export const isWeight = (w: unknown): w is number =>
  typeof w === 'number' && Number.isFinite(w) && w >= 0;

/**
 * The compact text of an attribute distribution, as the scenario form shows and reads it:
 * "Executive:1, Manager:3" (values with weights), "10..90" (uniform), "~50±10" (normal),
 * "2025-01-01..2026-11-30" (days, for date attributes).
 */
export function distributionText(d: Distribution): string {
  if (d.kind === 'categorical')
    return d.values.map((v) => `${String(v.value)}:${v.weight}`).join(', ');
  if (d.kind === 'uniform') return `${d.min}..${d.max}`;
  if (d.kind === 'dates') return `${d.from}..${d.to}`;
  return `~${d.mean}±${d.stdDev}`;
}

export type DistributionCheck = { ok: true; value: Distribution } | { ok: false; message: string };

const NUM = String.raw`-?\d+(?:\.\d+)?`;
const UNIFORM = new RegExp(String.raw`^(${NUM})\s*\.\.\s*(${NUM})$`);
const DAYS = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/;
const NORMAL = new RegExp(String.raw`^~\s*(${NUM})\s*±\s*(\d+(?:\.\d+)?)$`);

/**
 * Reads the text typed for attribute `attr`. Text that is not exactly one of the three forms is
 * refused with a message naming the attribute and what is wrong; nothing is guessed or rewritten
 * (a bad weight is not read as 1, a broken "~…±…" is not taken for a text value).
 */
export function parseDistributionText(attr: string, text: string): DistributionCheck {
  const t = text.trim();
  const fail = (what: string): DistributionCheck => ({ ok: false, message: `${attr}: ${what}` });
  if (t === '')
    return fail(
      'enter values like a:1, b:3, a range like 10..90, ~50±10 or 2025-01-01..2026-11-30',
    );
  const days = DAYS.exec(t);
  if (days) {
    const parsed = Distribution.safeParse({ kind: 'dates', from: days[1], to: days[2] });
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    return fail(`${issue?.path.join('.') || 'dates'}: ${issue?.message ?? 'not a range of days'}`);
  }
  const uni = UNIFORM.exec(t);
  if (uni) {
    const [min, max] = [Number(uni[1]), Number(uni[2])];
    if (min > max) return fail(`the range ${t} starts above where it ends`);
    return {
      ok: true,
      value: {
        kind: 'uniform',
        min,
        max,
        integer: !uni[1].includes('.') && !uni[2].includes('.'),
      },
    };
  }
  if (t.includes('..')) return fail(`"${t}" is not a range like 10..90 or 2025-01-01..2026-11-30`);
  const norm = NORMAL.exec(t);
  if (norm)
    return {
      ok: true,
      value: { kind: 'normal', mean: Number(norm[1]), stdDev: Number(norm[2]), integer: false },
    };
  if (t.startsWith('~') || t.includes('±'))
    return fail(`"${t}" is not a number distribution like ~900±700`);
  return parseCategorical(t, fail);
}

function parseCategorical(t: string, fail: (what: string) => DistributionCheck): DistributionCheck {
  const values: { value: string | number; weight: number }[] = [];
  const bad: BadWeight[] = [];
  for (const part of t.split(',').map((p) => p.trim())) {
    if (part === '') return fail('a value is missing between two commas');
    const i = part.lastIndexOf(':');
    const raw = i < 0 ? part : part.slice(0, i).trim();
    if (raw === '') return fail(`a value is missing before "${part}"`);
    const weightText = i < 0 ? '1' : part.slice(i + 1).trim();
    const weight = weightText === '' ? NaN : Number(weightText);
    // Every refused weight is named at once, so all of them are fixed in one go.
    if (!isWeight(weight)) bad.push({ value: raw, weight: weightText });
    values.push({ value: Number.isFinite(Number(raw)) ? Number(raw) : raw, weight });
  }
  if (bad.length > 0) return fail(badWeightsMessage(bad));
  if (values.every((v) => v.weight === 0)) return fail('at least one weight must be above 0');
  return { ok: true, value: { kind: 'categorical', values } };
}
