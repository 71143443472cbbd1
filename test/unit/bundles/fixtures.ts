import { openCore, type Core } from '../../../electron/core/core';
import { newJourney } from '../../../shared/journeys/new-journey';
import type { Journey, JourneyStatus } from '../../../shared/model';

export const PINNED = '2024-05-01T12:00:00.000Z';
const NOW = new Date('2024-04-01T09:00:00.000Z');

/** A core on a fresh data directory with no demo data and a fixed clock. */
export async function emptyCore(dataDir: string): Promise<Core> {
  return openCore({
    dataDir,
    mode: 'cli',
    empty: true,
    now: () => NOW,
    user: 'tester',
    lock: false,
  });
}

/** A published account journey whose action uses the account list `list-1`. */
export function published(
  name: string,
  overrides: Partial<Journey> = {},
  status: JourneyStatus = 'Live',
): Journey {
  const base = newJourney({
    name,
    description: `About ${name}`,
    audience: 'account',
    user: 'tester',
    now: NOW,
  });
  const action = {
    id: 'add',
    type: 'action' as const,
    name: 'Add to list',
    position: { x: 0, y: 80 },
    settings: {
      scope: 'account' as const,
      actionId: 'add-to-account-list',
      params: { listId: 'list-1' },
      applyTo: { mode: 'all' as const },
    },
  };
  const [entry, exit] = base.nodes;
  return {
    ...base,
    nodes: [entry, action, exit],
    edges: [
      { id: 'e1', source: 'entry', sourceHandle: 'out', target: 'add' },
      { id: 'e2', source: 'add', sourceHandle: 'out', target: 'exit' },
    ],
    content: [
      {
        id: 'mail-1',
        kind: 'email',
        name: 'Welcome mail',
        subject: 'Hello',
        from: 'team@example.com',
        body: 'Hi {{lead.firstName}}',
      },
    ],
    status,
    publishedBy: 'tester',
    publishedAt: NOW.toISOString(),
    ...overrides,
  };
}

/** Adds the account list the fixture journeys use to a core's workspace. */
export async function addList(core: Core, name = 'Key accounts'): Promise<void> {
  const ws = core.context.workspace.get();
  await core.context.workspace.replace({
    ...ws,
    accountLists: [...ws.accountLists, { id: 'list-1', name, kind: 'static', status: 'live' }],
  });
}

/** A core holding `count` published journeys (and the list they use). */
export async function coreWith(
  dataDir: string,
  count: number,
): Promise<{ core: Core; journeys: Journey[] }> {
  const core = await emptyCore(dataDir);
  await addList(core);
  const journeys: Journey[] = [];
  for (let i = 0; i < count; i++)
    journeys.push(await core.context.store.create(published(`Journey ${i + 1}`)));
  await core.context.store.flush();
  return { core, journeys };
}

/** The journey with an Action step that calls the custom Action `actionId`. */
export function callingAction(base: Journey, actionId: string): Journey {
  const step = {
    id: 'call',
    type: 'action' as const,
    name: 'Call CRM',
    position: { x: 0, y: 160 },
    settings: {
      scope: 'account' as const,
      actionId: 'custom-action',
      params: { actionRef: actionId, function: 'request' },
      applyTo: { mode: 'all' as const },
    },
  };
  return { ...base, nodes: [...base.nodes, step] };
}
