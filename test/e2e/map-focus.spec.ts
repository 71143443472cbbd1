import type { Page } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';
import { splitStep, chainEdges, edgeBetween, exitStep, waitStep } from './pages/journey-steps';

/**
 * Entry -> Wait -> Split path (Enterprise, Other), each path ending in an Exit; saved through the
 * contract and opened.
 */
async function smallSplitJourney(canvas: CanvasPage): Promise<void> {
  const id = await canvas.createAndOpen(uniqueName('Map focus'));
  const j = await canvas.storedEntry(id);
  const { entry } = j;
  const { x, y } = entry.position;
  const nodes = [
    entry,
    waitStep('wait', { x, y: y + 140 }),
    splitStep('split', { x, y: y + 280 }, [{ id: 'p1', name: 'Enterprise' }]),
    exitStep('exit1', { x: x - 130, y: y + 420 }),
    exitStep('exit2', { x: x + 130, y: y + 420 }),
  ];
  const edges = [
    ...chainEdges([entry, nodes[1], nodes[2]]),
    edgeBetween('split', 'exit1', 'p1'),
    edgeBetween('split', 'exit2', 'other'),
  ];
  await canvas.replaceBody(id, j.revision, nodes, edges);
  await expect(canvas.node(/^Split path:/)).toBeVisible();
}

/** The small split journey opened, with the keyboard, the inspector's Name and the selected cards. */
async function openSmallSplit(page: Page) {
  const canvas = new CanvasPage(page);
  await smallSplitJourney(canvas);
  return {
    canvas,
    keys: new Keyboard(page),
    name: canvas.inspector.getByRole('textbox', { name: 'Name', exact: true }),
    selected: canvas.map.locator('.react-flow__node.selected'),
  };
}

test('a key used on a focused node selects it first, so Ctrl+D copies the focused node (not the one clicked before); walking past it selects nothing; the copy takes focus and selection and sits on no other node', async ({
  page,
}) => {
  const { canvas, keys, name, selected } = await openSmallSplit(page);

  // A click selects the Split; Shift+Tab moves focus to the Wait, and the inspector stays on the
  // Split (walking past a node is no choice of it).
  await canvas.node(/^Split path:/).click();
  await expect(name).toHaveValue('Split path');
  const wait = canvas.node(/^Wait:/);
  await keys.tabTo(wait, { back: true });
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-id', 'split');
  await expect(name).toHaveValue('Split path');

  // Ctrl+D duplicates the Wait (the focused node); focus moves to the copy, which is selected.
  await keys.press('Control+d');
  await expect(canvas.node(/^Wait:/)).toHaveCount(2);
  await expect(canvas.node(/^Split path:/)).toHaveCount(1);
  await expect(selected).toHaveCount(1);
  await expect(selected).not.toHaveAttribute('data-id', 'wait');
  await expect(selected).toBeFocused();
  expect(await canvas.overlappingCards()).toEqual([]);
});

test("same-named steps are told apart in the nodes' accessible names, and the map has no unnamed image", async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await smallSplitJourney(canvas);
  const node = (name: string) => canvas.map.getByRole('group', { name, exact: true });
  await expect(node('Exit: Exit — on path "Enterprise"')).toHaveCount(1);
  await expect(node('Exit: Exit — on path "Other"')).toHaveCount(1);
  // A step whose name is unique keeps its plain name.
  await expect(node('Wait: Wait')).toHaveCount(1);
  await expect(canvas.map.getByRole('img', { name: 'Mini map' })).toBeVisible();
  await expect(
    canvas.map.getByRole('img', { name: 'Edge from Split path (Other) to Exit — on path "Other"' }),
  ).toBeAttached();
  // Every image in the map has a name (edges' own <svg> wrappers and the background are not images).
  expect(await canvas.map.ariaSnapshot()).not.toMatch(/^\s*- img(:|$)/m);
});

test('Tab walks the map in flow order: each node, then the "+" after it in output order, then the next node; Shift+Tab walks back', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await smallSplitJourney(canvas);
  const entry = canvas.node(/^Entry:/);
  const entryName = (await entry.getAttribute('aria-label')) ?? '';
  const source = entryName.replace(/^Entry: /, '');
  const order = [
    entryName,
    `Add node between ${source} and Wait`,
    'Wait: Wait',
    'Add node between Wait and Split path',
    'Split path: Split path',
    'Add node between Split path (Enterprise) and Exit — on path "Enterprise"',
    'Add node between Split path (Other) and Exit — on path "Other"',
    'Exit: Exit — on path "Enterprise"',
    'Exit: Exit — on path "Other"',
  ];
  const focusedName = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  // From the palette, Tab enters the map at the Entry (not at a "+").
  const palette = page.getByRole('complementary', { name: 'Node palette' });
  await keys.tabTo(palette.getByRole('button').last());
  const inMap = () =>
    page.evaluate(() => !!document.activeElement?.closest('.react-flow__viewport'));
  for (let i = 0; i < 10 && !(await inMap()); i++) await keys.press('Tab');
  const walked = [await focusedName()];
  for (let i = 1; i < order.length; i++) {
    await keys.press('Tab');
    walked.push(await focusedName());
  }
  expect(walked).toEqual(order);
  // Walking the whole map selected nothing.
  await expect(canvas.map.locator('.react-flow__node.selected')).toHaveCount(0);
  const back: string[] = [];
  for (let i = 1; i < order.length; i++) {
    await keys.press('Shift+Tab');
    back.push(await focusedName());
  }
  expect(back).toEqual([...order].reverse().slice(1));
  // Before the Entry comes the palette: the map's own controls come after its steps.
  await keys.press('Shift+Tab');
  await expect(palette.getByRole('button').last()).toBeFocused();
  for (let i = 0; i < order.length; i++) await keys.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', order.at(-1) ?? '');
  const controls: string[] = [];
  for (let i = 0; i < 4; i++) {
    await keys.press('Tab');
    controls.push(await focusedName());
  }
  expect(controls).toEqual(['Zoom in', 'Zoom out', 'Fit the journey in view', 'Hide mini map']);
});

test('the side panel comes right after the step it edits: Enter on a step, Shift+Tab from Name back to it, Tab from it into the panel; Escape in a field goes back to the step; Tab out of the panel goes on in flow order', async ({
  page,
}) => {
  const { canvas, keys, name, selected } = await openSmallSplit(page);
  const wait = canvas.node('Wait: Wait');

  // Tab to the Wait, Enter: the inspector shows it, focus on its first field.
  await keys.tabTo(wait);
  await keys.press('Enter');
  await keys.expectFocusVisible(name);
  await expect(name).toHaveValue('Wait');

  // Shift+Tab from the first field: the step being edited (it went to the map's last step).
  await keys.press('Shift+Tab');
  await keys.expectFocusVisible(wait);
  await keys.press('Shift+Tab');
  await expect(canvas.plus(/^Add node between .* and Wait$/)).toBeFocused();
  await keys.press('Tab');
  await keys.press('Tab');
  await keys.expectFocusVisible(name);

  // Escape in a field: back to the step, which stays selected (the panel stays open).
  await keys.press('Escape');
  await keys.expectFocusVisible(wait);
  await expect(selected).toHaveAttribute('data-id', 'wait');
  await expect(name).toHaveValue('Wait');

  // Tab from the panel's last field goes on with the Wait's "+", then the Split.
  await keys.tabTo(canvas.plus('Add node between Wait and Split path'));
  await keys.press('Tab');
  await keys.expectFocusVisible(canvas.node(/^Split path:/));
  await expect(selected).toHaveAttribute('data-id', 'wait');
});

test('Enter on Problems opens the list with focus on its first problem', async ({ page }) => {
  const { canvas, keys } = await openSmallSplit(page);
  const toggle = canvas.toolbar.getByRole('button', { name: 'Problems' });
  await keys.tabTo(toggle);
  await keys.press('Enter');
  const list = page.getByRole('region', { name: 'Problems list' });
  await expect(list).toBeVisible();
  const first = list.getByRole('listitem').first().getByRole('button');
  await expect(first).toHaveCount(1);
  await keys.expectFocusVisible(first);
});

/** Tags the focused element with a number (the same element keeps its number) and returns it. */
const focusedTag = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __tags?: WeakMap<Element, number>; __next?: number };
    w.__tags ??= new WeakMap();
    const el = document.activeElement;
    if (!el || el === document.body) return -1;
    if (!w.__tags.has(el)) w.__tags.set(el, (w.__next = (w.__next ?? 0) + 1));
    return w.__tags.get(el) ?? -1;
  });

test('Shift+Tab is Tab reversed across the whole editor, from any start: the navigation, the inspector, the page body', async ({
  page,
}) => {
  const { canvas, keys, name } = await openSmallSplit(page);
  await canvas.node(/^Wait:/).click();
  await expect(name).toHaveValue('Wait');
  const collapse = page.getByRole('button', { name: 'Collapse navigation' });
  const tagOf = (target: ReturnType<Page['locator']>) =>
    target.evaluate((el) => {
      const w = window as unknown as { __tags?: WeakMap<Element, number> };
      return w.__tags?.get(el) ?? -2;
    });

  // Tab once round the page from the navigation: every stop, until the navigation again.
  await collapse.focus();
  const forward = [await focusedTag(page)];
  for (let i = 0; i < 200; i++) {
    await keys.press('Tab');
    const t = await focusedTag(page);
    expect(t, 'Tab never lands on the page body').toBeGreaterThan(0);
    if (t === forward[0]) break;
    forward.push(t);
  }
  expect(forward.length).toBeGreaterThan(12);
  // The walk passed every step and "+" (nine), and the inspector's Name right after the Wait it edits.
  const waitTag = await tagOf(canvas.node(/^Wait:/));
  expect(forward).toContain(await tagOf(canvas.node(/^Entry:/)));
  expect(forward).toContain(await tagOf(canvas.node('Exit: Exit — on path "Other"')));
  expect(forward[forward.indexOf(waitTag) + 1]).toBe(await tagOf(name));

  // Shift+Tab from the navigation retraces it all backwards, round to the navigation.
  const back: number[] = [];
  for (let i = 0; i < forward.length; i++) {
    await keys.press('Shift+Tab');
    back.push(await focusedTag(page));
  }
  expect(back).toEqual([...forward.slice(1).reverse(), forward[0]]);

  // From the inspector's Name: back to the Wait it edits (the stop before it in Tab order).
  await name.focus();
  await keys.press('Shift+Tab');
  await expect(canvas.node(/^Wait:/)).toBeFocused();

  // From the page body: Shift+Tab lands on the last stop, Tab on the first.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await keys.press('Shift+Tab');
  expect(await focusedTag(page)).toBe(forward.at(-1));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await keys.press('Tab');
  expect(forward).toContain(await focusedTag(page));
});

test('after "Duplicate without details" of a journey with a split, focus is on the copy\'s name, not on a node', async ({
  page,
}) => {
  const { canvas, keys } = await openSmallSplit(page);
  // All by keyboard: the Split focused and selected, then More... > Duplicate.
  await keys.tabTo(canvas.node(/^Split path:/));
  await keys.press('Space');
  const more = page
    .getByRole('group', { name: 'Journey actions' })
    .getByRole('button', { name: 'More...' });
  await keys.tabTo(more);
  await keys.press('Enter');
  const item = page.getByRole('menu').getByRole('menuitem', { name: 'Duplicate', exact: true });
  for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++)
    await keys.press('ArrowDown');
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Duplicate Journey' });
  const copy = uniqueName('Focus copy');
  await keys.type(copy);
  await dialog.getByRole('radio', { name: /^Duplicate without details/ }).check();
  await dialog.getByRole('button', { name: 'Duplicate', exact: true }).press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: copy, exact: true });
  await expect(heading).toBeFocused();
  await expect(canvas.node(/^Split path:/)).toBeVisible();
  // Still there once the copy's map is drawn.
  await expect(heading).toBeFocused();
});

test('Escape on a focused node clears the selection and keeps focus on the node (React Flow blurred it to the page)', async ({
  page,
}) => {
  const { canvas, keys, name, selected } = await openSmallSplit(page);
  const wait = canvas.node('Wait: Wait');
  await keys.tabTo(wait);
  await keys.press('Enter');
  await keys.expectFocusVisible(name);
  await keys.tabTo(wait, { back: true });
  await keys.press('Escape');
  await expect(selected).toHaveCount(0);
  await keys.expectFocusVisible(wait);
});

test('Ctrl+Z of a paste while the pasted node has focus moves focus to the step it was pasted after, not to the page title', async ({
  page,
}) => {
  const { canvas, keys } = await openSmallSplit(page);
  const wait = canvas.node('Wait: Wait');
  await keys.tabTo(wait);
  await keys.press('Control+c');
  await keys.press('Control+v');
  const waits = canvas.node(/^Wait:/);
  await expect(waits).toHaveCount(2);
  const copy = canvas.map.locator('.react-flow__node.selected');
  await expect(copy).not.toHaveAttribute('data-id', 'wait');
  await expect(copy).toBeFocused();
  await keys.press('Control+z');
  await expect(waits).toHaveCount(1);
  await keys.expectFocusVisible(wait);
  await expect(page.locator('#journey-name')).not.toBeFocused();
});
