/** Display labels for fixed choices whose stored values are codes; others show as stored. */
const LABELS: Record<string, Record<string, string>> = {
  'send-email.source': { new: 'Create new email', marketo: 'Select email from Marketo Engage' },
  'exit-a-journey.target': { this: 'This journey', other: 'Another journey' },
  'unsubscribe.channel': { email: 'Email', sms: 'SMS', all: 'All channels' },
};

/** The label of a choice of an action's field. */
export function choiceLabel(actionId: string, field: string, value: string): string {
  return LABELS[`${actionId}.${field}`]?.[value] ?? value;
}
