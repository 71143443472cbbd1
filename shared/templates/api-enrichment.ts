import { pick, templateBuilder } from './builder';
import type { JourneyTemplate, TemplateMeta } from './types';

const meta: TemplateMeta = {
  id: 'api-enrichment',
  title: 'API enrichment: Action → Gate → Send',
  description:
    'Calls a customer API for each new lead, branches on the tier it returns, saves the score to the profile and sends personalised content.',
  audience: 'people',
  useCase: 'Pluggable Actions',
  story:
    '1,000 sign-ups; the mocked API answers "premium" for 30 % of them, who get a recommendation email built from the response; the rest get the standard follow-up.',
  scenarioName: 'Enrichment with mocked API',
};

const premium = {
  status: 200,
  body: {
    tier: 'premium',
    score: 87,
    recommendation: { headline: 'Your analytics starter kit', product: 'Analytics Platform' },
  },
};
const standard = {
  status: 200,
  body: {
    tier: 'standard',
    score: 42,
    recommendation: { headline: 'Getting started guide', product: 'Free plan' },
  },
};

/** Seed 003 patterns in one journey: Action → Gate, Action → Update, Action → Send, Delay → Action. */
export const apiEnrichmentTemplate: JourneyTemplate = {
  meta,
  build(ctx) {
    const ws = ctx.workspace;
    const mw = ws.marketoWorkspaces[0];
    const b = templateBuilder(ctx, 'people');
    const recoId = ctx.makeId();
    const entry = b.entry(
      pick(ws.events, 'Form submitted'),
      'event',
      pick(ws.events, 'Form submitted'),
      'A form submission starts the journey.',
    );
    const delay = b.wait(
      'Wait 1 hour',
      { amount: 1, unit: 'hours' },
      'Delay → Action: give the CRM sync an hour before calling the API.',
    );
    const call = b.action(
      'Look up customer',
      'custom-action',
      {
        dataKey: 'customer',
        actionRef: ctx.customActionId,
        function: 'respond',
        input: { email: '{{ person.email }}' },
      },
      'The Action step calls the Customer API; the response is stored under journey.customer. In simulation the result is mocked by the scenario, no endpoint is called.',
    );
    const save = b.action(
      'Save API score',
      'update-profile',
      { attribute: 'leadScore', value: '{{ journey.customer.body.score }}' },
      'Action → Update: the score from the response is saved to the profile.',
    );
    const gate = b.gate(
      'Premium tier?',
      'journey.customer.body.tier == "premium"',
      'Action → Gate: branch on the tier the API returned.',
    );
    const reco = b.action(
      'Send recommendation',
      'send-email',
      { source: 'new', contentId: recoId },
      'Action → Send: subject and body come from {{ journey.customer.body.recommendation }}.',
    );
    const personal = b.exit(
      'Personalised',
      'Premium',
      'Premium leads got content chosen by the API.',
    );
    const std = b.action(
      'Send standard follow-up',
      'send-email',
      {
        source: 'marketo',
        marketoWorkspaceId: mw?.id ?? 'mw-1',
        emailId: pick(mw?.emails.map((e) => e.id) ?? [], 'mw1-email-2'),
      },
      'Everyone else gets the standard Marketo Engage email.',
    );
    const other = b.exit(
      'Standard',
      'Standard tier',
      'Standard leads continue in regular nurture.',
    );
    b.link(entry, delay);
    b.link(delay, call);
    b.link(call, save);
    b.link(save, gate);
    b.link(gate, reco, 'true');
    b.link(gate, std, 'false');
    b.link(reco, personal);
    b.link(std, other);
    return b.finish(
      meta.description,
      [
        {
          id: recoId,
          kind: 'email',
          name: 'Recommendation email',
          from: 'team@example.com',
          subject: '{{ journey.customer.body.recommendation.headline }}',
          body: 'Hi {{ person.firstName }},\n\nBased on your profile we picked {{ journey.customer.body.recommendation.product }} for you.',
        },
      ],
      {
        schemaVersion: 1,
        name: meta.scenarioName,
        population: {
          kind: 'synthetic',
          accounts: 1_000,
          personAttributes: {
            email: { kind: 'categorical', values: [{ value: 'lead@example.com', weight: 1 }] },
            leadScore: { kind: 'uniform', min: 0, max: 50, integer: true },
          },
        },
        entry: { pattern: 'perDay', perDay: 100 },
        mockResults: {
          customer: {
            kind: 'pickFrom',
            options: [
              { value: premium, weight: 3 },
              { value: standard, weight: 7 },
            ],
          },
        },
        horizonDays: 14,
        seed: 3,
      },
    );
  },
};
