import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../../shared/model';
import {
  DATA_KEY_USED_BEFORE_SET,
  LIQUID_SYNTAX,
  UNKNOWN_DATA_KEY,
  UNKNOWN_VARIABLE,
  analyzeLiquid,
  validateJourney,
  type Problem,
} from '../../../shared/validation';
import { variablesAt } from '../../../shared/validation/variables';
import {
  action,
  chain,
  content,
  edge,
  entry,
  exit,
  gate,
  goto,
  linearJourney,
  makeJourney,
  merge,
  wait,
} from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';

const workspace = makeWorkspace();
const context = {
  journeys: [],
  customActions: [{ id: 'ca-1', name: 'CRM', functions: ['request'] }],
};
const liquidCodes = new Set([
  DATA_KEY_USED_BEFORE_SET,
  LIQUID_SYNTAX,
  UNKNOWN_DATA_KEY,
  UNKNOWN_VARIABLE,
]);
/** Only the Liquid findings, so structure warnings do not blur the assertions. */
const liquid = (j: ReturnType<typeof makeJourney>): Problem[] =>
  validateJourney(j, workspace, context).filter((p) => liquidCodes.has(p.code));

const call = (id: string, dataKey: string, input: Record<string, string> = {}) =>
  action(id, 'custom-action', { dataKey, actionRef: 'ca-1', function: 'request', input });
const update = (id: string, value: string) =>
  action(id, 'update-profile', { attribute: 'country', value });
const sendEmail = (id: string, contentId: string) =>
  action(id, 'send-email', { source: 'new', contentId });

describe('Liquid analysis: Data Keys in scope', () => {
  it('flags a Data Key read before its step, with node and field', () => {
    const j = linearJourney([update('u', 'Tier {{ journey.crm.body.tier }}'), call('c', 'crm')]);
    expect(liquid(j)).toEqual([
      {
        severity: 'error',
        code: DATA_KEY_USED_BEFORE_SET,
        nodeId: 'u',
        field: 'params.value',
        message:
          'New value: {{journey.crm}} is read before the Action step that sets it (set by "c")',
      },
    ]);
  });

  it('flags a Data Key set on one branch only, and accepts it after the branches merge when both set it', () => {
    const nodes: JourneyNode[] = [
      entry(),
      gate('g', 'person.country == "DE"'),
      call('c', 'crm'),
      merge('m'),
      update('u', '{{ journey.crm.status }}'),
      exit(),
    ];
    const edges = [
      edge('entry', 'g'),
      edge('g', 'c', 'true'),
      edge('g', 'm', 'false'),
      edge('c', 'm'),
      edge('m', 'u'),
      edge('u', 'exit'),
    ];
    expect(liquid(makeJourney({ nodes, edges }))).toMatchObject([
      {
        code: DATA_KEY_USED_BEFORE_SET,
        nodeId: 'u',
        field: 'params.value',
        message: expect.stringContaining('only some paths'),
      },
    ]);
    const both: JourneyNode[] = [
      ...nodes.filter((n) => n.id !== 'c'),
      call('c1', 'crm'),
      call('c2', 'crm'),
    ];
    const bothEdges = [
      edge('entry', 'g'),
      edge('g', 'c1', 'true'),
      edge('g', 'c2', 'false'),
      edge('c1', 'm'),
      edge('c2', 'm'),
      edge('m', 'u'),
      edge('u', 'exit'),
    ];
    // Two steps with one key is a duplicate-key error elsewhere; the scope analysis itself is satisfied.
    expect(liquid(makeJourney({ nodes: both, edges: bothEdges }))).toEqual([]);
  });

  it('accepts a Data Key inside the branch that set it and downstream of it', () => {
    const nodes: JourneyNode[] = [
      entry(),
      call('c', 'crm'),
      gate('g', 'journey.crm.body.tier == "gold"'),
      update('u', '{{ journey.crm.body.tier }}'),
      exit('a'),
      exit('b'),
    ];
    const edges = [
      ...chain(nodes[0], nodes[1], nodes[2]),
      edge('g', 'u', 'true'),
      edge('g', 'b', 'false'),
      edge('u', 'a'),
    ];
    expect(liquid(makeJourney({ nodes, edges }))).toEqual([]);
  });

  it('treats a loop back above the step as "only some paths" (the first pass has no value)', () => {
    const nodes: JourneyNode[] = [
      entry(),
      wait('w'),
      update('u', '{{ journey.crm.body }}'),
      call('c', 'crm'),
      goto('back', 'w'),
    ];
    const edges = [...chain(nodes[0], nodes[1], nodes[2], nodes[3], nodes[4])];
    expect(liquid(makeJourney({ nodes, edges }))).toMatchObject([
      {
        code: DATA_KEY_USED_BEFORE_SET,
        nodeId: 'u',
        message: expect.stringContaining('only some paths'),
      },
    ]);
  });

  it('flags a Data Key no step sets (a misspelling)', () => {
    const j = linearJourney([call('c', 'crm'), update('u', '{{ journey.cmr.body }}')]);
    expect(liquid(j)).toMatchObject([
      {
        code: UNKNOWN_DATA_KEY,
        nodeId: 'u',
        message: 'New value: {{journey.cmr}} refers to a Data Key no Action step sets',
      },
    ]);
  });

  it('checks a step reading its own Data Key in its input', () => {
    const j = linearJourney([call('c', 'crm', { path: '/x/{{ journey.crm.body.id }}' })]);
    expect(liquid(j)).toMatchObject([
      { code: DATA_KEY_USED_BEFORE_SET, nodeId: 'c', field: 'params.input.path' },
    ]);
  });

  it('checks an email at every step that sends it', () => {
    const nodes: JourneyNode[] = [
      entry(),
      sendEmail('early', 'e1'),
      call('c', 'crm'),
      sendEmail('late', 'e1'),
      exit(),
    ];
    const j = makeJourney(
      { nodes, edges: chain(...nodes) },
      { content: [content('e1', 'email', 'Hi {{ journey.crm.body.name }}')] },
    );
    // At the sending step the problem sits on its content field, named by the email, not its id.
    expect(liquid(j)).toMatchObject([
      {
        code: DATA_KEY_USED_BEFORE_SET,
        nodeId: 'early',
        field: 'params.contentId',
        message: expect.stringMatching(/^Email ".*" body: /),
      },
    ]);
  });
});

describe('Liquid analysis: variables and syntax', () => {
  it('flags an unknown person or account attribute and an unknown root', () => {
    const j = linearJourney([
      update(
        'u',
        '{{ person.shoeSize }} {{ account.industry }} {{ account.arr }} {{ weather.today }}',
      ),
    ]);
    expect(liquid(j).map((p) => p.message)).toEqual([
      'New value: {{person.shoeSize}} is not a person attribute of this workspace',
      'New value: {{account.arr}} is not an account attribute of this workspace',
      'New value: unknown variable {{weather.today}}; use person.<attribute>, account.<attribute> or journey.<Data Key>',
    ]);
    expect(
      liquid(j).every(
        (p) => p.nodeId === 'u' && p.field === 'params.value' && p.code === UNKNOWN_VARIABLE,
      ),
    ).toBe(true);
  });

  it('accepts locals from assign, capture and for loops', () => {
    const tpl =
      '{% assign c = person.country %}{% for i in journey.crm.body.items %}{{ i.name }}{{ forloop.index }}{% endfor %}{% capture x %}{{ c }}{% endcapture %}{{ x }}';
    expect(liquid(linearJourney([call('c', 'crm'), update('u', tpl)]))).toEqual([]);
  });

  it('reports a syntax error with node and field, in a step and in a Gate condition', () => {
    const j = linearJourney([update('u', 'Hello {{ person.country }')]);
    expect(liquid(j)).toMatchObject([
      { code: LIQUID_SYNTAX, nodeId: 'u', field: 'params.value', severity: 'error' },
    ]);
    const nodes: JourneyNode[] = [entry(), gate('g', 'person.country ==='), exit('a'), exit('b')];
    const g = makeJourney({
      nodes,
      edges: [edge('entry', 'g'), edge('g', 'a', 'true'), edge('g', 'b', 'false')],
    });
    expect(liquid(g)).toMatchObject([{ code: LIQUID_SYNTAX, nodeId: 'g', field: 'condition' }]);
    expect(analyzeLiquid('{{ x | nosuchfilter }}').ok).toBe(false);
  });

  it('refuses a template over the parse limit instead of parsing it', () => {
    expect(analyzeLiquid('a'.repeat(200_001))).toMatchObject({ ok: false });
  });
});

describe('variablesAt', () => {
  it('lists the attributes and the Data Keys set on every path before a node', () => {
    const j = linearJourney([call('c', 'crm'), update('u', '{{ journey.crm.body }}')]);
    const at = variablesAt(j, workspace, 'u');
    expect(at.journey).toEqual(['crm']);
    expect(at.person).toContain('country');
    expect(variablesAt(j, workspace, 'c').journey).toEqual([]);
  });
});
