import { days, pick, templateBuilder } from './builder';
import type { JourneyTemplate, TemplateMeta } from './types';

const meta: TemplateMeta = {
  id: 'buying-group',
  title: 'Account-based buying group journey',
  description:
    'Moves target accounts to the Interest stage, assigns decision makers and influencers to the buying group, and alerts sales for enterprise accounts.',
  audience: 'account',
  useCase: 'Account-based marketing',
  story:
    '120 target accounts with 2–6 people each; executives get the case study, everyone else is retargeted on LinkedIn as an influencer; after a week, enterprise accounts (over 1,000 employees) reach sales.',
  scenarioName: 'FY27 target accounts',
};

/** Seed 000 account actions around a buying group: stage, roles, split by people, sales alert. */
export const buyingGroupTemplate: JourneyTemplate = {
  meta,
  build(ctx) {
    const ws = ctx.workspace;
    const si = ws.solutionInterests[0];
    const mw = ws.marketoWorkspaces[0];
    const lists = ws.accountLists
      .filter((l) => l.kind === 'static' && l.status === 'live')
      .map((l) => l.id);
    const b = templateBuilder(ctx, 'account');
    const siId = si?.id ?? 'si-1';
    const entry = b.entry(
      'Target accounts FY27',
      'audience',
      'Target accounts FY27',
      'The account audience: every target account enters with all of its people.',
    );
    const stage = b.action(
      'Move to Interest stage',
      'update-buying-group-stage',
      { solutionInterestId: siId, stage: pick(si?.stages ?? [], 'Interest') },
      'An account action: the buying group for Analytics Platform moves to Interest.',
      'account',
    );
    const split = b.split(
      'Who is it?',
      'people',
      [
        {
          name: 'Executives',
          criteria: [
            { scope: 'person', attribute: 'jobLevel', operator: 'equals', value: 'Executive' },
          ],
        },
      ],
      'Split by people: inside each account, executives and everyone else take different paths.',
    );
    const dm = b.action(
      'Assign decision makers',
      'assign-to-buying-group',
      { solutionInterestId: siId, role: pick(si?.roles ?? [], 'Decision maker') },
      'People action: executives join the buying group as Decision maker.',
    );
    const study = b.action(
      'Send case study',
      'send-email',
      {
        source: 'marketo',
        marketoWorkspaceId: mw?.id ?? 'mw-1',
        emailId: pick(mw?.emails.map((e) => e.id) ?? [], 'mw1-email-3'),
      },
      'The retail case study from Marketo Engage.',
    );
    const infl = b.action(
      'Assign influencers',
      'assign-to-buying-group',
      { solutionInterestId: siId, role: pick(si?.roles ?? [], 'Influencer') },
      'Everyone else joins as Influencer.',
    );
    const audience = b.action(
      'Retarget on LinkedIn',
      'add-to-external-customer-audience',
      // Everyone but the executives: an influencers audience, never the decision makers' one.
      { audienceId: influencersAudience(ws.externalAudiences) },
      'Add to external customer audience (influencers) — it can take up to 48 hours to populate.',
    );
    const merge = b.merge('Merge paths', 'Both paths meet again at account level.');
    const wait = b.wait('Wait 7 days', days(7), 'A week for the emails and ads to work.');
    const moment = b.action(
      'Log engagement milestone',
      'account-interesting-moment',
      { type: 'Milestone', description: 'Buying group engaged' },
      'An Account Interesting Moment of type Milestone for the sales timeline.',
      'account',
    );
    const size = b.split(
      'Enterprise account?',
      'accounts',
      [
        {
          name: 'Enterprise',
          criteria: [
            { scope: 'account', attribute: 'employees', operator: 'greaterThan', value: '1000' },
          ],
        },
      ],
      'Split by accounts on Number of employees.',
    );
    const alert = b.action(
      'Alert the account owner',
      'send-sales-alert',
      { solutionInterestId: siId, sendTo: 'Account owner' },
      'Send Sales Alert for the enterprise accounts.',
      'account',
    );
    const status = b.action(
      'Set buying group status',
      'update-buying-group-status',
      { solutionInterestId: siId, status: 'Sales engaged' },
      'Update Buying Group Status: at most 50 characters.',
      'account',
    );
    const toSales = b.exit(
      'With sales',
      'Sales engaged',
      'Enterprise accounts continue with sales.',
    );
    const expand = b.action(
      'Add to expansion list',
      'add-to-account-list',
      { listId: pick(lists, 'list-2') },
      'Smaller accounts go to the live static list "Expansion candidates".',
      'account',
    );
    const later = b.exit(
      'Expansion later',
      'Mid-market',
      'They come back in the expansion programme.',
    );
    b.link(entry, stage);
    b.link(stage, split.id);
    b.link(split.id, dm, split.paths[0]);
    b.link(split.id, infl, 'other');
    b.link(dm, study);
    b.link(infl, audience);
    b.link(study, merge);
    b.link(audience, merge);
    b.link(merge, wait);
    b.link(wait, moment);
    b.link(moment, size.id);
    b.link(size.id, alert, size.paths[0]);
    b.link(size.id, expand, 'other');
    b.link(alert, status);
    b.link(status, toSales);
    b.link(expand, later);
    return b.finish(meta.description, [], {
      schemaVersion: 1,
      name: meta.scenarioName,
      population: {
        kind: 'synthetic',
        accounts: 120,
        peoplePerAccount: { min: 2, max: 6 },
        accountAttributes: {
          employees: {
            kind: 'normal',
            mean: 900,
            stdDev: 700,
            min: 50,
            max: 20_000,
            integer: true,
          },
          industry: {
            kind: 'categorical',
            values: [
              { value: 'Retail', weight: 3 },
              { value: 'Finance', weight: 2 },
              { value: 'Manufacturing', weight: 2 },
            ],
          },
        },
        personAttributes: {
          jobLevel: {
            kind: 'categorical',
            values: [
              { value: 'Executive', weight: 1 },
              { value: 'Manager', weight: 2 },
              { value: 'Individual contributor', weight: 3 },
            ],
          },
        },
      },
      entry: { pattern: 'allAtStart' },
      behaviour: { emailOpen: 0.3, emailClick: 0.06 },
      horizonDays: 21,
      seed: 27,
    });
  },
};

/** The audience for the non-executive path: one named for influencers, else any but the decision makers'. */
function influencersAudience(audiences: readonly { id: string; name: string }[]): string {
  const named = audiences.find((a) => /influencer/i.test(a.name));
  if (named) return named.id;
  const others = audiences.filter((a) => !/decision maker/i.test(a.name)).map((a) => a.id);
  return pick(others, 'aud-3', 'aud-2');
}
