import { describe, expect, it } from 'vitest';
import {
  CYCLE_WITHOUT_WAIT,
  DANGLING_EDGE,
  DUPLICATE_NODE_ID,
  GOTO_NO_TARGET,
  GOTO_TARGET_MISSING,
  MISSING_ENTRY,
  MULTIPLE_ENTRIES,
  NODE_SETTING_MISSING,
  OPEN_END,
  OUTPUT_HAS_SEVERAL_EDGES,
  Problem,
  RANDOM_SPLIT_TOTAL,
  SPLIT_CRITERION_INCOMPLETE,
  SPLIT_PATH_NO_CRITERIA,
  UNREACHABLE_NODE,
  hasErrors,
} from '../../../shared/validation';
import {
  action,
  chain,
  edge,
  entry,
  exit,
  gate,
  goto,
  linearJourney,
  makeJourney,
  merge,
  randomSplit,
  split,
  splitPath,
  wait,
  waitForEvent,
} from '../helpers/journey-builder';
import { cleanPeopleJourney, codes, validate } from './fixtures';

const tag = (id: string) => action(id, 'add-tag', { tag: 'vip' });

describe('structural rules', () => {
  it('finds nothing wrong with a clean journey', () => {
    const problems = validate(cleanPeopleJourney());
    expect(problems).toEqual([]);
    expect(hasErrors(problems)).toBe(false);
  });

  it('returns problems that match the Problem schema', () => {
    const j = makeJourney({ nodes: [exit()] });
    const problems = validate(j);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(Problem.parse(p)).toEqual(p);
  });

  it('needs an Entry', () => {
    expect(codes(validate(makeJourney({ nodes: [exit()] })))).toContain(MISSING_ENTRY);
  });

  it('allows only one Entry', () => {
    const nodes = [entry('e1'), entry('e2'), exit()];
    const j = makeJourney({ nodes, edges: [edge('e1', 'exit'), edge('e2', 'exit')] });
    expect(validate(j).filter((p) => p.code === MULTIPLE_ENTRIES)).toMatchObject([
      { nodeId: 'e2' },
    ]);
  });

  it('refuses duplicate node ids', () => {
    const j = linearJourney([tag('a'), wait('a')]);
    expect(codes(validate(j))).toContain(DUPLICATE_NODE_ID);
  });

  it('reports unreachable nodes', () => {
    const nodes = [entry(), exit(), tag('lost'), exit('x2')];
    const j = makeJourney({ nodes, edges: [edge('entry', 'exit'), edge('lost', 'x2')] });
    expect(
      validate(j)
        .filter((p) => p.code === UNREACHABLE_NODE)
        .map((p) => p.nodeId),
    ).toEqual(['lost', 'x2']);
  });

  it('reports an output with no edge, but not on Exit or Go to', () => {
    const nodes = [entry(), tag('a')];
    const j = makeJourney({ nodes, edges: chain(...nodes) });
    expect(validate(j)).toEqual([
      expect.objectContaining({ code: OPEN_END, nodeId: 'a', field: 'out', severity: 'error' }),
    ]);
  });

  it('reports an open split path', () => {
    const s = split('s', [splitPath('vip', 'jobTitle')]);
    const j = makeJourney({
      nodes: [entry(), s, exit()],
      edges: [edge('entry', 's'), edge('s', 'exit', 'vip')],
    });
    expect(validate(j)).toMatchObject([{ code: OPEN_END, nodeId: 's', field: 'other' }]);
  });

  it('reports dangling edges: unknown source, unknown target, unknown handle, into the Entry', () => {
    const base = linearJourney([]);
    const j = makeJourney({
      nodes: base.nodes,
      edges: [
        ...base.edges,
        edge('ghost', 'exit'),
        edge('entry', 'nowhere', 'true'),
        edge('exit', 'entry'),
      ],
    });
    const dangling = validate(j).filter((p) => p.code === DANGLING_EDGE);
    expect(dangling).toHaveLength(5);
    // Messages speak of steps and paths, never of internal edge or node ids.
    expect(dangling.map((p) => p.message).join(' ')).not.toMatch(/ghost|nowhere|edge-/);
    expect(dangling.map((p) => p.message)).toContain(
      'A path leads into this step, which takes no input',
    );
  });

  it('reports two edges out of one output', () => {
    const nodes = [entry(), exit('a'), exit('b')];
    const j = makeJourney({ nodes, edges: [edge('entry', 'a'), edge('entry', 'b')] });
    expect(codes(validate(j))).toEqual([OUTPUT_HAS_SEVERAL_EDGES]);
  });

  it('needs a Go to target that exists', () => {
    expect(codes(validate(linearJourney([])).concat())).toEqual([]);
    const noTarget = makeJourney({
      nodes: [entry(), goto('g', null)],
      edges: [edge('entry', 'g')],
    });
    expect(validate(noTarget)).toMatchObject([{ code: GOTO_NO_TARGET, nodeId: 'g' }]);
    const missing = makeJourney({
      nodes: [entry(), goto('g', 'zzz')],
      edges: [edge('entry', 'g')],
    });
    expect(codes(validate(missing))).toEqual([GOTO_TARGET_MISSING]);
    const toEntry = makeJourney({
      nodes: [entry(), goto('g', 'entry')],
      edges: [edge('entry', 'g')],
    });
    expect(codes(validate(toEntry))).toEqual([GOTO_TARGET_MISSING]);
  });

  it('refuses a Go to loop with no Wait, accepts one with a Wait', () => {
    const loop = (withWait: boolean) => {
      const nodes = [
        entry(),
        merge('m'),
        tag('t'),
        ...(withWait ? [wait('w')] : []),
        goto('g', 'm'),
      ];
      return makeJourney({ nodes, edges: chain(...nodes) });
    };
    expect(validate(loop(false))).toMatchObject([{ code: CYCLE_WITHOUT_WAIT, nodeId: 'g' }]);
    expect(validate(loop(true))).toEqual([]);
  });

  it('counts a Wait for event as a wait on a loop', () => {
    const nodes = [entry(), merge('m'), waitForEvent('we'), goto('g', 'm'), exit()];
    const edges = [
      ...chain(nodes[0], nodes[1], nodes[2]),
      edge('we', 'g', 'event'),
      edge('we', 'exit', 'timeout'),
    ];
    expect(validate(makeJourney({ nodes, edges }))).toEqual([]);
  });

  it('refuses an edge loop with no Wait and no Go to', () => {
    const nodes = [entry(), merge('m'), gate('g', 'person.country == "x"'), exit()];
    const edges = [
      edge('entry', 'm'),
      edge('m', 'g'),
      edge('g', 'm', 'true'),
      edge('g', 'exit', 'false'),
    ];
    expect(codes(validate(makeJourney({ nodes, edges })))).toEqual([CYCLE_WITHOUT_WAIT]);
  });

  it('needs random split percentages to add up to 100', () => {
    const build = (percents: number[]) => {
      const r = randomSplit('r', percents);
      const nodes = [entry(), r, ...percents.map((_, i) => exit(`x${i}`))];
      const edges = [edge('entry', 'r'), ...percents.map((_, i) => edge('r', `x${i}`, `p${i}`))];
      return makeJourney({ nodes, edges });
    };
    expect(validate(build([50, 30]))).toMatchObject([{ code: RANDOM_SPLIT_TOTAL, field: 'paths' }]);
    expect(validate(build([33.3, 33.3, 33.4]))).toEqual([]);
  });

  it('warns about a split path with no criteria', () => {
    const s = split('s', [splitPath('all'), splitPath('vip', 'jobTitle')]);
    const nodes = [entry(), s, exit('a'), exit('b'), exit('c')];
    const edges = [
      edge('entry', 's'),
      edge('s', 'a', 'all'),
      edge('s', 'b', 'vip'),
      edge('s', 'c', 'other'),
    ];
    expect(validate(makeJourney({ nodes, edges }))).toMatchObject([
      { code: SPLIT_PATH_NO_CRITERIA, severity: 'warning', nodeId: 's', field: 'all' },
    ]);
  });

  it('warns about a split criterion left incomplete, naming the path and the attribute by its label', () => {
    const blank = splitPath('vip', 'jobTitle', '');
    const unknown = splitPath('ghost', 'shoeSize', '42');
    const s = split('s', [blank, unknown]);
    const nodes = [entry(), s, exit('a'), exit('b'), exit('c')];
    const edges = [
      edge('entry', 's'),
      edge('s', 'a', 'vip'),
      edge('s', 'b', 'ghost'),
      edge('s', 'c', 'other'),
    ];
    const problems = validate(makeJourney({ nodes, edges }));
    expect(problems.map((p) => [p.code, p.severity, p.field, p.message])).toEqual([
      [
        SPLIT_CRITERION_INCOMPLETE,
        'warning',
        'paths.vip.criteria.0',
        `Path "${blank.name}": "Job title" has no value`,
      ],
      [
        SPLIT_CRITERION_INCOMPLETE,
        'warning',
        'paths.ghost.criteria.0',
        `Path "${unknown.name}": "shoeSize" is not a person attribute of this workspace`,
      ],
    ]);
  });

  it('needs a Gate condition and a Wait for event event', () => {
    const nodes = [
      entry(),
      gate('g', ' '),
      waitForEvent('we', ''),
      exit('a'),
      exit('b'),
      exit('c'),
    ];
    const edges = [
      edge('entry', 'g'),
      edge('g', 'we', 'true'),
      edge('g', 'a', 'false'),
      edge('we', 'b', 'event'),
      edge('we', 'c', 'timeout'),
    ];
    expect(validate(makeJourney({ nodes, edges }))).toMatchObject([
      { code: NODE_SETTING_MISSING, nodeId: 'g', field: 'condition' },
      { code: NODE_SETTING_MISSING, nodeId: 'we', field: 'eventName' },
    ]);
  });
});
