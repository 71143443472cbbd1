import { SCHEMA_VERSION, type Workspace } from '../../../shared/model';

const named = (prefix: string, names: string[]) =>
  names.map((name, i) => ({ id: `${prefix}-${i + 1}`, name }));

/** Reference data a new workspace starts with, so every select has realistic options. */
export function demoWorkspace(currentUser: string): Workspace {
  return {
    schemaVersion: SCHEMA_VERSION,
    name: 'Demo workspace',
    currentUser,
    accountAttributes: [
      { key: 'name', label: 'Account name', type: 'string' },
      {
        key: 'industry',
        label: 'Industry',
        type: 'string',
        values: ['Retail', 'Finance', 'Manufacturing', 'Technology', 'Healthcare'],
      },
      { key: 'employees', label: 'Number of employees', type: 'number' },
      { key: 'annualRevenue', label: 'Annual revenue', type: 'number' },
      {
        key: 'region',
        label: 'Region',
        type: 'string',
        values: ['North America', 'EMEA', 'APAC', 'LATAM'],
      },
      {
        key: 'tier',
        label: 'Account tier',
        type: 'string',
        values: ['Strategic', 'Enterprise', 'Mid-market', 'SMB'],
      },
      // Dates, so date criteria ("is before", "is after") can be tried on the demo.
      { key: 'createdDate', label: 'Created date', type: 'date' },
      { key: 'lastActivityDate', label: 'Last activity date', type: 'date' },
    ],
    personAttributes: [
      { key: 'firstName', label: 'First name', type: 'string' },
      { key: 'lastName', label: 'Last name', type: 'string' },
      { key: 'email', label: 'Email', type: 'string' },
      { key: 'jobTitle', label: 'Job title', type: 'string' },
      {
        key: 'jobLevel',
        label: 'Job level',
        type: 'string',
        values: ['Executive', 'Manager', 'Individual contributor'],
      },
      { key: 'country', label: 'Country', type: 'string' },
      { key: 'leadScore', label: 'Lead score', type: 'number' },
      { key: 'trialDay', label: 'Trial day', type: 'number' },
      { key: 'subscribed', label: 'Subscribed to newsletter', type: 'boolean' },
      { key: 'createdDate', label: 'Created date', type: 'date' },
      { key: 'lastActivityDate', label: 'Last activity date', type: 'date' },
    ],
    accountLists: [
      { id: 'list-1', name: 'Target accounts FY27', kind: 'static', status: 'live' },
      { id: 'list-2', name: 'Expansion candidates', kind: 'static', status: 'live' },
      { id: 'list-3', name: 'Churn risk (draft)', kind: 'static', status: 'draft' },
      { id: 'list-4', name: 'Enterprise EMEA', kind: 'smart', status: 'live' },
    ],
    externalAudiences: [
      {
        id: 'aud-1',
        name: 'LinkedIn retargeting – decision makers',
        description: 'Paid social for buying group members',
      },
      { id: 'aud-2', name: 'Display – evaluation stage', description: '' },
      {
        id: 'aud-3',
        name: 'LinkedIn retargeting – influencers',
        description: 'Paid social for the rest of the buying group',
      },
    ],
    solutionInterests: [
      {
        id: 'si-1',
        name: 'Analytics Platform',
        roles: ['Decision maker', 'Influencer', 'Practitioner', 'Executive sponsor'],
        stages: ['Awareness', 'Interest', 'Evaluation', 'Purchase', 'Renewal'],
      },
      {
        id: 'si-2',
        name: 'Security Suite',
        roles: ['Decision maker', 'Technical evaluator', 'Procurement'],
        stages: ['Awareness', 'Interest', 'Evaluation', 'Purchase'],
      },
    ],
    marketoWorkspaces: [
      {
        id: 'mw-1',
        name: 'Default',
        lists: named('mw1-list', ['Webinar attendees', 'Newsletter', 'Event invitees']),
        requestCampaigns: named('mw1-rc', ['Sales follow-up', 'Nurture – product tips']),
        emails: named('mw1-email', ['Welcome email', 'Product tips #1', 'Case study – retail']),
        partitions: named('mw1-part', ['Default', 'North America', 'EMEA']),
      },
      {
        id: 'mw-2',
        name: 'EMEA',
        lists: named('mw2-list', ['DACH prospects', 'UK customers']),
        requestCampaigns: named('mw2-rc', ['Local event follow-up']),
        emails: named('mw2-email', ['Event invitation (DE)', 'Event invitation (EN)']),
        partitions: named('mw2-part', ['EMEA']),
      },
    ],
    tags: ['trial', 'activated', 'customer', 'vip', 'webinar'],
    groups: ['Beta testers', 'Newsletter readers', 'Champions'],
    crmTaskTypes: ['Call', 'Email follow-up', 'Meeting', 'Demo'],
    scoreNames: ['Lead score', 'Engagement score', 'Product fit'],
    events: [
      'Form submitted',
      'Trial started',
      'Product activated',
      'Email clicked',
      'Webinar attended',
      'Pricing page visited',
      'Product viewed',
      'Newsletter signup',
    ],
  };
}
