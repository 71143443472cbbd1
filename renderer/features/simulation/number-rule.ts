/** What a scenario number field accepts. */
export interface NumberRule {
  min?: number;
  max?: number;
  /** Whole numbers only (counts, days of a horizon, seeds). */
  integer?: boolean;
  /** Empty means "not set" (undefined) instead of an error. */
  optional?: boolean;
}

export type NumberCheck = { ok: true; value: number | undefined } | { ok: false; message: string };

const fmt = (n: number) => n.toLocaleString('en-US');

/** Checks a field's text against its rule; the message names the field ("Seed: must be a whole number"). */
export function checkNumber(label: string, text: string, rule: NumberRule): NumberCheck {
  const t = text.trim();
  if (t === '')
    return rule.optional
      ? { ok: true, value: undefined }
      : { ok: false, message: `${label}: enter a number` };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, message: `${label}: enter a number` };
  if (rule.integer && !Number.isInteger(n))
    return { ok: false, message: `${label}: must be a whole number` };
  if (rule.min !== undefined && n < rule.min)
    return { ok: false, message: `${label}: must be at least ${fmt(rule.min)}` };
  if (rule.max !== undefined && n > rule.max)
    return { ok: false, message: `${label}: must be at most ${fmt(rule.max)}` };
  return { ok: true, value: n };
}
