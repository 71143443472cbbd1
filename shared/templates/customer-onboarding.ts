import { days, pick, templateBuilder } from './builder';
import type { JourneyTemplate, TemplateMeta } from './types';

const meta: TemplateMeta = {
  id: 'customer-onboarding',
  title: 'Customer onboarding with profile and tag updates',
  description:
    'Tags new trial users, welcomes them, and updates profile fields and tags as they activate; a nudge by SMS for the rest.',
  audience: 'people',
  useCase: 'Customer onboarding',
  story:
    '800 trial users start on day one; 45 % activate within a week, get tagged "activated" and lose the "trial" tag; the others get an SMS nudge.',
  scenarioName: 'January trial cohort',
};

/** Seed 001 "Customer onboarding": profile fields and tags change as contacts reach milestones. */
export const customerOnboardingTemplate: JourneyTemplate = {
  meta,
  build(ctx) {
    const ws = ctx.workspace;
    const b = templateBuilder(ctx, 'people');
    const welcomeId = ctx.makeId();
    const nudgeId = ctx.makeId();
    const activated = pick(ws.events, 'Product activated');
    const entry = b.entry(
      pick(ws.events, 'Trial started'),
      'event',
      pick(ws.events, 'Trial started'),
      'A new trial starts the journey; each person enters once.',
    );
    const tagTrial = b.action(
      'Tag as trial',
      'add-tag',
      { tag: pick(ws.tags, 'trial') },
      'Milestone 0: the "trial" tag, so every team can see who is evaluating.',
    );
    const day1 = b.action(
      'Start trial clock',
      'update-profile',
      { attribute: 'trialDay', value: '1' },
      'Update profile sets Trial day to 1; later steps and reports read it.',
    );
    const welcome = b.action(
      'Send welcome email',
      'send-email',
      { source: 'new', contentId: welcomeId },
      'The authored welcome email, with the first three setup steps.',
    );
    const waitAct = b.waitForEvent(
      'Wait for activation',
      activated,
      days(7),
      'Up to seven days for the "Product activated" event: the milestone that matters.',
    );
    const tagAct = b.action(
      'Tag as activated',
      'add-tag',
      { tag: pick(ws.tags, 'activated') },
      'Milestone 1 reached: tag "activated"…',
    );
    const untag = b.action(
      'Remove trial tag',
      'remove-tag',
      { tag: pick(ws.tags, 'trial') },
      '…and the "trial" tag goes.',
    );
    const score = b.action(
      'Mark as engaged',
      'update-profile',
      { attribute: 'leadScore', value: '{{ person.leadScore | plus: 30 }}' },
      'Update profile with Liquid: Lead score + 30 for activated users.',
    );
    const champions = b.action(
      'Invite to champions',
      'add-to-group',
      { group: pick(ws.groups, 'Champions') },
      'Executives only (Apply to which contacts: matching criteria) join the Champions group.',
      'people',
      {
        mode: 'matching',
        match: 'all',
        criteria: [
          { scope: 'person', attribute: 'jobLevel', operator: 'equals', value: 'Executive' },
        ],
      },
    );
    const done = b.exit('Onboarded', 'Activated', 'Activated users leave onboarding here.');
    const nudge = b.action(
      'Send activation nudge',
      'send-sms',
      { contentId: nudgeId },
      'No activation after a week: a short SMS offering help.',
    );
    const help = b.exit('Needs help', 'Not activated', 'Customer success picks these up.');
    b.link(entry, tagTrial);
    b.link(tagTrial, day1);
    b.link(day1, welcome);
    b.link(welcome, waitAct);
    b.link(waitAct, tagAct, 'event');
    b.link(waitAct, nudge, 'timeout');
    b.link(tagAct, untag);
    b.link(untag, score);
    b.link(score, champions);
    b.link(champions, done);
    b.link(nudge, help);
    return b.finish(
      meta.description,
      [
        {
          id: welcomeId,
          kind: 'email',
          name: 'Welcome email',
          from: 'success@example.com',
          subject: 'Welcome aboard, {{ person.firstName }}',
          body: 'Hi {{ person.firstName }},\n\nThree steps to get going: connect a data source, invite your team, build your first dashboard.',
        },
        {
          id: nudgeId,
          kind: 'sms',
          name: 'Activation nudge',
          subject: '',
          from: '',
          body: 'Stuck setting up? Reply HELP and we will call you.',
        },
      ],
      {
        schemaVersion: 1,
        name: meta.scenarioName,
        population: {
          kind: 'synthetic',
          accounts: 800,
          personAttributes: {
            jobLevel: {
              kind: 'categorical',
              values: [
                { value: 'Executive', weight: 2 },
                { value: 'Manager', weight: 4 },
                { value: 'Individual contributor', weight: 4 },
              ],
            },
            leadScore: { kind: 'uniform', min: 10, max: 60, integer: true },
            trialDay: { kind: 'categorical', values: [{ value: 0, weight: 1 }] },
          },
        },
        entry: { pattern: 'allAtStart' },
        behaviour: {
          emailOpen: 0.55,
          emailClick: 0.2,
          smsClick: 0.12,
          eventProbability: { [activated]: 0.45 },
        },
        horizonDays: 14,
        seed: 11,
      },
    );
  },
};
