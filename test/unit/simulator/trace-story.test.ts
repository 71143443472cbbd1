import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { action, chain, csvScenario, entry, exit, journey } from './build';

// Item 2 of issue 17: traces and warnings name steps as every list does (two steps sharing a name
// told apart), actions by their labels, never by an id.
const PEOPLE = [
  { acct: 'A', id: '0' },
  { acct: 'A', id: '1' },
];
const named = <T extends { name: string }>(node: T, name: string): T => ({ ...node, name });

const j = journey(
  [
    entry(),
    named(
      action('stage', 'update-buying-group-stage', {
        solutionInterestId: 'si1',
        stage: 'Interest',
      }),
      'Move the stage',
    ),
    named(action('m1', 'send-email', { source: 'new', contentId: 'c1' }, 'people'), 'Mail'),
    named(action('m2', 'send-email', { source: 'new', contentId: 'c2' }, 'people'), 'Mail'),
    exit(),
  ],
  chain('entry', 'stage', 'm1', 'm2', 'exit'),
  'account',
);
const r = simulate(j, csvScenario(PEOPLE, { horizonDays: 3 }, 'acct'));
const steps = r.traces[0].steps;

describe('traces read like a story', () => {
  it('each step carries its name; two steps named "Mail" are told apart by flow order', () => {
    expect(steps.map((s) => [s.day, s.nodeId, s.step])).toEqual([
      [1, 'entry', 'entry'],
      [1, 'stage', 'Move the stage'],
      [1, 'm1', 'Mail (1st)'],
      [1, 'm2', 'Mail (2nd)'],
      [1, 'exit', 'exit'],
    ]);
  });

  it('an action with nothing to name reads by its label alone, with no raw id', () => {
    expect(steps[1].note).toBe('Update Buying Group Stage for the account');
    for (const s of steps) expect(s.note).not.toMatch(/update-buying-group-stage|send-email/);
  });

  it('warnings built in the core name steps as the lists do', () => {
    const w = r.warnings.find((x) => x.code === 'back_to_back_sends');
    expect(w?.nodeId).toBe('m2');
    expect(w?.message).toContain('got "Mail (2nd)" right after "Mail (1st)"');
  });
});
