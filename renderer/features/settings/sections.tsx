import type { ReactNode } from 'react';
import type { ListUsage } from '../../../shared/catalog';
import type { Workspace } from '../../../shared/model';
import { AttributeListEditor } from './AttributeListEditor';
import { NamedListEditor } from './NamedListEditor';
import { StringListEditor } from './StringListEditor';

type Patch = (patch: Partial<Workspace>) => void;
type StringKey = 'tags' | 'groups' | 'crmTaskTypes' | 'scoreNames' | 'events';
type MarketoKey = 'lists' | 'requestCampaigns' | 'emails' | 'partitions';

/** One collection of the workspace reference data, as Settings shows it. */
export interface SectionDef {
  id: string;
  title: string;
  help: string;
  /** `usage`: which journeys use each list (null until loaded). */
  render: (ws: Workspace, patch: Patch, usage: ListUsage | null) => ReactNode;
}

const strings = (key: StringKey, title: string, noun: string, help: string): SectionDef => ({
  id: key,
  title,
  help,
  render: (ws, patch) => (
    <StringListEditor
      noun={noun}
      values={ws[key]}
      onChange={(values) => patch({ [key]: values })}
    />
  ),
});

const attributes = (
  key: 'accountAttributes' | 'personAttributes',
  title: string,
  noun: string,
  help: string,
): SectionDef => ({
  id: key,
  title,
  help,
  render: (ws, patch) => (
    <AttributeListEditor
      noun={noun}
      items={ws[key]}
      onChange={(items) => patch({ [key]: items })}
    />
  ),
});

const MARKETO_PARTS: { key: MarketoKey; title: string; noun: string; prefix: string }[] = [
  { key: 'lists', title: 'Lists', noun: 'list', prefix: 'list' },
  { key: 'requestCampaigns', title: 'Request campaigns', noun: 'request campaign', prefix: 'rc' },
  { key: 'emails', title: 'Emails', noun: 'email', prefix: 'email' },
  { key: 'partitions', title: 'Partitions', noun: 'partition', prefix: 'part' },
];

/** Every collection, in the order DESIGN section 3 lists them; each is one generic editor. */
export const SECTIONS: readonly SectionDef[] = [
  attributes(
    'accountAttributes',
    'Account attributes',
    'account attribute',
    'Used by Account Change Data Value, criteria, and {{ account.<key> }} in Liquid.',
  ),
  attributes(
    'personAttributes',
    'Person attributes',
    'person attribute',
    'Used by Change Data Value, Update profile, criteria, and {{ person.<key> }} in Liquid.',
  ),
  {
    id: 'accountLists',
    title: 'Account lists',
    help: 'Add to / Remove from account list accept live static lists only.',
    render: (ws, patch, usage) => (
      <NamedListEditor
        noun="account list"
        idPrefix="list"
        items={ws.accountLists}
        usage={usage?.accountLists}
        blank={{ kind: 'static', status: 'live' }}
        onChange={(accountLists) => patch({ accountLists })}
        details={(item, set) => (
          <>
            <select
              aria-label={`Kind of ${item.name}`}
              value={item.kind}
              onChange={(e) => set({ kind: e.target.value === 'smart' ? 'smart' : 'static' })}
            >
              <option value="static">Static</option>
              <option value="smart">Smart</option>
            </select>
            <select
              aria-label={`Status of ${item.name}`}
              value={item.status}
              onChange={(e) => set({ status: e.target.value === 'draft' ? 'draft' : 'live' })}
            >
              <option value="live">Live</option>
              <option value="draft">Draft</option>
            </select>
          </>
        )}
      />
    ),
  },
  {
    id: 'externalAudiences',
    title: 'External customer audiences',
    help: 'Targets of Add to external customer audience; the action can also create them.',
    render: (ws, patch, usage) => (
      <NamedListEditor
        noun="audience"
        idPrefix="aud"
        items={ws.externalAudiences}
        usage={usage?.externalAudiences}
        blank={{ description: '' }}
        onChange={(externalAudiences) => patch({ externalAudiences })}
        details={(item, set) => (
          <input
            aria-label={`Description of ${item.name}`}
            placeholder="Description (optional)"
            value={item.description}
            maxLength={1000}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      />
    ),
  },
  {
    id: 'solutionInterests',
    title: 'Solution interests',
    help: 'Each has buying-group roles and stages (Assign to Buying Group, Update Buying Group Stage).',
    render: (ws, patch) => (
      <NamedListEditor
        noun="solution interest"
        idPrefix="si"
        items={ws.solutionInterests}
        blank={{ roles: [], stages: [] }}
        onChange={(solutionInterests) => patch({ solutionInterests })}
        details={(item, set) => (
          <div className="nested">
            <h3>Roles of {item.name}</h3>
            <StringListEditor
              noun={`role`}
              values={item.roles}
              onChange={(roles) => set({ roles })}
            />
            <h3>Stages of {item.name}</h3>
            <StringListEditor
              noun={`stage`}
              values={item.stages}
              onChange={(stages) => set({ stages })}
            />
          </div>
        )}
      />
    ),
  },
  {
    id: 'marketoWorkspaces',
    title: 'Marketo Engage workspaces',
    help: 'Lists, request campaigns, emails and partitions of each connected workspace.',
    render: (ws, patch) => (
      <NamedListEditor
        noun="Marketo Engage workspace"
        idPrefix="mw"
        items={ws.marketoWorkspaces}
        blank={{ lists: [], requestCampaigns: [], emails: [], partitions: [] }}
        onChange={(marketoWorkspaces) => patch({ marketoWorkspaces })}
        details={(item, set) => (
          <div className="nested">
            {MARKETO_PARTS.map((part) => (
              <div key={part.key}>
                <h3>
                  {part.title} of {item.name}
                </h3>
                <NamedListEditor
                  noun={part.noun}
                  idPrefix={`${item.id}-${part.prefix}`}
                  items={item[part.key]}
                  blank={{}}
                  onChange={(items) => set({ [part.key]: items })}
                />
              </div>
            ))}
          </div>
        )}
      />
    ),
  },
  strings('tags', 'Tags', 'tag', 'Add tag / Remove tag.'),
  strings('groups', 'Groups', 'group', 'Add to group / Remove from group.'),
  strings('crmTaskTypes', 'CRM task types', 'CRM task type', 'Task types of the CRM action.'),
  strings('scoreNames', 'Score names', 'score name', 'Scores Change Score can change.'),
  strings('events', 'Events', 'event', 'Events for entry triggers and Wait for event.'),
];
