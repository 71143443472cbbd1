import type { Locator, Page } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';
import { SettingsPage } from './pages/settings-page';

// Issue #19: with the keyboard alone, focus goes where the work goes on — into a panel just opened,
// onto the button of a run or a save that finished, to the next path after a delete, onto the very
// field a problem names — and never drops to the page body or jumps back to the page title.

/** Focus is on `target`, and not on the page body. */
async function expectFocusOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
}

/** Moves focus to `target` with Tab and presses Enter on it. */
async function pressWithKeys(keys: Keyboard, target: Locator): Promise<void> {
  await keys.tabTo(target);
  await keys.press('Enter');
}

/** A journey whose steps and edges are `nodes` and `edges` after its own Entry, opened. */
async function journeyWith(
  canvas: CanvasPage,
  name: string,
  nodes: (entryId: string) => { nodes: unknown[]; edges: unknown[] },
  audience: 'account' | 'people' = 'account',
): Promise<string> {
  const id = await canvas.createAndOpen(uniqueName(name), audience);
  const j = await canvas.call<{ revision: number; nodes: { id: string; type: string }[] }>(
    'journeys.get',
    { id },
  );
  const entry = j.nodes.find((n) => n.type === 'entry');
  if (!entry) throw new Error('a new journey has an Entry');
  const body = nodes(entry.id);
  await canvas.replaceBody(id, j.revision, [entry, ...body.nodes], body.edges);
  return id;
}

const at = (y: number) => ({ x: 0, y });
const edge = (source: string, target: string, handle = 'out') => ({
  id: `${source}:${handle}`,
  source,
  sourceHandle: handle,
  target,
});

test('Simulate puts focus in its panel, a finished run leaves it on Run, Close gives it back to Simulate', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  const name = uniqueName('Focus simulate');
  const id = await canvas.createAndOpen(name, 'account');
  await canvas.fillEntryAudience(id);

  await pressWithKeys(keys, canvas.toolbar.getByRole('button', { name: 'Simulate' }));
  const panel = page.getByRole('complementary', { name: 'Simulation' });
  await expectFocusOn(page, panel.getByRole('heading', { name: `Simulate “${name}”` }));

  const run = panel.getByRole('button', { name: 'Run simulation' });
  await pressWithKeys(keys, run);
  await expect(panel.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expectFocusOn(page, run);

  // Close simulation is above Run: Shift+Tab back to it.
  await keys.tabTo(panel.getByRole('button', { name: 'Close simulation' }), { back: true });
  await keys.press('Enter');
  await expect(panel).toBeHidden();
  await expectFocusOn(page, canvas.toolbar.getByRole('button', { name: 'Simulate' }));
});

test('Settings Save leaves focus on the confirmation, not the page body', async ({ page }) => {
  const settings = new SettingsPage(page);
  const keys = new Keyboard(page);
  await settings.open();
  const tags = settings.section('Tags');
  await tags.getByRole('textbox', { name: 'New tag', exact: true }).focus();
  await keys.type(uniqueName('focus tag'));
  await pressWithKeys(keys, tags.getByRole('button', { name: 'Add tag', exact: true }));
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // Save, in the sticky header far above: focus it directly, then press Enter.
  await settings.saveButton().focus();
  await keys.press('Enter');
  const saved = page.getByRole('status').filter({ hasText: 'Workspace saved.' });
  await expectFocusOn(page, saved);
});

test('deleting a path moves focus to the next path’s name, or the previous one when it was last', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await journeyWith(canvas, 'Focus delete path', (entry) => ({
    nodes: [
      {
        id: 'split',
        type: 'split',
        name: 'Split path',
        position: at(200),
        settings: {
          splitBy: 'accounts',
          paths: ['Path 1', 'Path 2', 'Path 3'].map((n, i) => ({
            id: `p${i + 1}`,
            name: n,
            match: 'all',
            criteria: [],
          })),
        },
      },
      { id: 'x1', type: 'exit', name: 'Exit', position: at(400), settings: { reason: '' } },
    ],
    edges: [edge(entry, 'split'), edge('split', 'x1', 'p1')],
  }));
  await canvas.node('Split path: Split path').focus();
  await keys.press('Enter');
  const inspector = canvas.inspector;
  await pressWithKeys(keys, inspector.getByRole('button', { name: 'Delete Path 2' }));
  const second = inspector.getByRole('textbox', { name: 'Path 2 name' });
  await expectFocusOn(page, second);
  await expect(second).toHaveValue('Path 3');

  // The last path gone: the one before it takes focus.
  await pressWithKeys(keys, inspector.getByRole('button', { name: 'Delete Path 3' }));
  await expect(inspector.getByRole('textbox', { name: 'Path 2 name' })).toHaveCount(0);
  await expectFocusOn(page, inspector.getByRole('textbox', { name: 'Path 1 name' }));
});

test('Enter on a problem of Accounts or People, the Action picker or "Action to execute" focuses that field', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  const action = (id: string, name: string, y: number, settings: Record<string, unknown>) => ({
    id,
    type: 'action',
    name,
    position: at(y),
    settings: { scope: null, actionId: null, params: {}, applyTo: { mode: 'all' }, ...settings },
  });
  const exit = { id: 'x1', type: 'exit', name: 'Exit', position: at(800), settings: {} };
  const openProblems = async () => {
    const toggle = canvas.toolbar.getByRole('button', { name: 'Problems' });
    // The list stays open from one journey to the next (a layout choice).
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await pressWithKeys(keys, toggle);
    return page.getByRole('region', { name: 'Problems list' });
  };
  const enterOn = async (problems: Locator, line: RegExp, field: Locator) => {
    await problems.getByRole('button', { name: line }).focus();
    await keys.press('Enter');
    await expectFocusOn(page, field);
  };
  const inspector = canvas.inspector;

  await journeyWith(canvas, 'Focus problem fields', (entry) => ({
    nodes: [
      action('a1', 'No scope', 200, {}),
      action('a2', 'No action', 400, { scope: 'people' }),
      { ...exit, settings: { reason: '' } },
    ],
    edges: [edge(entry, 'a1'), edge('a1', 'a2'), edge('a2', 'x1')],
  }));
  let problems = await openProblems();
  // No scope yet: the message asks for Accounts or People first, so that choice takes focus.
  await enterOn(
    problems,
    /^No scope: Action is required/,
    inspector.getByRole('radio', { name: 'Accounts' }),
  );
  await enterOn(
    problems,
    /^No action: Action is required/,
    inspector.getByRole('combobox', { name: 'Action', exact: true }),
  );

  // A custom Action step (people journeys): its "Action to execute" picker.
  await journeyWith(
    canvas,
    'Focus action to execute',
    (entry) => ({
      nodes: [
        action('a3', 'Call CRM', 200, {
          scope: 'people',
          actionId: 'custom-action',
          params: { dataKey: 'crm', actionRef: '', function: '', input: {} },
        }),
        { ...exit, settings: { reason: '' } },
      ],
      edges: [edge(entry, 'a3'), edge('a3', 'x1')],
    }),
    'people',
  );
  problems = await openProblems();
  await enterOn(
    problems,
    /^Call CRM: Action to execute/,
    inspector.getByRole('combobox', { name: 'Action to execute' }),
  );
});

test('"Apply to which contacts" shows a criterion’s problem under its row, in the same words as Problems, whose Enter focuses that row', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  const criterion = (attribute: string, operator: string, value: string) => ({
    scope: 'person',
    attribute,
    operator,
    value,
  });
  await journeyWith(
    canvas,
    'Apply to rows',
    (entry) => ({
      nodes: [
        {
          id: 'tag',
          type: 'action',
          name: 'Tag VIPs',
          position: at(200),
          settings: {
            scope: 'people',
            actionId: 'add-tag',
            params: { tag: 'vip' },
            applyTo: {
              mode: 'matching',
              match: 'all',
              criteria: [
                criterion('jobTitle', 'equals', 'CTO'),
                criterion('leadScore', 'greaterThan', 'lots'),
              ],
            },
          },
        },
        { id: 'x1', type: 'exit', name: 'Exit', position: at(400), settings: { reason: '' } },
      ],
      edges: [edge(entry, 'tag'), edge('tag', 'x1')],
    }),
    'people',
  );
  await canvas.node('Take an action: Tag VIPs').focus();
  await keys.press('Enter');
  const applyTo = canvas.inspector.getByRole('group', { name: 'Apply to which contacts' });
  const message =
    'Apply to which contacts, criterion 2: "Lead score" is a number attribute; "lots" is not a number';
  const row2 = applyTo.getByRole('textbox', { name: 'Value of criterion 2' });
  await expect(row2).toHaveAttribute('aria-invalid', 'true');
  await expect(row2).toHaveAccessibleDescription(message);
  await expect(applyTo.getByRole('textbox', { name: 'Value of criterion 1' })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // Once in the side panel, under its row; not again for the whole field.
  await expect(canvas.inspector.getByText(message, { exact: true })).toHaveCount(1);
  await expect(applyTo).not.toHaveAccessibleDescription(/./);

  const toggle = canvas.toolbar.getByRole('button', { name: 'Problems' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await pressWithKeys(keys, toggle);
  const line = page
    .getByRole('region', { name: 'Problems list' })
    .getByRole('button', { name: `Tag VIPs: ${message}` });
  await line.focus();
  await keys.press('Enter');
  await expectFocusOn(page, row2);
});
