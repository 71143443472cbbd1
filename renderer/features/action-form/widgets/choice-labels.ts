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

/** Help for fields whose catalog help names the stored codes the labels above replace. */
const HELP: Record<string, string> = {
  'send-email.source': 'Author an email here, or send an email from Marketo Engage.',
  'exit-a-journey.target':
    'End this journey for the contact, or remove the contact from another journey.',
};

/** The help text the form shows for a field of an action. */
export function helpFor(
  actionId: string,
  field: { name: string; help?: string },
): string | undefined {
  return HELP[`${actionId}.${field.name}`] ?? field.help;
}
