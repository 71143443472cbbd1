import { defineAction } from './define';
import { addressesField, refField, textField } from './fields';
import { interestingMomentFields } from './shared-settings';
import type { ActionDef } from './types';

const common = { scope: 'account', group: 'Account actions', audiences: ['account'] } as const;

const solutionInterest = refField('solutionInterestId', 'Solution interest', 'solutionInterests', {
  help: 'The solution interest whose buying group this changes.',
});

/** Seed 000 "Account actions", in the seed's order. */
export const ACCOUNT_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...common,
    id: 'account-change-data-value',
    label: 'Account Change Data Value',
    description: 'Sets an account attribute to a new value.',
    fields: [
      refField('attribute', 'Attribute', 'accountAttributes'),
      textField('value', 'New value', { max: 1_000, liquid: true }),
    ],
    simulation: {
      kind: 'setAttribute',
      target: 'account',
      attribute: { param: 'attribute' },
      valueParam: 'value',
    },
  }),
  defineAction({
    ...common,
    id: 'account-interesting-moment',
    label: 'Account Interesting Moment',
    description: 'Logs an interesting moment on the account.',
    fields: interestingMomentFields(),
    simulation: { kind: 'interestingMoment' },
  }),
  defineAction({
    ...common,
    id: 'add-account-to-journey',
    label: 'Add Account to (other) Journey',
    description: 'Adds the account to another live account journey.',
    fields: [
      refField('journeyId', 'Account journey', 'journeys.account', {
        help: 'A live account journey other than this one.',
      }),
    ],
    simulation: { kind: 'startJourney', param: 'journeyId' },
  }),
  defineAction({
    ...common,
    id: 'add-to-account-list',
    label: 'Add to account list',
    description: 'Adds the account to a static account list.',
    fields: [
      refField('listId', 'Account list', 'accountLists', { help: 'A live static account list.' }),
    ],
    simulation: { kind: 'addToList', membership: 'accountList', param: 'listId' },
  }),
  defineAction({
    ...common,
    id: 'remove-account-from-journey',
    label: 'Remove Account from Journey',
    description: 'Removes the account from a live account journey.',
    fields: [
      refField('journeyId', 'Account journey', 'journeys.account', {
        help: 'A live account journey.',
        journeyUse: 'leave',
      }),
    ],
    simulation: { kind: 'exitJourney', param: 'journeyId' },
  }),
  defineAction({
    ...common,
    id: 'remove-from-account-list',
    label: 'Remove from account list',
    description: 'Removes the account from a static account list.',
    fields: [
      refField('listId', 'Account list', 'accountLists', { help: 'A live static account list.' }),
    ],
    simulation: {
      kind: 'removeFromList',
      membership: 'accountList',
      param: 'listId',
      ignoredWhenAbsent: true,
    },
  }),
  defineAction({
    ...common,
    id: 'send-sales-alert',
    label: 'Send Sales Alert',
    description: 'Emails a sales alert about the account.',
    fields: [
      // An alert changes no buying group: it is about the solution interest.
      { ...solutionInterest, help: 'The solution interest the alert is about.' },
      addressesField('sendTo', 'Send email to', {
        max: 500,
        help: 'Account owner, or email addresses separated by commas.',
        roles: ['Account owner'],
      }),
    ],
    simulation: { kind: 'send', channel: 'notification' },
  }),
  defineAction({
    ...common,
    id: 'update-buying-group-stage',
    label: 'Update Buying Group Stage',
    description: 'Moves the buying group to another stage.',
    fields: [
      solutionInterest,
      refField('stage', 'Buying group stage', 'solutionInterest.stages', {
        dependsOn: 'solutionInterestId',
      }),
    ],
    simulation: { kind: 'buyingGroup', operation: 'setStage' },
  }),
  defineAction({
    ...common,
    id: 'update-buying-group-status',
    label: 'Update Buying Group Status',
    description: 'Sets the buying group status text.',
    fields: [
      solutionInterest,
      textField('status', 'Status', { max: 50, help: 'At most 50 characters.' }),
    ],
    simulation: { kind: 'buyingGroup', operation: 'setStatus' },
  }),
];
