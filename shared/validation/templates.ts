import { getAction } from '../catalog';
import type { Journey } from '../model';
import { analyzeLiquid, gateConditionTemplate, type LiquidAnalysis } from './liquid';

/** One Liquid-bearing value in a journey, parsed. */
export interface TemplateUse {
  /** Absent for content assets (they belong to the journey, not a node). */
  nodeId?: string;
  field: string;
  analysis: LiquidAnalysis;
}

function fromValue(nodeId: string, field: string, value: unknown): TemplateUse[] {
  if (typeof value === 'string') {
    return value.trim() === '' ? [] : [{ nodeId, field, analysis: analyzeLiquid(value) }];
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => fromValue(nodeId, `${field}.${k}`, v));
  }
  return [];
}

/** Every template in the journey: action Liquid fields, Gate conditions, authored content. */
export function collectTemplates(journey: Journey): TemplateUse[] {
  const uses: TemplateUse[] = [];
  for (const node of journey.nodes) {
    if (node.type === 'gate' && node.settings.condition.trim() !== '') {
      const analysis = analyzeLiquid(gateConditionTemplate(node.settings.condition));
      uses.push({ nodeId: node.id, field: 'condition', analysis });
    }
    if (node.type !== 'action' || node.settings.actionId === null) continue;
    const action = getAction(node.settings.actionId);
    for (const name of action?.liquidFields ?? []) {
      uses.push(...fromValue(node.id, `params.${name}`, node.settings.params[name]));
    }
  }
  for (const asset of journey.content) {
    for (const key of ['subject', 'body'] as const) {
      if (asset[key].trim() === '') continue;
      uses.push({ field: `content.${asset.id}.${key}`, analysis: analyzeLiquid(asset[key]) });
    }
  }
  return uses;
}
