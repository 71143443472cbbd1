import type { Dispatch } from '../../../electron/core/dispatcher';
import type { Journey } from '../../../shared/model';
import { call } from './call';

/** Gives a new journey's Entry an audience, as a person does before Publish (an empty one blocks it). */
export async function fillEntry(dispatch: Dispatch, j: Journey): Promise<Journey> {
  const nodes = j.nodes.map((n) =>
    n.type === 'entry' ? { ...n, settings: { ...n.settings, source: 'Target accounts' } } : n,
  );
  const body = { description: j.description, nodes, edges: j.edges, content: j.content };
  return await call({ dispatch }, 'journeys.save', { id: j.id, baseRevision: j.revision, body });
}
