import type { RefOption } from '../../shared/catalog';

/**
 * A select's options; one that may not be chosen says why ("Churn risk — not live") and stays
 * choosable only while it is the current value, so a saved choice is shown, never changed.
 */
export function RefOptionItems({
  options,
  current,
}: {
  options: readonly RefOption[];
  current: string;
}) {
  return options.map((o) => (
    <option
      key={o.value}
      value={o.value}
      disabled={o.disabledReason !== undefined && o.value !== current}
    >
      {o.disabledReason ? `${o.label} — ${o.disabledReason}` : o.label}
    </option>
  ));
}
