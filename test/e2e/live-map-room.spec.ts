import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage, cardsUnderMiniMap } from './pages/canvas-page';
import { JourneyHeaderPage } from './pages/library-page';

const at = (x: number, y: number) => ({ x, y });

/** The keyboard test's journey: Entry, an account action, a Split whose Other path ends in its own Exit. */
const NODES = [
  {
    id: 'entry',
    type: 'entry',
    name: 'Account audience',
    position: at(0, 0),
    settings: { trigger: 'audience', source: 'Target accounts FY27' },
  },
  {
    id: 'aim',
    type: 'action',
    name: 'Account Interesting Moment',
    position: at(0, 160),
    settings: {
      scope: 'account',
      actionId: 'account-interesting-moment',
      params: { type: 'Milestone', description: '' },
      applyTo: { mode: 'all' },
    },
  },
  {
    id: 'split',
    type: 'split',
    name: 'Split path',
    position: at(0, 320),
    settings: {
      splitBy: 'accounts',
      paths: [
        {
          id: 'p1',
          name: 'Path 1',
          match: 'all',
          criteria: [{ scope: 'account', attribute: 'name', operator: 'equals', value: 'Acme' }],
        },
      ],
    },
  },
  { id: 'x1', type: 'exit', name: 'Exit', position: at(0, 480), settings: { reason: '' } },
  { id: 'x2', type: 'exit', name: 'Exit', position: at(390, 480), settings: { reason: '' } },
];
const EDGES = [
  { id: 'e1', source: 'entry', sourceHandle: 'out', target: 'aim' },
  { id: 'e2', source: 'aim', sourceHandle: 'out', target: 'split' },
  { id: 'e3', source: 'split', sourceHandle: 'p1', target: 'x1' },
  { id: 'e4', source: 'split', sourceHandle: 'other', target: 'x2' },
];

test('at 1,024 px a Live journey leaves room for the mini map: no card under it after Publish, on opening, after Fit', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const canvas = new CanvasPage(page);
  const header = new JourneyHeaderPage(page);
  const id = await canvas.createAndOpen(uniqueName('Live map room'));
  const { revision } = await canvas.call<{ revision: number }>('journeys.get', { id });
  await canvas.replaceBody(id, revision, NODES, EDGES);
  const other = canvas.node('Exit: Exit — on path "Other"');
  await expect(other).toHaveCount(1);

  // Publish in place: the palette goes, the map widens to ~504 px and the mini map comes back.
  await header.actions().getByRole('button', { name: 'Publish' }).click();
  await page
    .getByRole('dialog', { name: 'Publish journey' })
    .getByRole('button', { name: 'Publish', exact: true })
    .click();
  await expect(header.status()).toHaveText('Live');
  await viewportSettled(page);
  await expect.poll(() => cardsUnderMiniMap(canvas)).toEqual([]);
  await snap(page, 'live-map-room-published-1024');

  // Opened Live: the journey (two columns, ~560 px at the readable zoom) is wider than the map,
  // and its Other Exit would sit under the mini map: the mini map steps aside.
  await page.reload();
  await expect(canvas.node(/^Entry:/)).toBeVisible();
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  await snap(page, 'live-map-room-opened-1024');

  // Show mini map brings it back; Fit then keeps every card clear of it.
  const show = canvas.map.getByRole('button', { name: 'Show mini map' });
  await show.click();
  await expect(canvas.map.getByRole('img', { name: 'Mini map' })).toBeVisible();
  await canvas.map.getByRole('button', { name: 'Fit the journey in view' }).click();
  await viewportSettled(page);
  expect(await cardsUnderMiniMap(canvas)).toEqual([]);
  await snap(page, 'live-map-room-fit-1024');
});
