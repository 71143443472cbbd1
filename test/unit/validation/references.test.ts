import { describe, expect, it } from 'vitest';
import {
  JOURNEY_REFERENCE_BLOCKED,
  JOURNEY_REFERENCE_SELF,
  REFERENCE_UNAVAILABLE,
  UNKNOWN_REFERENCE,
} from '../../../shared/validation';
import { action, linearJourney, otherJourney } from '../helpers/journey-builder';
import { accountJourney, codes, context, validate } from './fixtures';

const addTo = (journeyId: string) => action('add', 'add-account-to-journey', { journeyId });
const removeFrom = (journeyId: string) =>
  action('rm', 'remove-account-from-journey', { journeyId });

describe('reference rules', () => {
  it('accepts a Live account journey, by id or by lineage', () => {
    expect(validate(accountJourney([addTo('acct-live')]))).toEqual([]);
    expect(validate(accountJourney([addTo('lineage-acct-live')]))).toEqual([]);
  });

  it.each([
    ['acct-closed', 'Old upsell', 'Closed to new entries'],
    ['acct-aborted', 'Stopped', 'Aborted'],
    ['acct-finished', 'Done', 'Finished'],
    ['acct-draft', 'Drafty', 'Draft'],
  ])('refuses adding to %s, naming the target', (id, name, status) => {
    const [problem] = validate(accountJourney([addTo(id)]));
    expect(problem).toMatchObject({
      code: JOURNEY_REFERENCE_BLOCKED,
      nodeId: 'add',
      field: 'params.journeyId',
    });
    expect(problem.message).toContain(`"${name}"`);
    expect(problem.message).toContain(status);
  });

  it('refuses an unknown journey and a journey of the other audience', () => {
    expect(codes(validate(accountJourney([addTo('ghost')])))).toEqual([JOURNEY_REFERENCE_BLOCKED]);
    expect(validate(accountJourney([addTo('ghost')]))[0].message).toBe(
      'The referenced journey is not in this workspace (it was deleted)',
    );
    expect(validate(accountJourney([addTo('people-live')]))[0].message).toContain('people journey');
  });

  it('refuses Add Account to (other) Journey targeting itself', () => {
    const self = otherJourney('j1', { audience: 'account', name: 'Me' });
    const ctx = { ...context, journeys: [...context.journeys, self] };
    expect(validate(accountJourney([addTo('j1')]), ctx)).toMatchObject([
      { code: JOURNEY_REFERENCE_SELF },
    ]);
  });

  it('follows a lineage to its Live version after a new version is published', () => {
    const old = otherJourney('v1', {
      audience: 'account',
      lineageId: 'L',
      status: 'Closed to new entries',
    });
    const live = otherJourney('v2', { audience: 'account', lineageId: 'L', version: 2 });
    const ctx = { journeys: [old, live] };
    expect(validate(accountJourney([addTo('v1')]), ctx)).toEqual([]);
  });

  it('Remove Account from Journey needs a live account journey (seed 000)', () => {
    expect(validate(accountJourney([removeFrom('acct-live')]))).toEqual([]);
    expect(validate(accountJourney([removeFrom('acct-closed')]))).toMatchObject([
      {
        code: JOURNEY_REFERENCE_BLOCKED,
        message: 'Journey "Old upsell" is Closed to new entries; it must be Live',
      },
    ]);
    expect(codes(validate(accountJourney([removeFrom('acct-aborted')])))).toEqual([
      JOURNEY_REFERENCE_BLOCKED,
    ]);
  });

  it('checks Start a journey and Exit a journey targets', () => {
    expect(
      validate(linearJourney([action('s', 'start-a-journey', { journeyId: 'people-live' })])),
    ).toEqual([]);
    const exitOther = action('x', 'exit-a-journey', { target: 'other', journeyId: 'acct-live' });
    expect(codes(validate(linearJourney([exitOther])))).toEqual([JOURNEY_REFERENCE_BLOCKED]);
    const exitThis = action('x', 'exit-a-journey', { target: 'this', journeyId: 'acct-live' });
    expect(validate(linearJourney([exitThis]))).toEqual([]);
  });

  it('refuses account lists that are not live or not static', () => {
    const list = (listId: string) =>
      accountJourney([action('l', 'add-to-account-list', { listId })]);
    expect(validate(list('al-live'))).toEqual([]);
    expect(validate(list('al-draft'))).toMatchObject([
      { code: REFERENCE_UNAVAILABLE, field: 'params.listId' },
    ]);
    expect(validate(list('al-draft'))[0].message).toContain('"Draft accounts" is not live');
    expect(codes(validate(list('al-smart')))).toEqual([REFERENCE_UNAVAILABLE]);
    expect(codes(validate(list('al-gone')))).toEqual([UNKNOWN_REFERENCE]);
    // A deleted list is named by its field, never by its internal id.
    expect(validate(list('al-gone'))[0].message).toBe(
      'Account list is not in this workspace (it was deleted or renamed)',
    );
  });

  it('refuses references missing from the workspace, nested ones included', () => {
    const bad = [
      action('a', 'add-tag', { tag: 'nope' }),
      action('b', 'add-to-list', { marketoWorkspaceId: 'mw-1', listId: 'ml-404' }),
      action('c', 'assign-to-buying-group', { solutionInterestId: 'si-1', role: 'Janitor' }),
      action('d', 'send-sms', { contentId: 'no-such-sms' }),
    ];
    const problems = validate(linearJourney(bad));
    expect(problems.map((p) => [p.code, p.nodeId])).toEqual([
      [UNKNOWN_REFERENCE, 'a'],
      [UNKNOWN_REFERENCE, 'b'],
      [UNKNOWN_REFERENCE, 'c'],
      [UNKNOWN_REFERENCE, 'd'],
    ]);
    // Names are shown as they are; ids (ml-404, no-such-sms) never are.
    const messages = problems.map((p) => p.message);
    expect(messages[0]).toMatch(/"nope" is not in this workspace$/);
    expect(messages[1]).toMatch(/ is not in this workspace \(it was deleted or renamed\)$/);
    expect(messages[2]).toMatch(/"Janitor" is not in this workspace$/);
    expect(messages[3]).toMatch(/ is not in this journey \(it was deleted\)$/);
    expect(messages.join('\n')).not.toMatch(/ml-404|no-such-sms/);
  });

  it('checks custom Actions only when the context lists them', () => {
    const step = action('ca', 'custom-action', {
      dataKey: 'k',
      actionRef: 'ca-404',
      function: 'request',
    });
    const j = linearJourney([step]);
    expect(codes(validate(j))).toContain(UNKNOWN_REFERENCE);
    expect(codes(validate(j, { journeys: [] }))).not.toContain(UNKNOWN_REFERENCE);
  });
});
