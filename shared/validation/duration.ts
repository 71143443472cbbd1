import { Duration, type DurationUnit } from '../model';

const MAX = Duration.shape.amount.maxValue ?? 100_000;

/**
 * Why a duration's amount as typed ("-3", "2.5", "", "1e2") is refused, naming the field by its
 * label ("Amount (Duration)", the box's label and its legend) and saying what it takes; undefined
 * for a whole number from 1 to the maximum. The inspector keeps a refused value in the box with
 * this message, and publish refuses a saved amount below 1 with it. A whole number in another
 * notation ("1e2", which the number box lets through) is refused too, as nothing is guessed.
 */
export function durationAmountIssue(
  label: string,
  typed: string,
  unit: DurationUnit,
): string | undefined {
  const text = typed.trim();
  const n = Number(text);
  const digits = /^[-+]?\d+$/.test(text);
  if (!digits && text !== '' && Number.isInteger(n) && n >= 1)
    return `${label} must be a whole number of ${unit} in digits, like 7 (not ${text})`;
  if (!digits || n < 1) return `${label} must be a whole number of 1 or more`;
  if (n > MAX) return `${label} must be at most ${MAX}`;
  return undefined;
}

/**
 * A duration's amount field: its problem field (not `timeout`, which is also the Timed out
 * output's handle) and its label as seen: "Amount" in the inspector's legend.
 */
export const DURATION_AMOUNT_LABELS = {
  'duration.amount': 'Amount (Duration)',
  'timeout.amount': 'Amount (Timeout)',
} as const;
