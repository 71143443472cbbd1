import { describe, expect, it } from 'vitest';
import { appActionNote, menuSections } from '../../../shared/lifecycle/action-notes';
import { ALLOWED_ACTIONS } from '../../../shared/lifecycle/status-rules';

// Seed 002's table: Live offers Duplicate, Close to new entries, Abort; Closed to new entries
// offers Duplicate, Abort. The app adds Create new version (DESIGN.md) and Finish (issue 17).
const actions = (status: keyof typeof ALLOWED_ACTIONS) =>
  menuSections(ALLOWED_ACTIONS[status], 'account');

describe('lifecycle menus read as seed 002', () => {
  it('Live: the seed’s three in its order, then the app’s own with a note', () => {
    const live = actions('Live');
    expect(live.filter((s) => !s.appOwn).map((s) => s.action)).toEqual([
      'Duplicate',
      'Close to new entries',
      'Abort',
    ]);
    expect(live.map((s) => s.action)).toEqual([
      'Duplicate',
      'Close to new entries',
      'Abort',
      'Create new version',
      'Finish',
    ]);
    expect(live.filter((s) => s.appOwn).every((s) => s.note)).toBe(true);
    expect(live.filter((s) => !s.appOwn).some((s) => s.note)).toBe(false);
  });

  it('Closed to new entries: Duplicate, Abort, then Finish', () =>
    expect(actions('Closed to new entries').map((s) => [s.action, s.appOwn])).toEqual([
      ['Duplicate', false],
      ['Abort', false],
      ['Finish', true],
    ]));

  it('Draft, Aborted and Finished are the seed’s alone', () => {
    for (const status of ['Draft', 'Aborted', 'Finished'] as const)
      expect(actions(status).some((s) => s.appOwn)).toBe(false);
  });

  it('Finish says who completes: accounts or people', () => {
    expect(appActionNote('Finish', 'account')).toBe(
      'Mark that every account has completed the journey; in Journey Optimizer B2B this happens by itself.',
    );
    expect(appActionNote('Finish', 'people')).toMatch(/^Mark that every person has completed/);
    expect(appActionNote('Abort', 'account')).toBeUndefined();
  });
});
