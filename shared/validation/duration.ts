import { Duration } from '../model';

const MAX = Duration.shape.amount.maxValue ?? 100_000;

/**
 * Why a duration's amount as typed ("-3", "2.5", "") is refused, naming the field by its label
 * ("Amount (Duration)", the box's label and its legend); undefined for a whole number from 1 to the maximum. The inspector keeps a
 * refused value in the box with this message, and publish refuses a saved amount below 1 with it.
 */
export function durationAmountIssue(label: string, typed: string): string | undefined {
  const text = typed.trim();
  const n = Number(text);
  if (text === '' || !/^[-+]?\d+$/.test(text) || n < 1)
    return `${label} must be a whole number of 1 or more`;
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
