import { choiceLabel } from './choice-labels';
import type { WidgetProps } from './widget-props';

/** A radio group over a fixed list; its legend is drawn by the field frame. */
export function RadioWidget({ field, id, value, onChange, options, env, actionId }: WidgetProps) {
  return (
    <div className="radio-row">
      {(options ?? []).map((o) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            disabled={env.readOnly}
            onChange={() => onChange(o.value)}
          />
          {choiceLabel(actionId, field.name, o.value)}
        </label>
      ))}
    </div>
  );
}
