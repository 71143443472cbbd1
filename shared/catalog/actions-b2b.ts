import { defineAction } from './define';
import { choiceField, intField, refField } from './fields';
import { interestingMomentFields, setPersonAttribute } from './shared-settings';
import type { ActionDef } from './types';

const common = {
  scope: 'people',
  group: 'Journey Optimizer B2B',
  audiences: ['account', 'people'],
} as const;

const solutionInterest = refField('solutionInterestId', 'Solution interest', 'solutionInterests');

/** Seed 000 people actions of the "Journey Optimizer B2B" context, in the seed's order. */
export const B2B_PEOPLE_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...common,
    id: 'add-to-external-customer-audience',
    label: 'Add to external customer audience',
    description: 'Pushes people to an external audience; it can take up to 48 hours to populate.',
    fields: [
      refField('audienceId', 'External customer audience', 'externalAudiences', {
        help: 'Select an audience, or create one (Name required, Description optional).',
      }),
    ],
    simulation: { kind: 'addToAudience', param: 'audienceId', delayHours: { min: 0, max: 48 } },
  }),
  defineAction({
    ...common,
    id: 'assign-to-buying-group',
    label: 'Assign to Buying Group',
    description: 'Adds people to the buying group of a solution interest, in a role.',
    fields: [
      solutionInterest,
      refField('role', 'Role', 'solutionInterest.roles', { dependsOn: 'solutionInterestId' }),
    ],
    simulation: { kind: 'buyingGroup', operation: 'assign' },
  }),
  defineAction({
    ...common,
    id: 'change-data-value',
    label: 'Change Data Value',
    description: 'Sets a person attribute to a new value.',
    ...setPersonAttribute('Person attribute'),
  }),
  defineAction({
    ...common,
    id: 'change-score',
    label: 'Change Score',
    description: 'Changes a person score by an amount.',
    fields: [
      refField('scoreName', 'Score name', 'scoreNames'),
      intField('change', 'Change in score', { min: -10_000, max: 10_000, help: 'e.g. 10 or -5.' }),
    ],
    simulation: { kind: 'changeScore', scoreParam: 'scoreName', deltaParam: 'change' },
  }),
  defineAction({
    ...common,
    id: 'person-interesting-moment',
    label: 'Person Interesting Moment',
    description: 'Logs an interesting moment for people profiles.',
    fields: interestingMomentFields(),
    simulation: { kind: 'interestingMoment' },
  }),
  defineAction({
    ...common,
    id: 'remove-from-buying-group',
    label: 'Remove from Buying Group',
    description: 'Removes people from the buying group of a solution interest.',
    fields: [solutionInterest],
    simulation: { kind: 'buyingGroup', operation: 'remove' },
  }),
  defineAction({
    ...common,
    id: 'send-email',
    label: 'Send email',
    description: 'Sends an email authored here, or an email from Marketo Engage.',
    fields: [
      choiceField('source', 'Email', ['new', 'marketo'], {
        radio: true,
        help: 'new: create an email here; marketo: select an email from Marketo Engage.',
      }),
      refField('contentId', 'Email content', 'content.email', {
        when: { field: 'source', equals: 'new' },
      }),
      refField('marketoWorkspaceId', 'Marketo Engage workspace', 'marketoWorkspaces', {
        when: { field: 'source', equals: 'marketo' },
      }),
      refField('emailId', 'Marketo Engage email', 'marketoWorkspace.emails', {
        when: { field: 'source', equals: 'marketo' },
        dependsOn: 'marketoWorkspaceId',
      }),
    ],
    simulation: { kind: 'send', channel: 'email' },
  }),
  defineAction({
    ...common,
    id: 'send-sms',
    label: 'Send SMS',
    description: 'Sends an SMS authored here.',
    fields: [refField('contentId', 'SMS content', 'content.sms')],
    simulation: { kind: 'send', channel: 'sms' },
  }),
];
