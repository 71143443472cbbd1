import { ActionsStore } from '../actions/actions-store';
import type { ActionDefinition } from '../../../shared/custom-actions';
import { newJourney } from '../../../shared/journeys/new-journey';
import type { Journey, JourneyEdge, JourneyNode } from '../../../shared/model';

type NodeSpec = Omit<JourneyNode, 'position'>;

/** The demo Mock Action every pattern journey calls (no network, so demos work offline). */
export const DEMO_MOCK_ACTION_ID = 'act-demo-customer-api';

/** A Mock Action returning a customer record with a tier, a score and a recommendation. */
export function demoMockAction(now: Date): ActionDefinition {
  const response = {
    tier: 'premium',
    score: 87,
    recommendation: { headline: 'Your analytics starter kit', product: 'Analytics Platform' },
  };
  const at = now.toISOString();
  return {
    id: DEMO_MOCK_ACTION_ID,
    name: 'Customer API (mock)',
    module: 'mock',
    config: { response: JSON.stringify(response, null, 2), status: 200, delayMs: 0 },
    secrets: {},
    createdAt: at,
    updatedAt: at,
  };
}

const node = (spec: NodeSpec, row: number, col = 1): JourneyNode =>
  ({ ...spec, position: { x: col * 260, y: row * 150 } }) as JourneyNode;
const edge = (source: string, target: string, sourceHandle = 'out'): JourneyEdge => ({
  id: `${source}-${sourceHandle}-${target}`,
  source,
  sourceHandle,
  target,
});
const entry = (name: string): NodeSpec => ({
  id: 'entry',
  type: 'entry',
  name,
  settings: { trigger: 'event', source: name },
});
const exit = (id: string, name: string): NodeSpec => ({
  id,
  type: 'exit',
  name,
  settings: { reason: name },
});
const step = (
  id: string,
  name: string,
  actionId: string,
  params: Record<string, unknown>,
): NodeSpec => ({
  id,
  name,
  type: 'action',
  settings: { scope: 'people', actionId, params, applyTo: { mode: 'all' } },
});
const callAction = (
  id: string,
  name: string,
  dataKey: string,
  fn: string,
  input: Record<string, string> = {},
): NodeSpec =>
  step(id, name, 'custom-action', { dataKey, actionRef: DEMO_MOCK_ACTION_ID, function: fn, input });

function journey(
  name: string,
  description: string,
  user: string,
  now: Date,
  nodes: JourneyNode[],
  edges: JourneyEdge[],
  content: Journey['content'] = [],
): Journey {
  return {
    ...newJourney({ name, description, audience: 'people', user, now }),
    nodes,
    edges,
    content,
  };
}

/** Seed 003's five patterns as Draft journeys: Action→Gate, →Update, →Send, Gate→Action, Delay→Action. */
export function demoActionPatternJourneys(user: string, now = new Date()): Journey[] {
  const actionGate = journey(
    'Pattern: Action → Gate',
    'Calls an API, then branches on the response.',
    user,
    now,
    [
      node(entry('Trial started'), 0),
      node(callAction('lookup', 'Look up customer', 'customer', 'respond'), 1),
      node(
        {
          id: 'premium',
          type: 'gate',
          name: 'Premium customer?',
          settings: { condition: 'journey.customer.body.tier == "premium"' },
        },
        2,
      ),
      node(
        step('alert', 'Tell the account team', 'send-notification-email', {
          to: 'sales@example.com',
          subject: 'Premium trial: {{ person.firstName }} {{ person.lastName }}',
          body: 'Tier {{ journey.customer.body.tier }}, score {{ journey.customer.body.score }}.',
        }),
        3,
        0,
      ),
      node(exit('exit-premium', 'Premium handled'), 4, 0),
      node(exit('exit-other', 'Not premium'), 3, 2),
    ],
    [
      edge('entry', 'lookup'),
      edge('lookup', 'premium'),
      edge('premium', 'alert', 'true'),
      edge('premium', 'exit-other', 'false'),
      edge('alert', 'exit-premium'),
    ],
  );

  const actionUpdate = journey(
    'Pattern: Action → Update',
    'Fetches external data and saves it to the profile.',
    user,
    now,
    [
      node(entry('Form submitted'), 0),
      node(callAction('score', 'Fetch lead score', 'scoring', 'respond'), 1),
      node(
        step('save', 'Save lead score', 'change-data-value', {
          attribute: 'leadScore',
          value: '{{ journey.scoring.body.score }}',
        }),
        2,
      ),
      node(exit('exit', 'Exit'), 3),
    ],
    [edge('entry', 'score'), edge('score', 'save'), edge('save', 'exit')],
  );

  const actionSend = journey(
    'Pattern: Action → Send',
    'Retrieves personalized content, then sends it in an email.',
    user,
    now,
    [
      node(entry('Product viewed'), 0),
      node(callAction('reco', 'Get recommendation', 'reco', 'respond'), 1),
      node(
        step('send', 'Send recommendation', 'send-email', {
          source: 'new',
          contentId: 'reco-email',
        }),
        2,
      ),
      node(exit('exit', 'Exit'), 3),
    ],
    [edge('entry', 'reco'), edge('reco', 'send'), edge('send', 'exit')],
    [
      {
        id: 'reco-email',
        kind: 'email',
        name: 'Recommendation email',
        from: 'team@example.com',
        subject: '{{ journey.reco.body.recommendation.headline }}',
        body: 'Hi {{ person.firstName }},\n\nBased on your interest we picked {{ journey.reco.body.recommendation.product }} for you.',
      },
    ],
  );

  const gateAction = journey(
    'Pattern: Gate → Action',
    'Only calls the API when the contact is subscribed.',
    user,
    now,
    [
      node(entry('Newsletter signup'), 0),
      node(
        {
          id: 'subscribed',
          type: 'gate',
          name: 'Subscribed?',
          settings: { condition: 'person.subscribed == true' },
        },
        1,
      ),
      node(
        callAction('sync', 'Sync subscriber', 'sync', 'echo', { value: '{{ person.email }}' }),
        2,
        0,
      ),
      node(
        step('note', 'Note the sync', 'add-note', {
          note: 'Synced {{ journey.sync.body.value }} (status {{ journey.sync.status }})',
        }),
        3,
        0,
      ),
      node(exit('exit-synced', 'Synced'), 4, 0),
      node(exit('exit-skipped', 'Not subscribed'), 2, 2),
    ],
    [
      edge('entry', 'subscribed'),
      edge('subscribed', 'sync', 'true'),
      edge('subscribed', 'exit-skipped', 'false'),
      edge('sync', 'note'),
      edge('note', 'exit-synced'),
    ],
  );

  const delayAction = journey(
    'Pattern: Delay → Action',
    'Waits for the right moment before calling the API.',
    user,
    now,
    [
      node(entry('Trial started'), 0),
      node(
        {
          id: 'wait',
          type: 'wait',
          name: 'Wait 3 days',
          settings: { mode: 'duration', duration: { amount: 3, unit: 'days' } },
        },
        1,
      ),
      node(callAction('usage', 'Check trial usage', 'usage', 'respond'), 2),
      node(
        step('tell', 'Tell the account team', 'send-notification-email', {
          to: 'sales@example.com',
          subject: 'Trial check: {{ person.email }}',
          body: 'Usage score {{ journey.usage.body.score }}.',
        }),
        3,
      ),
      node(exit('exit', 'Exit'), 4),
    ],
    [edge('entry', 'wait'), edge('wait', 'usage'), edge('usage', 'tell'), edge('tell', 'exit')],
  );

  return [actionGate, actionUpdate, actionSend, gateAction, delayAction];
}

/** First start: writes the demo Mock Action into actions.json and returns the pattern journeys. */
export async function installDemoActionPatterns(
  dataDir: string,
  user: string,
  now: Date,
): Promise<Journey[]> {
  await ActionsStore.open(dataDir, { seed: () => [demoMockAction(now)] });
  return demoActionPatternJourneys(user, now);
}
