import { radioTabIndex } from '../../../components/radio-tab-stop';
import { choiceLabel } from './choice-labels';
import type { WidgetProps } from './widget-props';

/** A radio group over a fixed list; its legend is drawn by the field frame. */
export function RadioWidget({ field, id, value, onChange, options, env, actionId }: WidgetProps) {
  const anyChecked = (options ?? []).some((o) => o.value === value);
  return (
    <div className="radio-row">
      {(options ?? []).map((o, i) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            tabIndex={radioTabIndex(i, anyChecked)}
            disabled={env.readOnly}
            onChange={() => onChange(o.value)}
          />
          {choiceLabel(actionId, field.name, o.value)}
        </label>
      ))}
    </div>
  );
}
