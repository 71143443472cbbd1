import type { Criterion, Journey, JourneyNode, NodeOf } from '../../../shared/model';
import { validateJourney, type Problem, type ValidationContext } from '../../../shared/validation';
import {
  action,
  chain,
  content,
  edge,
  entry,
  exit,
  gate,
  makeJourney,
  otherJourney,
  split,
  splitPath,
  wait,
} from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';

export const workspace = makeWorkspace();

export const context: ValidationContext = {
  journeys: [
    otherJourney('acct-live', { audience: 'account', name: 'Upsell' }),
    otherJourney('acct-closed', {
      audience: 'account',
      name: 'Old upsell',
      status: 'Closed to new entries',
    }),
    otherJourney('acct-aborted', { audience: 'account', name: 'Stopped', status: 'Aborted' }),
    otherJourney('acct-finished', { audience: 'account', name: 'Done', status: 'Finished' }),
    otherJourney('acct-draft', { audience: 'account', name: 'Drafty', status: 'Draft' }),
    otherJourney('people-live', { audience: 'people', name: 'Onboarding' }),
  ],
  customActions: [{ id: 'ca-1', name: 'CRM lookup', functions: ['request'] }],
};

/** Codes of the problems, for terse assertions. */
export const codes = (problems: Problem[]) => problems.map((p) => p.code);

/** Validates with the shared workspace and context. */
export const validate = (j: Journey, ctx: ValidationContext = context) =>
  validateJourney(j, workspace, ctx);

/** A people journey that uses a data key, a gate and an email, with no problems. */
export function cleanPeopleJourney(): Journey {
  const nodes: JourneyNode[] = [
    entry(),
    action('lookup', 'custom-action', {
      dataKey: 'lookup',
      actionRef: 'ca-1',
      function: 'request',
      input: { id: '{{ person.country }}' },
    }),
    wait('w1'),
    gate('ok', 'journey.lookup.status == 200'),
    action('mail', 'send-email', { source: 'new', contentId: 'e1' }),
    exit('done'),
    exit('skip'),
  ];
  const edges = [
    ...chain(nodes[0], nodes[1], nodes[2], nodes[3]),
    edge('ok', 'mail', 'true'),
    edge('ok', 'skip', 'false'),
    edge('mail', 'done'),
  ];
  return makeJourney({
    nodes,
    edges,
    content: [content('e1', 'email', 'Hi {{ journey.lookup.body.name }}')],
  });
}

/** Entry -> nodes -> Exit in an account journey (lineage `lineage-j1`). */
export function accountJourney(middle: JourneyNode[]): Journey {
  const nodes = [entry(), ...middle, exit()];
  return makeJourney({ nodes, edges: chain(...nodes) }, { audience: 'account' });
}

/** An account journey whose one split ("Who?") sends path "Big ones" (these criteria) and Other to Exits. */
export function splitJourney(splitBy: 'accounts' | 'people', criteria: Criterion[]): Journey {
  const split: NodeOf<'split'> = {
    id: 's',
    name: 'Who?',
    position: { x: 0, y: 0 },
    type: 'split',
    settings: { splitBy, paths: [{ id: 'p1', name: 'Big ones', match: 'all', criteria }] },
  };
  return makeJourney(
    {
      nodes: [entry(), split, exit('a'), exit('b')],
      edges: [edge('entry', 's'), edge('s', 'a', 'p1'), edge('s', 'b', 'other')],
    },
    { audience: 'account' },
  );
}

/** An account journey whose one people action ("t", Add tag) applies to contacts matching these criteria. */
export function applyToJourney(criteria: Criterion[]): Journey {
  const applyTo = { mode: 'matching' as const, match: 'all' as const, criteria };
  const step = action('t', 'add-tag', { tag: 'vip' }, { scope: 'people', applyTo });
  return makeJourney(
    { nodes: [entry(), step, exit()], edges: [edge('entry', 't'), edge('t', 'exit')] },
    { audience: 'account' },
  );
}

/**
 * Entry → split "s" (its path "p0" has no criteria: a warning) → "first" on p0, "second" on
 * Other; both actions have no action chosen (errors). Stored with "second" before "first", so
 * document order and flow order differ.
 */
export function problemOrderJourney(): Journey {
  return makeJourney({
    nodes: [
      entry(),
      action('second', null),
      split('s', [splitPath('p0')]),
      action('first', null),
      exit('a'),
      exit('b'),
    ],
    edges: [
      edge('entry', 's'),
      edge('s', 'first', 'p0'),
      edge('s', 'second', 'other'),
      edge('first', 'a'),
      edge('second', 'b'),
    ],
  });
}
