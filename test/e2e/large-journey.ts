import { createNode, layoutPositions } from '../../shared/graph';
import type { Journey, JourneyBody, JourneyEdge, JourneyNode } from '../../shared/model';
import type { CanvasPage } from './pages/canvas-page';

/** Steps of each branch of the 60-node journey, named as a marketer would. */
const BRANCHES: { path: string; steps: string[] }[] = [
  {
    path: 'Enterprise',
    steps: [
      'Executive briefing invite',
      'Wait 3 days',
      'Assign account owner',
      'ROI calculator email',
      'Wait 1 week',
      'Schedule workshop',
      'Customer story email',
      'Wait 5 days',
      'Add to ABM ads',
      'Notify sales',
    ],
  },
  {
    path: 'Mid-market',
    steps: [
      'Product tour email',
      'Wait 2 days',
      'Webinar invite',
      'Wait 4 days',
      'Pricing guide email',
      'Score +10',
      'Wait 1 week',
      'Case study email',
      'Retarget on LinkedIn',
      'Book a demo email',
    ],
  },
  {
    path: 'Small business',
    steps: [
      'Quick start email',
      'Wait 1 day',
      'Template gallery email',
      'Wait 3 days',
      'Tips newsletter',
      'Score +5',
      'Wait 1 week',
      'Upgrade offer email',
      'Wait 2 days',
      'Last reminder',
    ],
  },
  {
    path: 'Partners',
    steps: [
      'Partner welcome',
      'Wait 2 days',
      'Partner portal invite',
      'Co-marketing kit',
      'Wait 1 week',
      'Partner webinar',
      'Deal registration tips',
      'Wait 5 days',
      'Quarterly review invite',
      'Tag as partner',
    ],
  },
  {
    path: 'Other',
    steps: [
      'General welcome',
      'Wait 3 days',
      'Newsletter signup',
      'Wait 1 week',
      'Survey email',
      'Score +2',
      'Wait 4 days',
      'Content digest',
      'Wait 1 week',
      'Tag as nurtured',
    ],
  },
];

/** A 60-node account journey (Entry, a five-way split, five branches of ten steps, a merge, a gate with two short paths to two exits), laid out. */
export function sixtyNodeBody(): Pick<JourneyBody, 'nodes' | 'edges'> {
  let n = 0;
  const makeId = () => `big${++n}`;
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const add = (node: JourneyNode) => (nodes.push(node), node);
  const link = (source: string, target: string, handle = 'out') =>
    edges.push({ id: `e-${source}-${handle}-${target}`, source, sourceHandle: handle, target });
  const entry = add({
    ...createNode('entry', { makeId, name: 'New target accounts' }),
  } as JourneyNode);
  const split = createNode('split', { makeId, audience: 'account', name: 'Which segment?' });
  if (split.type !== 'split') throw new Error('split');
  split.settings.paths = BRANCHES.slice(0, -1).map((b) => ({
    id: makeId(),
    name: b.path,
    match: 'all' as const,
    criteria: [],
  }));
  add(split);
  link(entry.id, split.id);
  const merge = createNode('merge', { makeId, name: 'All segments' });
  BRANCHES.forEach((b, i) => {
    let prev = split.id;
    let handle = i < BRANCHES.length - 1 ? split.settings.paths[i].id : 'other';
    for (const step of b.steps) {
      const node = add(
        createNode(step.startsWith('Wait') ? 'wait' : 'action', {
          makeId,
          audience: 'account',
          name: step,
        }),
      );
      link(prev, node.id, handle);
      prev = node.id;
      handle = 'out';
    }
    link(prev, merge.id);
  });
  add(merge);
  const gate = add(createNode('gate', { makeId, name: 'Opportunity opened?' }));
  link(merge.id, gate.id);
  const won = add(createNode('exit', { makeId, name: 'Handed to sales' }));
  const later = add(createNode('exit', { makeId, name: 'Nurture later' }));
  const task = add(
    createNode('action', { makeId, audience: 'account', name: 'Create sales task' }),
  );
  const owner = add(
    createNode('action', { makeId, audience: 'account', name: 'Alert account owner' }),
  );
  const pause = add(createNode('wait', { makeId, name: 'Wait 2 weeks' }));
  const again = add(
    createNode('action', { makeId, audience: 'account', name: 'Re-engagement email' }),
  );
  link(gate.id, task.id, 'true');
  link(task.id, owner.id);
  link(owner.id, won.id);
  link(gate.id, pause.id, 'false');
  link(pause.id, again.id);
  link(again.id, later.id);
  const positions = layoutPositions({ nodes, edges });
  return { nodes: nodes.map((x) => ({ ...x, position: positions[x.id] })), edges };
}

/** Creates the 60-node journey through the contract; returns its id. */
export async function createSixtyNodeJourney(canvas: CanvasPage, name: string): Promise<string> {
  const created = await canvas.call<Journey>('journeys.create', {
    name,
    description: 'Onboarding by segment',
    audience: 'account',
  });
  const body = sixtyNodeBody();
  await canvas.call('journeys.save', {
    id: created.id,
    baseRevision: created.revision,
    body: { description: 'Onboarding by segment', content: [], ...body },
  });
  return created.id;
}
