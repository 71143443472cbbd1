import { defineAction } from './define';
import { choiceField, keyValueField, refField, textField, urlField } from './fields';
import type { ActionDef } from './types';

const people = { scope: 'people', audiences: ['people'] } as const;

/** Identifier-safe Data Key (seed 003), so `{{journey.<key>.body}}` works. */
export const DATA_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Seed 001 "Journey control" steps. */
export const JOURNEY_CONTROL_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...people,
    group: 'Journey control',
    id: 'start-a-journey',
    label: 'Start a journey',
    description: 'Starts another live journey for the contact.',
    fields: [
      refField('journeyId', 'Journey', 'journeys.people', {
        help: 'A live journey other than this one.',
      }),
    ],
    simulation: { kind: 'startJourney', param: 'journeyId' },
  }),
  defineAction({
    ...people,
    group: 'Journey control',
    id: 'exit-a-journey',
    label: 'Exit a journey',
    description: 'Ends this journey for the contact, or removes the contact from another journey.',
    fields: [
      choiceField('target', 'Exit', ['this', 'other'], {
        radio: true,
        help: 'this journey, or another one.',
      }),
      refField('journeyId', 'Journey', 'journeys.people', {
        when: { field: 'target', equals: 'other' },
        journeyUse: 'remove',
      }),
    ],
    simulation: { kind: 'exitJourney', param: 'journeyId' },
  }),
];

/** Seed 001 "Integrations" steps and seed 003's Action step. */
export const INTEGRATION_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...people,
    group: 'Integrations',
    id: 'webhook',
    label: 'Webhook',
    description: 'Calls an HTTP endpoint (never called in simulation).',
    fields: [
      choiceField('method', 'Method', ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      urlField('url', 'URL', { max: 2_000 }),
      keyValueField('headers', 'Headers', { liquid: true }),
      textField('body', 'Body', { max: 100_000, required: false, liquid: true, multiline: true }),
    ],
    simulation: { kind: 'log' },
  }),
  defineAction({
    ...people,
    group: 'Integrations',
    id: 'crm-action',
    label: 'CRM action',
    description: 'Creates a CRM task, such as a sales follow-up.',
    fields: [
      refField('taskType', 'Task type', 'crmTaskTypes'),
      textField('subject', 'Subject', { max: 255, liquid: true }),
      textField('assignTo', 'Assign to', {
        max: 200,
        required: false,
        help: 'Owner; the contact owner when empty.',
      }),
    ],
    simulation: { kind: 'log' },
  }),
  defineAction({
    ...people,
    group: 'Integrations',
    id: 'custom-action',
    label: 'Action',
    description:
      'Runs a function of a custom Action and stores its result under journey.<Data Key>.',
    fields: [
      textField('dataKey', 'Data Key', {
        max: 64,
        pattern: [
          /^(?:|[A-Za-z_][A-Za-z0-9_]*)$/,
          'start with a letter or _, then letters, digits or _',
        ],
        help: 'Unique in the journey; the result is {{journey.<Data Key>}}.',
      }),
      refField('actionRef', 'Action to execute', 'customActions'),
      refField('function', 'Function', 'customAction.functions', { dependsOn: 'actionRef' }),
      keyValueField('input', 'Input', {
        liquid: true,
        help: "Generated from the function's input schema; values may use Liquid.",
      }),
    ],
    simulation: { kind: 'custom', dataKeyParam: 'dataKey' },
  }),
];
