import { days, pick, templateBuilder } from './builder';
import type { JourneyTemplate, TemplateMeta } from './types';

const meta: TemplateMeta = {
  id: 'lead-nurturing',
  title: 'Lead nurturing after a form submission',
  description:
    'Thanks new leads, sends product tips and a case study with waits between them, and scores those who visit pricing.',
  audience: 'people',
  useCase: 'Lead nurturing',
  story:
    '1,500 webinar sign-ups arrive over two weeks; about a third look at pricing after the tips email and are scored up for sales.',
  scenarioName: 'Spring webinar sign-ups',
};

/** Seed 001 "Lead nurturing": a series of emails after a form submission, with waits between them. */
export const leadNurturingTemplate: JourneyTemplate = {
  meta,
  build(ctx) {
    const ws = ctx.workspace;
    const mw = ws.marketoWorkspaces[0];
    const emails = mw?.emails.map((e) => e.id) ?? [];
    const b = templateBuilder(ctx, 'people');
    const thanksId = ctx.makeId();
    const entry = b.entry(
      pick(ws.events, 'Form submitted'),
      'event',
      pick(ws.events, 'Form submitted'),
      'Everyone who submits the webinar form enters here, once per submission.',
    );
    const thanks = b.action(
      'Send thank-you email',
      'send-email',
      { source: 'new', contentId: thanksId },
      'An authored email goes out straight away, personalised with the first name.',
    );
    const wait1 = b.wait(
      'Wait 2 days',
      days(2),
      'Seed 001 best practice: a Wait between major messages, so nobody gets two emails back to back.',
    );
    const tips = b.action(
      'Send product tips',
      'send-email',
      {
        source: 'marketo',
        marketoWorkspaceId: mw?.id ?? 'mw-1',
        emailId: pick(emails, 'mw1-email-2'),
      },
      'The Marketo Engage email "Product tips #1" — reused, not authored here.',
    );
    const pricing = b.waitForEvent(
      'Visited pricing?',
      pick(ws.events, 'Pricing page visited'),
      days(5),
      'We wait up to five days for a pricing page visit: the strongest buying signal we have.',
    );
    const score = b.action(
      'Raise lead score',
      'change-score',
      { scoreName: pick(ws.scoreNames, 'Lead score'), change: 20 },
      'Visitors get +20 on Lead score, which is what the sales handoff journey watches.',
    );
    const hot = b.exit(
      'Sales-ready',
      'Visited pricing',
      'Sales-ready leads leave here; the score change hands them over.',
    );
    const wait2 = b.wait('Wait 3 days', days(3), 'The rest get a pause before the last email.');
    const study = b.action(
      'Send case study',
      'send-email',
      {
        source: 'marketo',
        marketoWorkspaceId: mw?.id ?? 'mw-1',
        emailId: pick(emails, 'mw1-email-3'),
      },
      'A customer story for those not ready yet.',
    );
    const cold = b.exit(
      'Keep nurturing',
      'No pricing visit',
      'They stay in the long-term nurture programme.',
    );
    b.link(entry, thanks);
    b.link(thanks, wait1);
    b.link(wait1, tips);
    b.link(tips, pricing);
    b.link(pricing, score, 'event');
    b.link(pricing, wait2, 'timeout');
    b.link(score, hot);
    b.link(wait2, study);
    b.link(study, cold);
    return b.finish(
      meta.description,
      [
        {
          id: thanksId,
          kind: 'email',
          name: 'Thank-you email',
          from: 'events@example.com',
          subject: 'Thanks for signing up, {{ person.firstName }}',
          body: 'Hi {{ person.firstName }},\n\nThanks for registering. The recording and slides follow in a couple of days.',
        },
      ],
      {
        schemaVersion: 1,
        name: meta.scenarioName,
        population: {
          kind: 'synthetic',
          accounts: 1_500,
          personAttributes: {
            country: {
              kind: 'categorical',
              values: [
                { value: 'US', weight: 5 },
                { value: 'DE', weight: 2 },
                { value: 'UK', weight: 2 },
                { value: 'FR', weight: 1 },
              ],
            },
            leadScore: { kind: 'normal', mean: 40, stdDev: 15, min: 0, max: 100, integer: true },
          },
        },
        entry: { pattern: 'perDay', perDay: 100 },
        behaviour: {
          emailOpen: 0.38,
          emailClick: 0.09,
          eventProbability: { [pick(ws.events, 'Pricing page visited')]: 0.35 },
        },
        horizonDays: 30,
        seed: 2025,
      },
    );
  },
};
