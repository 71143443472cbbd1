import type { ComponentType } from 'react';
import type { OptionSource, ParamField, WidgetKind } from '../../../../shared/catalog';
import { ContentWidget } from './ContentWidget';
import { ExternalAudienceWidget } from './ExternalAudienceWidget';
import { KeyValueWidget } from './KeyValueWidget';
import { RadioWidget } from './RadioWidget';
import { SelectWidget } from './SelectWidget';
import { NumberWidget, TextWidget } from './TextWidget';
import type { WidgetProps } from './widget-props';

/** Purpose-built widgets where a plain select is not enough, by option source. */
const CUSTOM: Partial<Record<OptionSource, ComponentType<WidgetProps>>> = {
  externalAudiences: ExternalAudienceWidget,
  'content.email': ContentWidget,
  'content.sms': ContentWidget,
};

/** The generic control for each widget kind of the catalog. */
const BY_KIND: Record<WidgetKind, ComponentType<WidgetProps>> = {
  text: TextWidget,
  textarea: TextWidget,
  number: NumberWidget,
  select: SelectWidget,
  radio: RadioWidget,
  keyValue: KeyValueWidget,
};

/** The control drawing a field. */
export function widgetFor(field: ParamField): ComponentType<WidgetProps> {
  return (field.options && CUSTOM[field.options]) || BY_KIND[field.widget];
}

/** Whether the field is a group of controls (fieldset and legend) rather than one labelled control. */
export function isGrouped(field: ParamField): boolean {
  return (
    field.widget === 'radio' || field.widget === 'keyValue' || field.options === 'externalAudiences'
  );
}
