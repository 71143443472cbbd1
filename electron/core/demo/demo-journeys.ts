import { newJourney } from '../../../shared/journeys/new-journey';
import type { Audience, Journey, JourneyEdge, JourneyNode } from '../../../shared/model';

type NodeSpec = Omit<JourneyNode, 'position'>;

const at = (col: number, row: number) => ({ x: col * 260, y: row * 150 });

/** Places nodes on a grid: `[spec, col, row]`. */
function place(specs: [NodeSpec, number, number][]): JourneyNode[] {
  return specs.map(([spec, col, row]) => ({ ...spec, position: at(col, row) }) as JourneyNode);
}

function edge(source: string, target: string, sourceHandle = 'out'): JourneyEdge {
  return { id: `${source}-${sourceHandle}-${target}`, source, sourceHandle, target };
}

function action(
  id: string,
  name: string,
  scope: 'account' | 'people',
  actionId: string,
  params: Record<string, unknown>,
): NodeSpec {
  return {
    id,
    name,
    type: 'action',
    settings: { scope, actionId, params, applyTo: { mode: 'all' } },
  };
}

function journey(
  name: string,
  description: string,
  audience: Audience,
  user: string,
  now: Date,
  nodes: JourneyNode[],
  edges: JourneyEdge[],
  content: Journey['content'] = [],
): Journey {
  return { ...newJourney({ name, description, audience, user, now }), nodes, edges, content };
}

/** Buying-group nurture for target accounts: account actions, a split by people, a wait. */
function buyingGroupNurture(user: string, now: Date): Journey {
  const nodes = place([
    [
      {
        id: 'entry',
        type: 'entry',
        name: 'Target accounts FY27',
        settings: { trigger: 'audience', source: 'Target accounts FY27', listId: 'list-1' },
      },
      1,
      0,
    ],
    [
      action('stage', 'Move to Interest stage', 'account', 'update-buying-group-stage', {
        solutionInterestId: 'si-1',
        stage: 'Interest',
      }),
      1,
      1,
    ],
    [
      {
        id: 'wait',
        type: 'wait',
        name: 'Wait 5 days',
        settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } },
      },
      1,
      2,
    ],
    [
      {
        id: 'split',
        type: 'split',
        name: 'Decision makers?',
        settings: {
          splitBy: 'people',
          paths: [
            {
              id: 'dm',
              name: 'Decision makers',
              match: 'all',
              criteria: [
                { scope: 'person', attribute: 'jobLevel', operator: 'equals', value: 'Executive' },
              ],
            },
          ],
        },
      },
      1,
      3,
    ],
    [
      action('email', 'Send case study', 'people', 'send-email', {
        source: 'marketo',
        marketoWorkspaceId: 'mw-1',
        emailId: 'mw1-email-3',
      }),
      0,
      4,
    ],
    [
      action('score', 'Raise engagement score', 'people', 'change-score', {
        scoreName: 'Engagement score',
        change: 10,
      }),
      2,
      4,
    ],
    [{ id: 'merge', type: 'merge', name: 'Merge paths', settings: {} }, 1, 5],
    [
      action('alert', 'Alert sales', 'account', 'send-sales-alert', {
        solutionInterestId: 'si-1',
        sendTo: 'Account owner',
      }),
      1,
      6,
    ],
    [{ id: 'exit', type: 'exit', name: 'Exit', settings: { reason: '' } }, 1, 7],
  ]);
  const edges = [
    edge('entry', 'stage'),
    edge('stage', 'wait'),
    edge('wait', 'split'),
    edge('split', 'email', 'dm'),
    edge('split', 'score', 'other'),
    edge('email', 'merge'),
    edge('score', 'merge'),
    edge('merge', 'alert'),
    edge('alert', 'exit'),
  ];
  return journey(
    'Buying group nurture – Analytics Platform',
    'Moves target accounts from awareness to interest and alerts sales.',
    'account',
    user,
    now,
    nodes,
    edges,
  );
}

/** Trial onboarding: welcome email, wait for activation with a timeout path, tags and an SMS nudge. */
function trialOnboarding(user: string, now: Date): Journey {
  const nodes = place([
    [
      {
        id: 'entry',
        type: 'entry',
        name: 'Trial started',
        settings: { trigger: 'event', source: 'Trial started' },
      },
      1,
      0,
    ],
    [
      action('welcome', 'Send welcome email', 'people', 'send-email', {
        source: 'new',
        contentId: 'welcome-email',
      }),
      1,
      1,
    ],
    [
      {
        id: 'activated',
        type: 'waitForEvent',
        name: 'Wait for activation',
        settings: { eventName: 'Product activated', timeout: { amount: 7, unit: 'days' } },
      },
      1,
      2,
    ],
    [action('tag', 'Tag as activated', 'people', 'add-tag', { tag: 'activated' }), 0, 3],
    [
      action('nudge', 'Send activation nudge', 'people', 'send-sms', { contentId: 'nudge-sms' }),
      2,
      3,
    ],
    [{ id: 'exit-ok', type: 'exit', name: 'Activated', settings: { reason: 'Activated' } }, 0, 4],
    [
      { id: 'exit-nudged', type: 'exit', name: 'Nudged', settings: { reason: 'Not activated' } },
      2,
      4,
    ],
  ]);
  const edges = [
    edge('entry', 'welcome'),
    edge('welcome', 'activated'),
    edge('activated', 'tag', 'event'),
    edge('activated', 'nudge', 'timeout'),
    edge('tag', 'exit-ok'),
    edge('nudge', 'exit-nudged'),
  ];
  const content: Journey['content'] = [
    {
      id: 'welcome-email',
      kind: 'email',
      name: 'Welcome email',
      subject: 'Welcome to your trial, {{ person.firstName }}',
      from: 'team@example.com',
      body: 'Hi {{ person.firstName }},\n\nYour trial is ready.',
    },
    {
      id: 'nudge-sms',
      kind: 'sms',
      name: 'Activation nudge',
      subject: '',
      from: '',
      body: 'Need a hand getting started? Reply HELP.',
    },
  ];
  return journey(
    'Trial onboarding',
    'Welcomes new trial users and nudges those who do not activate within a week.',
    'people',
    user,
    now,
    nodes,
    edges,
    content,
  );
}

/** Lead nurturing after a form submission: A/B test of two emails, a wait, and a score gate. */
function leadNurturing(user: string, now: Date): Journey {
  const nodes = place([
    [
      {
        id: 'entry',
        type: 'entry',
        name: 'Form submitted',
        settings: { trigger: 'event', source: 'Form submitted' },
      },
      1,
      0,
    ],
    [
      {
        id: 'ab',
        type: 'randomSplit',
        name: 'A/B test',
        settings: {
          paths: [
            { id: 'a', name: 'Variant A', percent: 50 },
            { id: 'b', name: 'Variant B', percent: 50 },
          ],
        },
      },
      1,
      1,
    ],
    [
      action('email-a', 'Send product tips', 'people', 'send-email', {
        source: 'marketo',
        marketoWorkspaceId: 'mw-1',
        emailId: 'mw1-email-2',
      }),
      0,
      2,
    ],
    [
      action('email-b', 'Send case study', 'people', 'send-email', {
        source: 'marketo',
        marketoWorkspaceId: 'mw-1',
        emailId: 'mw1-email-3',
      }),
      2,
      2,
    ],
    [{ id: 'merge', type: 'merge', name: 'Merge paths', settings: {} }, 1, 3],
    [
      {
        id: 'wait',
        type: 'wait',
        name: 'Wait 3 days',
        settings: { mode: 'duration', duration: { amount: 3, unit: 'days' } },
      },
      1,
      4,
    ],
    [
      {
        id: 'gate',
        type: 'gate',
        name: 'Hot lead?',
        settings: { condition: 'person.leadScore > 50' },
      },
      1,
      5,
    ],
    [
      action('campaign', 'Request sales follow-up', 'people', 'add-to-request-campaign', {
        marketoWorkspaceId: 'mw-1',
        campaignId: 'mw1-rc-1',
      }),
      0,
      6,
    ],
    [
      {
        id: 'exit-hot',
        type: 'exit',
        name: 'Handed to sales',
        settings: { reason: 'Sales follow-up' },
      },
      0,
      7,
    ],
    [
      { id: 'exit-cold', type: 'exit', name: 'Keep nurturing', settings: { reason: 'Not ready' } },
      2,
      6,
    ],
  ]);
  const edges = [
    edge('entry', 'ab'),
    edge('ab', 'email-a', 'a'),
    edge('ab', 'email-b', 'b'),
    edge('email-a', 'merge'),
    edge('email-b', 'merge'),
    edge('merge', 'wait'),
    edge('wait', 'gate'),
    edge('gate', 'campaign', 'true'),
    edge('gate', 'exit-cold', 'false'),
    edge('campaign', 'exit-hot'),
  ];
  return journey(
    'Lead nurturing after form submission',
    'Tests two follow-up emails, then hands hot leads to sales.',
    'people',
    user,
    now,
    nodes,
    edges,
  );
}

/** The three sample journeys of a new demo workspace, as Drafts. */
export function demoJourneys(user: string, now = new Date()): Journey[] {
  return [buyingGroupNurture(user, now), trialOnboarding(user, now), leadNurturing(user, now)];
}
