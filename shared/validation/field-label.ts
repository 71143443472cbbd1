import { getAction } from '../catalog';
import type { Journey } from '../model';

const humanize = (name: string) =>
  name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

const NODE_FIELDS: Record<string, string> = {
  condition: 'Condition',
  eventName: 'Event',
  targetNodeId: 'Go to node',
  source: 'Audience',
  actionId: 'Action',
  scope: 'Accounts or People',
  applyTo: 'Apply to which contacts',
};

/**
 * The label a person sees for a problem's field, so messages never show internal paths:
 * `params.subject` -> "Subject", `params.input.url` -> "Input url",
 * `content.<id>.body` -> `Email "Welcome" body`.
 */
export function fieldLabel(
  journey: Pick<Journey, 'nodes' | 'content'>,
  nodeId: string | undefined,
  field: string,
): string {
  const content = /^content\.(.+)\.(subject|body|from)$/.exec(field);
  if (content) {
    const asset = journey.content.find((a) => a.id === content[1]);
    const kind = asset?.kind === 'sms' ? 'SMS' : 'Email';
    return asset ? `${kind} "${asset.name}" ${content[2]}` : `Content ${content[2]}`;
  }
  const row = /^applyTo\.criteria\.(\d+)$/.exec(field);
  if (row) return `${NODE_FIELDS.applyTo}, criterion ${Number(row[1]) + 1}`;
  const [head, name, ...rest] = field.split('.');
  if (head === 'params' && name) {
    const node = journey.nodes.find((n) => n.id === nodeId);
    const actionId = node?.type === 'action' ? node.settings.actionId : null;
    const label =
      (actionId ? getAction(actionId)?.fields.find((f) => f.name === name)?.label : undefined) ??
      humanize(name);
    return rest.length > 0 ? `${label} ${rest.join('.')}` : label;
  }
  return NODE_FIELDS[field] ?? humanize(field);
}
