import { describe, expect, it } from 'vitest';
import type { Journey, JourneyNode } from '../../../shared/model';
import { newJourney } from '../../../shared/journeys/new-journey';
import {
  ENTRY_SOURCE_MISSING,
  FIELD_TOO_LONG,
  CREDENTIAL_IN_STEP_INPUT,
  INVALID_ACTION_INPUT,
  INVALID_CONTENT_ADDRESS,
  INVALID_PARAM,
  RANDOM_SPLIT_PATH_NEVER_TAKEN,
  type Problem,
  type ValidationContext,
} from '../../../shared/validation';
import {
  paramIssue,
  problemsByField,
  settingKey,
} from '../../../renderer/features/action-form/field-errors';
import {
  withDraftProblems,
  withDraftPublishProblems,
} from '../../../shared/lifecycle/draft-problems';
import { problemLine } from '../../../renderer/features/editor/problems/problem-line';
import {
  unplacedProblems,
  type InspectorContext,
} from '../../../renderer/features/inspector/inline-fields';
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
  randomSplit,
  wait,
  waitForEvent,
} from '../helpers/journey-builder';
import { accountJourney, context, validate, workspace } from './fixtures';
import { DURATION_INVALID, durationAmountIssue, validateJourney } from '../../../shared/validation';
import { contentFromIssue } from '../../../shared/validation/rules/content-addresses';
import { describeModules } from '../../../electron/core/actions/registry';

/** Distinct step names, so a message that repeats the name is caught. */
function named<T extends JourneyNode>(node: T): T {
  return { ...node, name: `Step ${node.id.toUpperCase()}` };
}

const nameIn = (j: Journey) => (id: string) => j.nodes.find((n) => n.id === id)?.name;

/**
 * The contract of one message: the field (when its inspector shows it) and the Problems list say
 * the same words; the list names the step once; no internal ids or paths.
 */
function expectOneMessage(
  j: Journey,
  problems: Problem[],
  nodeId: string,
  field: string,
  message: string,
) {
  const p = problems.find((x) => x.nodeId === nodeId && x.field === field);
  expect(p?.message).toBe(message);
  const node = j.nodes.find((n) => n.id === nodeId) as JourneyNode;
  expect(message).not.toContain(node.name);
  expect(message).not.toMatch(/params\.|content\.|[0-9a-f]{8}-[0-9a-f]{4}/);
  expect(problemsByField(problems, nodeId)[settingKey(field)]).toBe(message);
  // Shown under its field, so not listed a second time beneath the settings.
  expect(unplacedProblems(node, problems, inspectorOf(j))).not.toContainEqual(p);
  const line = problemLine(p as Problem, nameIn(j));
  expect(line).toBe(`${node.name}: ${message}`);
  expect(line.split(node.name)).toHaveLength(2);
}

// The HTTP module's real input schema, as the core hands it to validation.
const HTTP_INPUT = describeModules()
  .find((m) => m.id === 'http')
  ?.functions.find((f) => f.name === 'request')?.input as Record<string, unknown>;
const ACCOUNT: InspectorContext = { audience: 'account' };
/** What the inspector of this journey knows: its audience and the HTTP request's input fields. */
const inspectorOf = (j: Journey): InspectorContext => ({
  audience: j.audience,
  inputFields: Object.keys(HTTP_INPUT.properties as object),
});
const withSchemas: ValidationContext = {
  ...context,
  customActions: [
    {
      id: 'ca-1',
      name: 'CRM lookup',
      functions: ['request'],
      inputSchemas: { request: HTTP_INPUT },
    },
  ],
};

describe('one problem, one message', () => {
  it('a refused Status (72 characters) says the same in the field and in the Problems list', () => {
    const bg = named(action('bg', 'update-buying-group-status', { solutionInterestId: 'si-1' }));
    const j = accountJourney([bg]);
    const value = 'x'.repeat(72);
    const issue = paramIssue(
      'update-buying-group-status',
      { ...bg.settings.params, status: value },
      'status',
    );
    expect(issue).toEqual({
      message: 'Status must be at most 50 characters',
      code: FIELD_TOO_LONG,
    });
    // The refused value is not saved, so validation alone would say "Status is required".
    const saved = validate(j);
    expect(saved.find((p) => p.field === 'params.status')?.message).toBe('Status is required');
    const drafts = {
      'bg|params.status': { nodeId: 'bg', field: 'params.status', value, ...issue! },
    };
    const shown = withDraftProblems(saved, drafts);
    expectOneMessage(j, shown, 'bg', 'params.status', 'Status must be at most 50 characters');
    expect(shown.map((p) => p.message)).not.toContain('Status is required');
    expect(shown.find((p) => p.field === 'params.status')?.code).toBe(FIELD_TOO_LONG);
  });

  it('a Wait amount below 1 ("-3" typed, or an imported 0) is one message naming the field, never changed', () => {
    for (const typed of ['-3', '0', '2.5', '', 'lots', '1e-2'])
      expect(durationAmountIssue('Amount (Duration)', typed, 'days')).toBe(
        'Amount (Duration) must be a whole number of 1 or more',
      );
    expect(durationAmountIssue('Amount (Timeout)', '100001', 'days')).toBe(
      'Amount (Timeout) must be at most 100000',
    );
    expect(durationAmountIssue('Amount (Duration)', '7', 'days')).toBeUndefined();
    // Scientific notation is refused (nothing guessed), saying what the field takes.
    expect(durationAmountIssue('Amount (Duration)', '1e2', 'days')).toBe(
      'Amount (Duration) must be a whole number of days in digits, like 7 (not 1e2)',
    );
    expect(durationAmountIssue('Amount (Timeout)', '1.5E1', 'hours')).toBe(
      'Amount (Timeout) must be a whole number of hours in digits, like 7 (not 1.5E1)',
    );
    // A saved 0 (an imported journey) blocks Publish under the Duration field.
    const zero = named(wait('w', 0));
    const j = accountJourney([zero]);
    expectOneMessage(
      j,
      validate(j),
      'w',
      'duration.amount',
      'Amount (Duration) must be a whole number of 1 or more',
    );
    // A refused "-3" stays a draft (the saved 5 is kept): the field and the list say the same.
    const five = accountJourney([named(wait('w', 5))]);
    const message = durationAmountIssue('Amount (Duration)', '-3', 'days')!;
    const drafts = {
      'w|duration.amount': {
        nodeId: 'w',
        field: 'duration.amount',
        value: '-3',
        message,
        code: DURATION_INVALID,
      },
    };
    const shown = withDraftProblems(validate(five), drafts);
    expectOneMessage(five, shown, 'w', 'duration.amount', message);
    // The publish check reads the saved 5: the kept value blocks it all the same, named by step.
    const publish = withDraftPublishProblems([], drafts, five);
    expect(publish).toMatchObject([
      { severity: 'error', code: DURATION_INVALID, nodeName: 'Step W' },
    ]);
    expect(withDraftPublishProblems([], drafts, accountJourney([]))).toEqual([]);
  });

  it('a 60-character Status is refused whole: the draft keeps all 60, the field and the list agree', () => {
    const bg = named(
      action('bg', 'update-buying-group-status', { solutionInterestId: 'si-1', status: 'Engaged' }),
    );
    const j = accountJourney([bg]);
    const value = 'y'.repeat(60);
    const issue = paramIssue(
      'update-buying-group-status',
      { ...bg.settings.params, status: value },
      'status',
    )!;
    const drafts = {
      'bg|params.status': { nodeId: 'bg', field: 'params.status', value, ...issue },
    };
    const shown = withDraftProblems(validate(j), drafts);
    expectOneMessage(j, shown, 'bg', 'params.status', 'Status must be at most 50 characters');
    expect(drafts['bg|params.status'].value).toHaveLength(60);
    expect(withDraftPublishProblems([], drafts, j)).toMatchObject([
      { severity: 'error', message: 'Status must be at most 50 characters' },
    ]);
  });

  it('a refused Data Key ("my key!") is an error naming Data Key in the field and the list, in place of the saved key\'s warning, and blocks Publish', () => {
    const step = named(action('ca', 'custom-action', { dataKey: 'lead' }, { scope: 'people' }));
    const j = linearJourney([step], { audience: 'people' });
    // The saved key is unused: a warning about "lead", which the draft replaces.
    expect(validate(j).find((p) => p.field === 'params.dataKey')?.severity).toBe('warning');
    const issue = paramIssue(
      'custom-action',
      { ...step.settings.params, dataKey: 'my key!' },
      'dataKey',
    )!;
    expect(issue).toEqual({
      message: 'Data Key: start with a letter or _, then letters, digits or _',
      code: INVALID_PARAM,
    });
    const drafts = {
      'ca|params.dataKey': { nodeId: 'ca', field: 'params.dataKey', value: 'my key!', ...issue },
    };
    const shown = withDraftProblems(validate(j), drafts);
    expectOneMessage(j, shown, 'ca', 'params.dataKey', issue.message);
    expect(shown.filter((p) => p.field === 'params.dataKey')).toHaveLength(1);
    expect(shown.map((p) => p.message).join()).not.toContain('never used');
    expect(withDraftPublishProblems([], drafts, j)).toMatchObject([
      { severity: 'error', message: issue.message, nodeName: 'Step CA' },
    ]);
  });

  it('a custom Action step names "Action to execute" and "Function" by their labels when missing', () => {
    const step = named(action('ca', 'custom-action', { dataKey: 'lead' }, { scope: 'people' }));
    const j = linearJourney([step], { audience: 'people' });
    const problems = validate(j);
    expectOneMessage(j, problems, 'ca', 'params.actionRef', 'Action to execute is required');
    expectOneMessage(j, problems, 'ca', 'params.function', 'Function is required');
  });

  it('a Wait for event timeout below 1 names the Timeout field', () => {
    const w = named(waitForEvent('t'));
    const t = { ...w, settings: { ...w.settings, timeout: { amount: 0, unit: 'days' as const } } };
    const nodes = [entry(), t, exit('x'), exit('y')];
    const edges = [edge('entry', 't'), edge('t', 'x', 'event'), edge('t', 'y', 'timeout')];
    const j = makeJourney({ nodes, edges }, { audience: 'account' });
    expectOneMessage(
      j,
      validate(j),
      't',
      'timeout.amount',
      'Amount (Timeout) must be a whole number of 1 or more',
    );
  });

  it('a missing required setting names the field by its label', () => {
    const j = accountJourney([
      named(action('bg', 'update-buying-group-status', { solutionInterestId: 'si-1' })),
    ]);
    expectOneMessage(j, validate(j), 'bg', 'params.status', 'Status is required');
  });

  it('an action not chosen asks for Accounts or People first in an account journey', () => {
    const a = named(action('a', null, {}, { scope: null }));
    const j = accountJourney([a]);
    expectOneMessage(
      j,
      validate(j),
      'a',
      'actionId',
      'Action is required; choose Accounts or People, then an action',
    );
  });

  it('Gate, Wait for event and Go to name their own field', () => {
    const nodes = [
      entry(),
      named(gate('g', '')),
      named(waitForEvent('w', '')),
      named(goto('go', null)),
      exit('x'),
      exit('y'),
    ];
    const edges = [
      ...chain(nodes[0], nodes[1]),
      { id: 'gf', source: 'g', sourceHandle: 'false', target: 'y' },
      { id: 'gt', source: 'g', sourceHandle: 'true', target: 'w' },
      { id: 'wt', source: 'w', sourceHandle: 'event', target: 'go' },
      { id: 'wto', source: 'w', sourceHandle: 'timeout', target: 'x' },
    ];
    const j = makeJourney({ nodes, edges });
    const problems = validate(j);
    expectOneMessage(j, problems, 'g', 'condition', 'Condition is required');
    expectOneMessage(j, problems, 'w', 'eventName', 'Event is required');
    expectOneMessage(j, problems, 'go', 'targetNodeId', 'Go to node is required');
  });

  it('invalid Liquid in an email names the email and its field, never the asset id', () => {
    const assetId = 'e0f52862-1111-4222-8333-944444444444';
    const mail = named(action('mail', 'send-email', { source: 'new', contentId: assetId }));
    const asset = { ...content(assetId, 'email', 'Hi {{ person.first_name '), name: 'Welcome' };
    const nodes = [entry(), mail, exit()];
    const j = makeJourney({ nodes, edges: chain(...nodes), content: [asset] });
    const problems = validate(j).filter((p) => p.code === 'liquid-syntax');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^Email "Welcome" body: invalid Liquid \(/);
    expectOneMessage(j, problems, 'mail', 'params.contentId', problems[0].message);
  });

  it("an email's From that is not an address is a Publish error naming the email and From, at the step that sends it", () => {
    const mail = named(action('mail', 'send-email', { source: 'new', contentId: 'e1' }));
    const bad = { ...content('e1'), name: 'Welcome', from: 'not an address@@' };
    const nodes = [entry(), mail, exit()];
    const j = makeJourney({ nodes, edges: chain(...nodes), content: [bad] });
    const problems = validate(j).filter((p) => p.code === INVALID_CONTENT_ADDRESS);
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe('error');
    const msg = 'Email "Welcome" From: "not an address@@" is not an email address';
    expectOneMessage(j, problems, 'mail', 'params.contentId', msg);
    expect(contentFromIssue(bad)).toBe(msg);
    // Unsent, it is still listed, on the content itself; a real address or Liquid passes.
    const unsent = linearJourney([], { content: [bad] });
    expect(validate(unsent).find((p) => p.code === INVALID_CONTENT_ADDRESS)?.field).toBe(
      'content.e1.from',
    );
    for (const from of ['news@example.com', '{{ account.ownerEmail }}', ''])
      expect(contentFromIssue({ ...bad, from })).toBeUndefined();
  });

  it("a Random split's total and a refused percent are shown by its paths editor, so not listed again beneath it", () => {
    const node = randomSplit('rs', [60, 50]);
    const j = linearJourney([node]);
    const [first] = node.settings.paths;
    const saved = validate(j);
    const total = saved.find((p) => p.nodeId === 'rs' && p.field === 'paths') as Problem;
    expect(total.message).toBe('Paths add up to 110%, not 100%');
    const shown = withDraftProblems(saved, {
      [`rs|${first.id}`]: {
        nodeId: 'rs',
        field: first.id,
        value: '-5',
        code: INVALID_PARAM,
        message: `Percent for ${first.name} must be 0–100`,
      },
    });
    const refused = shown.find((p) => p.code === INVALID_PARAM) as Problem;
    expect(refused.message).toBe(`Percent for ${first.name} must be 0–100`);
    expect(unplacedProblems(node, shown, ACCOUNT)).not.toContainEqual(total);
    expect(unplacedProblems(node, shown, ACCOUNT)).not.toContainEqual(refused);
    // A path that leads nowhere has no field of its own: it stays in the list beneath.
    const open = makeJourney({ nodes: [entry(), node], edges: chain(entry(), node) });
    const nowhere = validate(open).filter((p) => p.nodeId === 'rs' && p.code === 'open-end');
    expect(nowhere).toHaveLength(2);
    for (const p of nowhere) expect(unplacedProblems(node, nowhere, ACCOUNT)).toContainEqual(p);
  });

  it('a Random split path at 0% is warned about by name, under its own percent; a share above 0 is not', () => {
    const node = randomSplit('rs', [100, 0]);
    const j = linearJourney([node]);
    const [first, second] = node.settings.paths;
    const never = validate(j).filter((p) => p.code === RANDOM_SPLIT_PATH_NEVER_TAKEN);
    expect(never).toEqual([
      expect.objectContaining({
        severity: 'warning',
        nodeId: 'rs',
        field: second.id,
        message: `Path "${second.name}" gets 0% and is never taken; give it a share or use Split evenly`,
      }),
    ]);
    // The paths editor shows it under that path's percent, so the list beneath does not repeat it.
    expect(unplacedProblems(node, never, ACCOUNT)).toEqual([]);
    // The total is 100: no total error beside it.
    expect(validate(j).some((p) => p.field === 'paths')).toBe(false);
    const shared = linearJourney([randomSplit('rs', [99.99, 0.01])]);
    expect(validate(shared).filter((p) => p.code === RANDOM_SPLIT_PATH_NEVER_TAKEN)).toEqual([]);
    expect(first.percent).toBe(100);
  });

  it('a Random split total is said in hundredths, as shares are shown (no float digits)', () => {
    const j = linearJourney([randomSplit('rs', [60, 33.33, 33.34])]);
    const total = validate(j).find((p) => p.nodeId === 'rs' && p.field === 'paths') as Problem;
    expect(total.message).toBe('Paths add up to 126.67%, not 100%');
  });

  it('structural problems go to the list beneath the settings, with the step named once', () => {
    const nodes = [entry(), named(gate('g', 'account.employees > 1')), exit()];
    const j = makeJourney({
      nodes,
      edges: [
        ...chain(nodes[0], nodes[1]),
        { id: 'gt', source: 'g', sourceHandle: 'true', target: 'exit' },
      ],
    });
    const open = validate(j).find((p) => p.nodeId === 'g' && p.code === 'open-end') as Problem;
    expect(open.message).toBe('Path "False" leads nowhere; connect it or end it with an Exit');
    expect(unplacedProblems(nodes[1], [open], ACCOUNT)).toEqual([open]);
    expect(problemLine(open, nameIn(j))).toBe(
      'Step G: Path "False" leads nowhere; connect it or end it with an Exit',
    );
  });

  it('an open end of a one-output step says nothing follows it, with no internal path name (issue 19)', () => {
    const nodes = [entry(), named(gate('g', 'account.employees > 1')), exit()];
    const merge = {
      ...exit(),
      id: 'm',
      type: 'merge',
      name: 'Merge paths',
      settings: {},
    } as JourneyNode;
    const j = makeJourney({
      nodes: [...nodes, merge],
      edges: [
        ...chain(nodes[0], nodes[1]),
        { id: 'gt', source: 'g', sourceHandle: 'true', target: 'm' },
        { id: 'gf', source: 'g', sourceHandle: 'false', target: 'exit' },
      ],
    });
    const open = validate(j).find((p) => p.nodeId === 'm' && p.code === 'open-end') as Problem;
    expect(open.message).toBe('Nothing follows this step; add a step or end it with an Exit');
    expect(open.field).toBe('out');
    expect(problemLine(open, nameIn(j))).toBe(
      'Merge paths: Nothing follows this step; add a step or end it with an Exit',
    );
  });
});

describe('publish checks', () => {
  it('a blank account journey has a problem: its Entry lets nobody in', () => {
    const blank = newJourney({
      name: 'Blank',
      description: '',
      audience: 'account',
      user: 'me',
      now: new Date(0),
    });
    const problems = validateJourney(blank, workspace, context);
    expect(problems).toEqual([
      {
        nodeId: 'entry',
        field: 'source',
        severity: 'error',
        code: ENTRY_SOURCE_MISSING,
        message: 'Audience is required',
      },
    ]);
    const filled = {
      ...blank,
      nodes: blank.nodes.map((n) =>
        n.type === 'entry' ? { ...n, settings: { ...n.settings, source: 'Target accounts' } } : n,
      ),
    };
    expect(validateJourney(filled, workspace, context)).toEqual([]);
  });

  it('a blank people journey starts from a segment and asks for one', () => {
    const blank = newJourney({
      name: 'Blank',
      description: '',
      audience: 'people',
      user: 'me',
      now: new Date(0),
    });
    expect(blank.nodes[0]).toMatchObject({ type: 'entry', settings: { trigger: 'segment' } });
    expect(validateJourney(blank, workspace, context).map((p) => p.message)).toEqual([
      'Segment is required',
    ]);
  });

  it('refuses an Action input its function schema does not accept (method TRACE)', () => {
    const step = (input: Record<string, string>) =>
      named(
        action('call', 'custom-action', {
          dataKey: 'crm',
          actionRef: 'ca-1',
          function: 'request',
          input,
        }),
      );
    const run = (input: Record<string, string>) => {
      const nodes = [entry(), step(input), exit()];
      const j = makeJourney({ nodes, edges: chain(...nodes) });
      return {
        j,
        problems: validateJourney(j, workspace, withSchemas).filter((p) => p.severity === 'error'),
      };
    };
    const bad = run({ method: 'TRACE', path: '/x' });
    expect(bad.problems.map((p) => p.code)).toEqual([INVALID_ACTION_INPUT]);
    expectOneMessage(
      bad.j,
      bad.problems,
      'call',
      'params.input.method',
      'Method "TRACE" is not accepted: must be one of GET, POST, PUT, PATCH, DELETE',
    );
    expect(run({ method: 'POST', path: '/x' }).problems).toEqual([]);
    // Liquid is only known when the step runs.
    expect(run({ method: '{{ person.country }}', path: '/x' }).problems).toEqual([]);
    expect(run({ method: 'GET', path: 'x'.repeat(2_001) }).problems.map((p) => p.field)).toEqual([
      'params.input.path',
    ]);
  });

  it('warns of a credential typed into a step input, which a bundle would carry as plain text', () => {
    const warningsFor = (input: Record<string, string>) => {
      const nodes = [
        entry(),
        named(
          action('call', 'custom-action', {
            dataKey: 'crm',
            actionRef: 'ca-1',
            function: 'request',
            input,
          }),
        ),
        exit(),
      ];
      return validateJourney(makeJourney({ nodes, edges: chain(...nodes) }), workspace, withSchemas)
        .filter((p) => p.code === CREDENTIAL_IN_STEP_INPUT)
        .map((p) => [p.severity, p.field, p.nodeId]);
    };
    expect(warningsFor({ method: 'GET', path: '/items?limit=5&api_key=abc123' })).toEqual([
      ['warning', 'params.input.path', 'call'],
    ]);
    expect(warningsFor({ method: 'GET', path: 'https://user:pw@crm.example.com/x' })).toHaveLength(
      1,
    );
    expect(warningsFor({ method: 'GET', path: '/x', accessToken: 'tok-1' })).toHaveLength(1);
    // Ordinary inputs, Liquid (filled in at run time) and an empty value are left alone.
    expect(warningsFor({ method: 'GET', path: '/items?limit=5&keyword=shoes' })).toEqual([]);
    expect(warningsFor({ method: 'GET', path: '/x?token={{ journey.auth.body.token }}' })).toEqual(
      [],
    );
    expect(warningsFor({ method: 'GET', path: '/x', dataKey: 'crm', signup: 'yes' })).toEqual([]);
  });
});
