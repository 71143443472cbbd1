import { SCHEMA_VERSION, type Workspace } from '../../../shared/model';

/** A workspace with one or two items in every reference collection. */
export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    schemaVersion: SCHEMA_VERSION,
    name: 'Test workspace',
    currentUser: 'tester',
    accountAttributes: [{ key: 'industry', label: 'Industry', type: 'string' }],
    personAttributes: [
      { key: 'jobTitle', label: 'Job title', type: 'string' },
      { key: 'country', label: 'Country', type: 'string' },
    ],
    accountLists: [
      { id: 'al-live', name: 'Target accounts', kind: 'static', status: 'live' },
      { id: 'al-draft', name: 'Draft accounts', kind: 'static', status: 'draft' },
      { id: 'al-smart', name: 'Smart accounts', kind: 'smart', status: 'live' },
    ],
    externalAudiences: [{ id: 'aud-1', name: 'Paid social', description: '' }],
    solutionInterests: [
      {
        id: 'si-1',
        name: 'Analytics',
        roles: ['Decision maker', 'Influencer'],
        stages: ['Aware', 'Engaged'],
      },
    ],
    marketoWorkspaces: [
      {
        id: 'mw-1',
        name: 'Default',
        lists: [{ id: 'ml-1', name: 'Newsletter' }],
        requestCampaigns: [{ id: 'rc-1', name: 'Nurture' }],
        emails: [{ id: 'me-1', name: 'Welcome' }],
        partitions: [{ id: 'pp-1', name: 'EMEA' }],
      },
    ],
    tags: ['vip', 'trial'],
    groups: ['beta'],
    crmTaskTypes: ['Call', 'Follow-up'],
    scoreNames: ['Behavior score'],
    events: ['form_filled'],
    ...overrides,
  };
}
