import { ACTIONS, isComplete, type SimulationEffect } from '../../../shared/catalog';
import type { NodeOf } from '../../../shared/model';
import type { ActionTargetKind } from '../../../shared/simulation';

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
  /** What `target` names, for the action log (a group and a list of the same id stay apart). */
  refKind: ActionTargetKind;
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

const REF_KIND: Record<EffectKind, ActionTargetKind> = {
  [EFFECT.log]: 'action',
  [EFFECT.score]: 'score',
  [EFFECT.setValue]: 'attribute',
  [EFFECT.tagAdd]: 'tag',
  [EFFECT.tagRemove]: 'tag',
  [EFFECT.listAdd]: 'Marketo list',
  [EFFECT.listRemove]: 'Marketo list',
  [EFFECT.audience]: 'audience',
  [EFFECT.send]: 'action',
  [EFFECT.journeyStart]: 'journey',
  [EFFECT.custom]: 'data key',
};

const def = (
  kind: EffectKind,
  target: string,
  amount = 0,
  value = '',
  refKind = REF_KIND[kind],
): EffectDef => ({ kind, target, amount, value, refKind });
const named =
  (kind: EffectKind, name: string, refKind = REF_KIND[kind]): EffectFactory =>
  (p) =>
    def(kind, param(p, name) || '(unnamed)', 0, '', refKind);

/**
 * The effect factory for a catalog `simulation` entry: it reads exactly the params the catalog
 * names, so the simulator and the inspector can never disagree on a param name.
 */
export function effectFromCatalog(id: string, sim: SimulationEffect): EffectFactory {
  switch (sim.kind) {
    case 'setAttribute':
      return (p) =>
        def(
          EFFECT.setValue,
          'param' in sim.attribute ? param(p, sim.attribute.param) : sim.attribute.fixed,
          0,
          param(p, sim.valueParam),
        );
    case 'changeScore':
      return (p) => {
        const amount = Number(param(p, sim.deltaParam).replace(/\s+/g, ''));
        return def(
          EFFECT.score,
          param(p, sim.scoreParam) || 'score',
          Number.isFinite(amount) ? amount : 0,
        );
      };
    // Tags keep their own tally; the other memberships share the list tally, told apart by kind.
    case 'addToList':
      return sim.membership === 'tag'
        ? named(EFFECT.tagAdd, sim.param)
        : named(EFFECT.listAdd, sim.param, MEMBERSHIP_KIND[sim.membership]);
    case 'removeFromList':
      return sim.membership === 'tag'
        ? named(EFFECT.tagRemove, sim.param)
        : named(EFFECT.listRemove, sim.param, MEMBERSHIP_KIND[sim.membership]);
    case 'send':
      return () => def(EFFECT.send, sim.channel);
    case 'startJourney':
      return named(EFFECT.journeyStart, sim.param);
    case 'addToAudience':
      return named(EFFECT.audience, sim.param);
    case 'custom':
      return named(EFFECT.custom, sim.dataKeyParam);
    default:
      // exitJourney, buying groups, interesting moments and plain logs only count in the action log.
      return () => def(EFFECT.log, id);
  }
}

const MEMBERSHIP_KIND = {
  accountList: 'account list',
  marketoList: 'Marketo list',
  group: 'group',
} as const satisfies Record<string, ActionTargetKind>;

/** Effects by catalog action id, derived from each action's `simulation` metadata. */
export const EFFECTS: Record<string, EffectFactory> = Object.fromEntries(
  ACTIONS.map((a) => [a.id, effectFromCatalog(a.id, a.simulation)]),
);

/** The effect of a configured action node; unknown ids that name a channel count as sends, others are logged only. */
export function effectOf(
  node: NodeOf<'action'>,
  table: Record<string, EffectFactory> = EFFECTS,
): EffectDef {
  const id = node.settings.actionId ?? '';
  const factory = table[id] ?? EFFECTS[id];
  if (factory) return factory(node.settings.params);
  if (/email/i.test(id) && /send/i.test(id)) return def(EFFECT.send, 'email');
  if (/sms/i.test(id)) return def(EFFECT.send, 'sms');
  if (/^send-/.test(id)) return def(EFFECT.send, id.slice(5));
  return def(EFFECT.log, id);
}

/** The catalog's test (seed 001): a step that is not fully configured is skipped. */
export function defaultIsConfigured(node: NodeOf<'action'>): boolean {
  return isComplete(node.settings.actionId, node.settings.params);
}

export type { EffectFactory };
