/** Per action: a valid full parameter set, and single-field violations (field, bad value). */
export interface ActionCase {
  valid: Record<string, unknown>;
  bad: [field: string, value: unknown][];
}

const long = (n: number) => 'x'.repeat(n);
const moment: ActionCase = {
  valid: { type: 'Milestone', description: 'Reached {{ account.stage }}' },
  bad: [
    ['type', 'Phone'],
    ['type', 3],
    ['description', long(2_001)],
  ],
};

export const CASES: Record<string, ActionCase> = {
  'account-change-data-value': {
    valid: { attribute: 'industry', value: 'Retail' },
    bad: [
      ['attribute', 42],
      ['value', long(1_001)],
    ],
  },
  'account-interesting-moment': moment,
  'add-account-to-journey': { valid: { journeyId: 'j2' }, bad: [['journeyId', 7]] },
  'add-to-account-list': { valid: { listId: 'al-live' }, bad: [['listId', false]] },
  'remove-account-from-journey': { valid: { journeyId: 'j2' }, bad: [['journeyId', null]] },
  'remove-from-account-list': { valid: { listId: 'al-live' }, bad: [['listId', long(201)]] },
  'send-sales-alert': {
    valid: { solutionInterestId: 'si-1', sendTo: 'sales@example.com' },
    bad: [
      ['solutionInterestId', 1],
      ['sendTo', long(501)],
      ['sendTo', 'sales@example.com, sales team'],
    ],
  },
  'update-buying-group-stage': {
    valid: { solutionInterestId: 'si-1', stage: 'Engaged' },
    bad: [['stage', ['Engaged']]],
  },
  'update-buying-group-status': {
    valid: { solutionInterestId: 'si-1', status: long(50) },
    bad: [
      ['status', long(51)],
      ['status', 5],
      ['solutionInterestId', {}],
    ],
  },
  'add-to-external-customer-audience': { valid: { audienceId: 'aud-1' }, bad: [['audienceId', 1]] },
  'assign-to-buying-group': {
    valid: { solutionInterestId: 'si-1', role: 'Influencer' },
    bad: [['role', 2]],
  },
  'change-data-value': {
    valid: { attribute: 'jobTitle', value: '{{ journey.lookup.body.title }}' },
    bad: [['value', long(1_001)]],
  },
  'change-score': {
    valid: { scoreName: 'Behavior score', change: -5 },
    bad: [
      ['change', 1.5],
      ['change', '10'],
      ['change', 10_001],
    ],
  },
  'person-interesting-moment': moment,
  'remove-from-buying-group': {
    valid: { solutionInterestId: 'si-1' },
    bad: [['solutionInterestId', 0]],
  },
  'send-email': {
    valid: { source: 'marketo', marketoWorkspaceId: 'mw-1', emailId: 'me-1' },
    bad: [
      ['source', 'outlook'],
      ['emailId', 9],
    ],
  },
  'send-sms': { valid: { contentId: 'sms-1' }, bad: [['contentId', 1]] },
  'add-to-list': {
    valid: { marketoWorkspaceId: 'mw-1', listId: 'ml-1' },
    bad: [['marketoWorkspaceId', 1]],
  },
  'add-to-request-campaign': {
    valid: { marketoWorkspaceId: 'mw-1', campaignId: 'rc-1' },
    bad: [['campaignId', true]],
  },
  'change-people-partition': {
    valid: { marketoWorkspaceId: 'mw-1', partitionId: 'pp-1' },
    bad: [['partitionId', 1]],
  },
  'remove-from-list': {
    valid: { marketoWorkspaceId: 'mw-1', listId: 'ml-1' },
    bad: [['listId', 1]],
  },
  'send-optimized-email': {
    valid: { contentId: 'email-1', windowHours: 48 },
    bad: [
      ['windowHours', 0],
      ['windowHours', 169],
    ],
  },
  'send-notification-email': {
    valid: { to: 'team@example.com', subject: 'New lead {{ person.name }}', body: 'Call them' },
    bad: [
      ['subject', long(201)],
      ['body', long(10_001)],
      ['to', 'team@'],
    ],
  },
  'site-notification': {
    valid: { title: 'Hi', message: 'Welcome back', linkUrl: 'https://example.com' },
    bad: [
      ['message', long(501)],
      ['title', long(101)],
    ],
  },
  'update-profile': { valid: { attribute: 'country', value: 'FR' }, bad: [['attribute', 1]] },
  'add-note': { valid: { note: 'Asked for a demo' }, bad: [['note', long(5_001)]] },
  'add-tag': { valid: { tag: 'vip' }, bad: [['tag', 1]] },
  'remove-tag': { valid: { tag: 'vip' }, bad: [['tag', 1]] },
  'add-to-group': { valid: { group: 'beta' }, bad: [['group', 1]] },
  'remove-from-group': { valid: { group: 'beta' }, bad: [['group', 1]] },
  unsubscribe: { valid: { channel: 'email' }, bad: [['channel', 'fax']] },
  'start-a-journey': { valid: { journeyId: 'j2' }, bad: [['journeyId', 1]] },
  'exit-a-journey': {
    valid: { target: 'other', journeyId: 'j2' },
    bad: [['target', 'elsewhere']],
  },
  webhook: {
    valid: {
      method: 'POST',
      url: 'https://api.example.com/{{ person.id }}',
      headers: { Authorization: 'Bearer x' },
      body: '{"a":1}',
    },
    bad: [
      ['method', 'FETCH'],
      ['url', 'ftp://example.com'],
      ['url', 'https://api example.com'],
      ['headers', { a: 1 }],
      ['url', long(2_001)],
    ],
  },
  'crm-action': {
    valid: { taskType: 'Call', subject: 'Call {{ person.name }}', assignTo: 'Owner' },
    bad: [['subject', long(256)]],
  },
  'custom-action': {
    valid: {
      dataKey: 'my_action',
      actionRef: 'ca-1',
      function: 'request',
      input: { url: 'https://x.test/{{ person.id }}' },
    },
    bad: [
      ['dataKey', '1abc'],
      ['dataKey', 'my-action'],
      ['input', { url: 3 }],
      ['input', 'not a record'],
    ],
  },
};
