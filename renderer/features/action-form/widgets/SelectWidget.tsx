import { missingOption } from '../../../../shared/catalog';
import { RefOptionItems } from '../../../components/RefOptionItems';
import type { WidgetProps } from './widget-props';

/** A select over workspace, journey or fixed options; disabled options say why. */
export function SelectWidget({
  field,
  id,
  value,
  onChange,
  describedBy,
  invalid,
  options,
  parentLabel,
  env,
}: WidgetProps) {
  const current = typeof value === 'string' ? value : '';
  const waiting = options === undefined;
  const known = (options ?? []).some((o) => o.value === current);
  const placeholder =
    waiting && parentLabel
      ? `Select ${parentLabel} first`
      : options?.length === 0
        ? 'No options in the workspace'
        : 'Select…';
  return (
    <select
      id={id}
      value={current}
      disabled={env.readOnly || waiting}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={field.required || undefined}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{placeholder}</option>
      {current && !known && <option value={current}>{missingOption(field, current).label}</option>}
      <RefOptionItems options={options ?? []} current={current} />
    </select>
  );
}
