import type { Dispatch } from '../../../electron/core/dispatcher';
import type { AccountList, Journey, JourneyNode, Workspace } from '../../../shared/model';
import { call } from './call';

// An Entry naming an audience the workspace does not have is a publish problem (issue #19), and
// most core tests run on an empty workspace: the helpers give it the audiences their Entries name.

/** The live account list an account journey's audience Entry lets in. */
export const ENTRY_LIST: AccountList = {
  id: 'al-target',
  name: 'Target accounts',
  kind: 'static',
  status: 'live',
};

/** The external audience any other audience or segment Entry lets in. */
export const ENTRY_AUDIENCE: Workspace['externalAudiences'][number] = {
  id: 'aud-readers',
  name: 'Newsletter readers',
  description: '',
};

/** A workspace with the helpers' Entry audiences added, when it lacks them. */
export function withEntryAudiences(ws: Workspace): Workspace {
  const hasList = ws.accountLists.some((l) => l.name === ENTRY_LIST.name);
  const hasAudience = ws.externalAudiences.some((a) => a.name === ENTRY_AUDIENCE.name);
  if (hasList && hasAudience) return ws;
  return {
    ...ws,
    accountLists: hasList ? ws.accountLists : [...ws.accountLists, ENTRY_LIST],
    externalAudiences: hasAudience
      ? ws.externalAudiences
      : [...ws.externalAudiences, ENTRY_AUDIENCE],
  };
}

/** Gives the core's workspace (an empty one, in most tests) the audiences the helpers' Entries name. */
export async function addEntryAudiences(dispatch: Dispatch): Promise<void> {
  const ws = await call({ dispatch }, 'workspace.get', {});
  const next = withEntryAudiences(ws);
  if (next !== ws) await call({ dispatch }, 'workspace.update', { workspace: next });
}

/** The journey's Entry with a helper audience fit for its trigger and the journey's audience. */
export function withEntrySource(node: JourneyNode, audience: Journey['audience']): JourneyNode {
  if (node.type !== 'entry') return node;
  const account = audience === 'account' && node.settings.trigger === 'audience';
  const settings = {
    trigger: node.settings.trigger === 'segment' ? ('segment' as const) : ('audience' as const),
    source: account ? ENTRY_LIST.name : ENTRY_AUDIENCE.name,
  };
  return { ...node, settings };
}

/** Gives a new journey's Entry an audience, as a person does before Publish (an empty one blocks it). */
export async function fillEntry(dispatch: Dispatch, j: Journey): Promise<Journey> {
  await addEntryAudiences(dispatch);
  const nodes = j.nodes.map((n) => withEntrySource(n, j.audience));
  const body = { description: j.description, nodes, edges: j.edges, content: j.content };
  return await call({ dispatch }, 'journeys.save', { id: j.id, baseRevision: j.revision, body });
}
