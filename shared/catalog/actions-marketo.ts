import { defineAction } from './define';
import { refField } from './fields';
import type { ActionDef } from './types';

const common = {
  scope: 'people',
  group: 'Marketo Engage',
  audiences: ['account', 'people'],
} as const;

const workspace = refField('marketoWorkspaceId', 'Marketo Engage workspace', 'marketoWorkspaces');
const list = refField('listId', 'List name', 'marketoWorkspace.lists', {
  dependsOn: 'marketoWorkspaceId',
});

/** Seed 000 people actions of the "Marketo Engage" context, in the seed's order. */
export const MARKETO_ACTIONS: readonly ActionDef[] = [
  defineAction({
    ...common,
    id: 'add-to-list',
    label: 'Add to List',
    description: 'Adds people to a list in Marketo Engage.',
    fields: [workspace, list],
    simulation: { kind: 'addToList', membership: 'marketoList', param: 'listId' },
  }),
  defineAction({
    ...common,
    id: 'add-to-request-campaign',
    label: 'Add to Marketo Engage Request campaign',
    description: 'Adds people to a request campaign in Marketo Engage.',
    fields: [
      workspace,
      refField('campaignId', 'Request campaign', 'marketoWorkspace.requestCampaigns', {
        dependsOn: 'marketoWorkspaceId',
      }),
    ],
    simulation: { kind: 'log' },
  }),
  defineAction({
    ...common,
    id: 'change-people-partition',
    label: 'Change People Partition in Marketo Engage',
    description: 'Moves people to another person partition in Marketo Engage.',
    fields: [
      workspace,
      refField('partitionId', 'New partition', 'marketoWorkspace.partitions', {
        dependsOn: 'marketoWorkspaceId',
      }),
    ],
    simulation: {
      kind: 'setAttribute',
      target: 'person',
      attribute: { fixed: 'marketoPartition' },
      valueParam: 'partitionId',
    },
  }),
  defineAction({
    ...common,
    id: 'remove-from-list',
    label: 'Remove from List',
    description: 'Removes people from a list in Marketo Engage; ignored for non-members.',
    fields: [workspace, list],
    simulation: {
      kind: 'removeFromList',
      membership: 'marketoList',
      param: 'listId',
      ignoredWhenAbsent: true,
    },
  }),
];
