import { defineAction } from './define';
import { addressesField, choiceField, intField, refField, textField } from './fields';
import { setPersonAttribute } from './shared-settings';
import type { ActionDef } from './types';

const people = { scope: 'people', audiences: ['people'] } as const;

/** Seed 001 "Messaging" steps (Send email itself is the seed-000 entry). */
export const MESSAGING_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...people,
    group: 'Messaging',
    id: 'send-optimized-email',
    label: 'Send optimized email',
    description: 'Sends an email at the time each contact is most likely to open it.',
    fields: [
      refField('contentId', 'Email content', 'content.email'),
      intField('windowHours', 'Send within (hours)', {
        min: 1,
        max: 168,
        required: false,
        help: 'Latest delay the optimizer may choose; 24 when empty.',
      }),
    ],
    simulation: { kind: 'send', channel: 'email' },
  }),
  defineAction({
    ...people,
    group: 'Messaging',
    id: 'send-notification-email',
    label: 'Send notification email',
    description: 'Emails your team about the contact (internal notification).',
    fields: [
      addressesField('to', 'To', { max: 500, help: 'Team addresses, separated by commas.' }),
      textField('subject', 'Subject', { max: 200, liquid: true }),
      textField('body', 'Message', { max: 10_000, liquid: true, multiline: true }),
    ],
    simulation: { kind: 'send', channel: 'notification' },
  }),
  defineAction({
    ...people,
    group: 'Messaging',
    id: 'site-notification',
    label: 'Site notification',
    description: 'Shows a notification to the contact on your site.',
    fields: [
      textField('title', 'Title', { max: 100, required: false, liquid: true }),
      textField('message', 'Message', { max: 500, liquid: true, multiline: true }),
      textField('linkUrl', 'Link', { max: 2_000, required: false, liquid: true }),
    ],
    simulation: { kind: 'send', channel: 'site' },
  }),
];

/** Seed 001 "Contact updates" steps. */
export const CONTACT_UPDATE_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'update-profile',
    label: 'Update profile',
    description: 'Sets a contact field to a new value.',
    ...setPersonAttribute('Field'),
  }),
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'add-note',
    label: 'Add note',
    description: 'Adds a note to the contact.',
    fields: [textField('note', 'Note', { max: 5_000, liquid: true, multiline: true })],
    simulation: { kind: 'log' },
  }),
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'add-tag',
    label: 'Add tag',
    description: 'Adds a tag to the contact.',
    fields: [refField('tag', 'Tag', 'tags')],
    simulation: { kind: 'addToList', membership: 'tag', param: 'tag' },
  }),
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'remove-tag',
    label: 'Remove tag',
    description: 'Removes a tag from the contact.',
    fields: [refField('tag', 'Tag', 'tags')],
    simulation: {
      kind: 'removeFromList',
      membership: 'tag',
      param: 'tag',
      ignoredWhenAbsent: true,
    },
  }),
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'add-to-group',
    label: 'Add to group',
    description: 'Adds the contact to a group.',
    fields: [refField('group', 'Group', 'groups')],
    simulation: { kind: 'addToList', membership: 'group', param: 'group' },
  }),
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'remove-from-group',
    label: 'Remove from group',
    description: 'Removes the contact from a group.',
    fields: [refField('group', 'Group', 'groups')],
    simulation: {
      kind: 'removeFromList',
      membership: 'group',
      param: 'group',
      ignoredWhenAbsent: true,
    },
  }),
  defineAction({
    ...people,
    group: 'Contact updates',
    id: 'unsubscribe',
    label: 'Unsubscribe',
    description: 'Unsubscribes the contact from a channel.',
    fields: [choiceField('channel', 'Unsubscribe from', ['email', 'sms', 'all'])],
    simulation: {
      kind: 'setAttribute',
      target: 'person',
      attribute: { fixed: 'unsubscribed' },
      valueParam: 'channel',
    },
  }),
];
