import type { Audience } from '../model';
import { ACCOUNT_ACTIONS } from './actions-account';
import { B2B_PEOPLE_ACTIONS } from './actions-b2b';
import { CONTACT_UPDATE_ACTIONS, MESSAGING_ACTIONS } from './actions-contact';
import { INTEGRATION_ACTIONS, JOURNEY_CONTROL_ACTIONS } from './actions-control';
import { MARKETO_ACTIONS } from './actions-marketo';
import { ACTION_GROUPS, type ActionDef, type ActionGroup, type ActionScope } from './types';

/** Every action, in seed order: 000 account, 000 people (B2B, Marketo), 001 steps, 003 Action. */
export const ACTIONS: readonly ActionDef[] = [
  ...ACCOUNT_ACTIONS,
  ...B2B_PEOPLE_ACTIONS,
  ...MARKETO_ACTIONS,
  ...MESSAGING_ACTIONS,
  ...CONTACT_UPDATE_ACTIONS,
  ...JOURNEY_CONTROL_ACTIONS,
  ...INTEGRATION_ACTIONS,
];

const byId = new Map(ACTIONS.map((a) => [a.id, a]));
if (byId.size !== ACTIONS.length) throw new Error('Duplicate action id in the catalog');

/** The catalog entry for an action id, or undefined when there is none. */
export function getAction(id: string): ActionDef | undefined {
  return byId.get(id);
}

/** Whether an action may be used in a journey of this audience. */
export function isOfferedIn(action: ActionDef, audience: Audience): boolean {
  return action.audiences.includes(audience);
}

export interface ActionGroupEntry {
  group: ActionGroup;
  actions: ActionDef[];
}

/**
 * Seed 001 (contact journeys) lists its own groups first — Messaging (with Send email),
 * Contact updates, Journey control, Integrations — then the product headings of seed 000.
 */
const PEOPLE_JOURNEY_GROUPS: readonly ActionGroup[] = [
  'Messaging',
  'Contact updates',
  'Journey control',
  'Integrations',
  'Journey Optimizer B2B',
  'Marketo Engage',
  'Account actions',
];

/** The heading an action is listed under: in a people journey, Send email is Messaging (seed 001). */
function groupIn(action: ActionDef, audience: Audience): ActionGroup {
  return audience === 'people' && action.id === 'send-email' ? 'Messaging' : action.group;
}

/** The actions a Take an action node offers for this audience and scope, grouped in seed order. */
export function actionsFor(audience: Audience, scope: ActionScope): ActionGroupEntry[] {
  const offered = ACTIONS.filter((a) => a.scope === scope && isOfferedIn(a, audience));
  const order = audience === 'people' ? PEOPLE_JOURNEY_GROUPS : ACTION_GROUPS;
  return order
    .map((group) => ({ group, actions: offered.filter((a) => groupIn(a, audience) === group) }))
    .filter((g) => g.actions.length > 0)
    .map((g) =>
      audience === 'people' && g.group === 'Messaging'
        ? {
            ...g,
            actions: [...g.actions].sort(
              (a, b) => Number(b.id === 'send-email') - Number(a.id === 'send-email'),
            ),
          }
        : g,
    );
}
