import { choiceField, refField, textField } from './fields';

// Settings that several actions share word for word: defined once so that the account and
// people variants (or seed 000's and seed 001's names for the same step) cannot drift apart.

/** Interesting Moment (account or person): Type (Email, Milestone or Web) and an optional Description. */
export function interestingMomentFields() {
  return [
    choiceField('type', 'Type', ['Email', 'Milestone', 'Web']),
    textField('description', 'Description', {
      max: 2_000,
      required: false,
      liquid: true,
      multiline: true,
    }),
  ];
}

/** Sets a person attribute to a new value (Change Data Value, Update profile); `label` names the attribute select. */
export function setPersonAttribute(label: string) {
  return {
    fields: [
      refField('attribute', label, 'personAttributes'),
      textField('value', 'New value', { max: 1_000, liquid: true }),
    ],
    simulation: {
      kind: 'setAttribute',
      target: 'person',
      attribute: { param: 'attribute' },
      valueParam: 'value',
    } as const,
  };
}
