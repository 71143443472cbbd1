import { NOT_IN_WORKSPACE } from './options';
import type { OptionSource, ParamField } from './types';

/** What an option stands for when its value is an internal id, said without the id. */
const BY_ID: Partial<Record<OptionSource, string>> = {
  accountLists: 'A list',
  'marketoWorkspace.lists': 'A list',
  externalAudiences: 'An audience',
  solutionInterests: 'A solution interest',
  marketoWorkspaces: 'A Marketo workspace',
  'marketoWorkspace.requestCampaigns': 'A campaign',
  'marketoWorkspace.emails': 'An email',
  'marketoWorkspace.partitions': 'A partition',
  'journeys.account': 'A journey',
  'journeys.people': 'A journey',
  customActions: 'An Action',
};

/** How a select and its Problem name a saved value that no option has any more. */
export interface MissingOption {
  /** The select's option for it ("A list not in this workspace"). */
  label: string;
  /** The Problem's message, naming the field by its label. */
  message: string;
}

/**
 * A saved value no option has (deleted or renamed since, or from another workspace's bundle). An id
 * is never shown: people see what it was, not how it is stored; a plain name is shown as it is.
 */
export function missingOption(field: ParamField, value: string): MissingOption {
  if (field.options === 'content.email' || field.options === 'content.sms')
    return {
      label: 'Content not in this journey',
      message: `${field.label} is not in this journey (it was deleted)`,
    };
  const what = field.options ? BY_ID[field.options] : undefined;
  if (what)
    return {
      label: `${what} ${NOT_IN_WORKSPACE}`,
      message: `${field.label} is ${NOT_IN_WORKSPACE} (it was deleted or renamed)`,
    };
  if (field.choices)
    return { label: value, message: `${field.label} "${value}" is not one of its choices` };
  return {
    label: `${value} — ${NOT_IN_WORKSPACE}`,
    message: `${field.label} "${value}" is ${NOT_IN_WORKSPACE}`,
  };
}
