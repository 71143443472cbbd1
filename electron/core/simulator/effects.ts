import type { NodeOf } from '../../../shared/model';

/** What a configured action does to simulated state; nothing is ever executed for real. */
export const EFFECT = {
  log: 0,
  score: 1,
  setValue: 2,
  tagAdd: 3,
  tagRemove: 4,
  listAdd: 5,
  listRemove: 6,
  audience: 7,
  send: 8,
  journeyStart: 9,
  custom: 10,
} as const;
export type EffectKind = (typeof EFFECT)[keyof typeof EFFECT];

/** An action's effect, read from its catalog id and params. */
export interface EffectDef {
  kind: EffectKind;
  /** Score name, attribute, tag, list, audience, channel, journey or data key. */
  target: string;
  /** Score delta. */
  amount: number;
  /** The value a setValue writes. */
  value: string;
}

type Params = Record<string, unknown>;
type EffectFactory = (params: Params) => EffectDef;

/** The first of `names` present in params, as text. */
export function param(params: Params, ...names: string[]): string {
  for (const n of names) {
    const v = params[n];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  }
  return '';
}

const def = (kind: EffectKind, target: string, amount = 0, value = ''): EffectDef => ({ kind, target, amount, value });
const named = (kind: EffectKind, ...names: string[]): EffectFactory => (p) => def(kind, param(p, ...names) || '(unnamed)');

/** Effects by catalog action id; extend it (or pass `effects` to simulate) for new actions. */
export const EFFECTS: Record<string, EffectFactory> = {
  'change-score': (p) => {
    const amount = Number(param(p, 'change', 'amount', 'delta', 'value').replace(/\s+/g, ''));
    return def(EFFECT.score, param(p, 'scoreName', 'score', 'name') || 'score', Number.isFinite(amount) ? amount : 0);
  },
  'change-data-value': (p) => def(EFFECT.setValue, param(p, 'attribute', 'field', 'fieldName'), 0, param(p, 'value', 'newValue')),
  'change-person-data-value': (p) => def(EFFECT.setValue, param(p, 'attribute', 'field', 'fieldName'), 0, param(p, 'value', 'newValue')),
  'add-tag': named(EFFECT.tagAdd, 'tag', 'tagName', 'name'),
  'remove-tag': named(EFFECT.tagRemove, 'tag', 'tagName', 'name'),
  'add-to-list': named(EFFECT.listAdd, 'listId', 'list', 'listName'),
  'remove-from-list': named(EFFECT.listRemove, 'listId', 'list', 'listName'),
  'add-to-external-customer-audience': named(EFFECT.audience, 'audienceId', 'audience', 'audienceName', 'name'),
  'start-a-journey': named(EFFECT.journeyStart, 'journeyId', 'journey', 'targetJourneyId'),
  'add-account-to-journey': named(EFFECT.journeyStart, 'journeyId', 'journey', 'targetJourneyId'),
  'custom-action': named(EFFECT.custom, 'dataKey'),
  'send-email': () => def(EFFECT.send, 'email'),
  'send-sms': () => def(EFFECT.send, 'sms'),
};

/** The effect of a configured action node; unknown ids that name a channel count as sends, others are logged only. */
export function effectOf(node: NodeOf<'action'>, table: Record<string, EffectFactory> = EFFECTS): EffectDef {
  const id = node.settings.actionId ?? '';
  const factory = table[id] ?? EFFECTS[id];
  if (factory) return factory(node.settings.params);
  if (/email/i.test(id) && /send/i.test(id)) return def(EFFECT.send, 'email');
  if (/sms/i.test(id)) return def(EFFECT.send, 'sms');
  if (/^send-/.test(id)) return def(EFFECT.send, id.slice(5));
  return def(EFFECT.log, id);
}

/** The default configuration test until the catalog supplies one: an action is chosen. */
export function defaultIsConfigured(node: NodeOf<'action'>): boolean {
  return node.settings.actionId !== null;
}

export type { EffectFactory };
