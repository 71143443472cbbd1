import { days, pick, templateBuilder } from './builder';
import type { JourneyTemplate, TemplateMeta } from './types';

const meta: TemplateMeta = {
  id: 'sales-handoff',
  title: 'Sales handoff with a notification email and a CRM action',
  description:
    'When a lead reaches a high-intent stage, tells the sales team by email and creates a CRM follow-up task; the rest go back to nurture.',
  audience: 'people',
  useCase: 'Sales handoff',
  story:
    '600 pricing-page visitors in ten days; those with a lead score of 70 or more (about one in five) reach sales with a call task, the rest return to nurture.',
  scenarioName: 'Pricing page visitors',
};

/** Seed 001 "Sales handoff": an internal notification and a CRM action at a high-intent stage. */
export const salesHandoffTemplate: JourneyTemplate = {
  meta,
  build(ctx) {
    const ws = ctx.workspace;
    const mw = ws.marketoWorkspaces[0];
    const campaigns = mw?.requestCampaigns.map((c) => c.id) ?? [];
    const b = templateBuilder(ctx, 'people');
    const entry = b.entry(
      pick(ws.events, 'Pricing page visited'),
      'event',
      pick(ws.events, 'Pricing page visited'),
      'A visit to the pricing page is our high-intent signal.',
    );
    const hot = b.gate(
      'High intent?',
      'person.leadScore >= 70',
      'Gate on Lead score: 70 or more goes to sales, below stays in marketing.',
    );
    const notify = b.action(
      'Notify sales team',
      'send-notification-email',
      {
        to: 'sales@example.com',
        subject: 'Hot lead: {{ person.firstName }} {{ person.lastName }}',
        body: '{{ person.firstName }} ({{ person.jobTitle }}) visited pricing with a lead score of {{ person.leadScore }}.',
      },
      'Send notification email: an internal email to the sales team — the contact never sees it.',
    );
    const task = b.action(
      'Create sales follow-up task',
      'crm-action',
      {
        taskType: pick(ws.crmTaskTypes, 'Call'),
        subject: 'Call {{ person.firstName }} {{ person.lastName }} within 24 hours',
        assignTo: 'Account owner',
      },
      'CRM action: a Call task for the owner, named after the business intent as seed 001 advises.',
    );
    const vip = b.action(
      'Tag as sales-qualified',
      'add-tag',
      { tag: pick(ws.tags, 'vip') },
      'A tag so marketing suppresses these contacts from nurture emails.',
    );
    const handed = b.exit(
      'Handed to sales',
      'Sales follow-up',
      'Sales owns the relationship from here.',
    );
    const wait = b.wait('Wait 1 day', days(1), 'The rest get a day of quiet first.');
    const nurture = b.action(
      'Back to nurture',
      'add-to-request-campaign',
      { marketoWorkspaceId: mw?.id ?? 'mw-1', campaignId: pick(campaigns, 'mw1-rc-2') },
      'Adds them to the Marketo Engage request campaign "Nurture – product tips".',
    );
    const back = b.exit(
      'Keep nurturing',
      'Not sales-ready',
      'They come back through here when their score rises.',
    );
    b.link(entry, hot);
    b.link(hot, notify, 'true');
    b.link(hot, wait, 'false');
    b.link(notify, task);
    b.link(task, vip);
    b.link(vip, handed);
    b.link(wait, nurture);
    b.link(nurture, back);
    return b.finish(meta.description, [], {
      schemaVersion: 1,
      name: meta.scenarioName,
      population: {
        kind: 'synthetic',
        accounts: 600,
        personAttributes: {
          leadScore: { kind: 'normal', mean: 55, stdDev: 18, min: 0, max: 100, integer: true },
          jobTitle: {
            kind: 'categorical',
            values: [
              { value: 'Head of Analytics', weight: 2 },
              { value: 'Data Engineer', weight: 3 },
              { value: 'CTO', weight: 1 },
            ],
          },
        },
      },
      entry: { pattern: 'perDay', perDay: 60 },
      horizonDays: 14,
      seed: 7,
    });
  },
};
