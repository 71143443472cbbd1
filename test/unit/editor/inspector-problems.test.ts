import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../../shared/model';
import { error, warning, type Problem } from '../../../shared/validation';
import { problemsByField, settingKey } from '../../../renderer/features/action-form/field-errors';
import {
  unplacedProblems,
  type InspectorContext,
} from '../../../renderer/features/inspector/inline-fields';
import {
  action,
  entry,
  exit,
  gate,
  goto,
  randomSplit,
  split,
  splitPath,
  wait,
  waitForEvent,
} from '../helpers/journey-builder';

const ACCOUNT: InspectorContext = { audience: 'account' };
const PEOPLE: InspectorContext = { audience: 'people' };

/** A problem of the node `n` on `field`, plus one without a field (a structural one). */
const on = (n: JourneyNode, field: string, message = `${field} is wrong`): Problem =>
  error('some-code', message, n.id, field);
const loose = (n: JourneyNode): Problem => error('open-end', 'Path "Out" leads nowhere', n.id);

// Each node type with the fields its inspector shows a message under (FlowSettings, PathsEditor,
// ActionSettingsForm): a problem on one of them is under the field only.
const SHOWN: [string, JourneyNode, string][] = [
  ['Entry source', entry('e'), 'source'],
  ['Gate condition', gate('g', ''), 'condition'],
  ['Wait for event', waitForEvent('w', ''), 'eventName'],
  ['Go to target', goto('go', null), 'targetNodeId'],
  ['Random split total', randomSplit('rs', [60, 50]), 'paths'],
  ['Action choice', action('a', null), 'actionId'],
  ['Action scope', action('a', 'send-email', {}, { scope: 'people' }), 'scope'],
  ['Action setting', action('a', 'send-email', { source: 'new' }), 'params.contentId'],
];

describe('inspector: a problem shown under its field is not listed again', () => {
  it.each(SHOWN)(
    '%s: under the field only; a problem without a field stays listed',
    (_, node, field) => {
      const shown = on(node, field);
      const other = loose(node);
      expect(problemsByField([shown], node.id)[settingKey(field)]).toBe(shown.message);
      expect(unplacedProblems(node, [shown, other], ACCOUNT)).toEqual([other]);
    },
  );

  it('lists every problem of nodes whose settings show no messages (Wait, Exit, Split path)', () => {
    const pathed = split('s', [splitPath('p1')]);
    const nodes: [JourneyNode, string][] = [
      [wait('w', 5), 'duration'],
      [exit('x'), 'reason'],
      [pathed, 'p1'],
    ];
    for (const [node, field] of nodes) {
      const p = warning('some-code', 'Something to look at', node.id, field);
      expect(unplacedProblems(node, [p], ACCOUNT)).toEqual([p]);
    }
  });

  it('keeps the second message of one field in the list: the field shows only its first error', () => {
    const node = gate('g', '');
    const first = on(node, 'condition', 'Condition is required');
    const second = warning('w', 'Condition reads a Data Key set later', node.id, 'condition');
    expect(problemsByField([second, first], node.id).condition).toBe(first.message);
    expect(unplacedProblems(node, [second, first], ACCOUNT)).toEqual([second]);
  });

  it('keeps a problem of a setting the form does not show (another setting hides it)', () => {
    // "Email content" applies only when Email is "new"; with Marketo Engage chosen it is hidden.
    const marketo = action('a', 'send-email', { source: 'marketo' });
    const hidden = on(marketo, 'params.contentId');
    expect(unplacedProblems(marketo, [hidden], ACCOUNT)).toEqual([hidden]);
    // Accounts/People is chosen only in account journeys.
    const people = action('a', 'send-email', { source: 'new' });
    const scope = on(people, 'scope');
    expect(unplacedProblems(people, [scope], PEOPLE)).toEqual([scope]);
    expect(unplacedProblems(people, [scope], ACCOUNT)).toEqual([]);
  });

  it('keeps "Apply to" problems listed when the step acts on accounts, where the form hides it', () => {
    const applyTo = { mode: 'matching' as const, match: 'all' as const, criteria: [] };
    const accounts = action('a', 'add-to-account-list', {}, { scope: 'account', applyTo });
    const people = action('a', 'send-email', { source: 'new' }, { scope: 'people', applyTo });
    expect(unplacedProblems(accounts, [on(accounts, 'applyTo')], ACCOUNT)).toHaveLength(1);
    expect(unplacedProblems(people, [on(people, 'applyTo')], ACCOUNT)).toEqual([]);
  });

  it('places each "Apply to" criterion row’s problem under that row, a second one of a row in the list', () => {
    const criteria = [
      { scope: 'person' as const, attribute: 'jobTitle', operator: 'equals' as const, value: '' },
      { scope: 'person' as const, attribute: 'x', operator: 'equals' as const, value: '' },
    ];
    const applyTo = { mode: 'matching' as const, match: 'all' as const, criteria };
    const step = action('a', 'send-email', { source: 'new' }, { scope: 'people', applyTo });
    const row2 = on(step, 'applyTo.criteria.1');
    const again = warning('w', 'another', step.id, 'applyTo.criteria.1');
    const past = on(step, 'applyTo.criteria.2');
    expect(unplacedProblems(step, [row2, again, past], ACCOUNT)).toEqual([again, past]);
  });

  it('custom Action step: inputs the function’s form shows are placed, others and the whole input listed', () => {
    const step = action('c', 'custom-action', {
      dataKey: 'crm',
      actionRef: 'ca-1',
      function: 'request',
      input: { method: 'GET', accessToken: 'x' },
    });
    const ctx: InspectorContext = { audience: 'account', inputFields: ['method', 'path'] };
    const method = on(step, 'params.input.method');
    const stray = warning(
      'cred',
      'Access Token looks like a credential',
      'c',
      'params.input.accessToken',
    );
    const whole = on(step, 'params.input');
    const key = on(step, 'params.dataKey');
    expect(unplacedProblems(step, [method, stray, whole, key], ctx)).toEqual([stray, whole]);
    // Before the function is known, its form shows no inputs.
    expect(unplacedProblems(step, [method], ACCOUNT)).toEqual([method]);
  });

  it('random split: a refused percent is under its path; a path leading nowhere is listed', () => {
    const node = randomSplit('rs', [50, 50]);
    const pathId = node.settings.paths[0].id;
    const refused = error('invalid-param', 'Percent for A must be 0–100', node.id, pathId);
    const nowhere = error('open-end', 'Path "A" leads nowhere', node.id, pathId);
    expect(unplacedProblems(node, [refused, nowhere], ACCOUNT)).toEqual([nowhere]);
  });
});
