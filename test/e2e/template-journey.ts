import { expect, type Locator } from '@playwright/test';
import { openApp, uniqueName } from './fixtures';
import type { Journey } from '../../shared/model';
import type { CanvasPage } from './pages/canvas-page';

/** Creates a journey from a template through the Create journey dialog and opens it; returns its name. */
export async function fromTemplate(canvas: CanvasPage, title: string): Promise<string> {
  const page = canvas.page;
  await openApp(page);
  await page.getByRole('button', { name: 'Create journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create journey' });
  await dialog.getByRole('radio', { name: title }).check();
  const name = uniqueName('Buying group');
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return name;
}

/** The buying-group template, opened with its Simulate panel on the template's saved scenario. */
export async function buyingGroupSimulation(canvas: CanvasPage): Promise<Locator> {
  await fromTemplate(canvas, 'Account-based buying group journey');
  return openFy27Scenario(canvas);
}

/** Opens the Simulate panel of the open buying-group journey on its saved "FY27 target accounts". */
export async function openFy27Scenario(canvas: CanvasPage): Promise<Locator> {
  await canvas.page.getByRole('button', { name: 'Simulate' }).click();
  const panel = canvas.page.getByRole('complementary', { name: 'Simulation' });
  await expect(panel.getByRole('combobox', { name: 'Saved scenario' })).toHaveValue(
    'FY27 target accounts',
  );
  return panel;
}

/**
 * The buying-group template as a new journey (through core), each node passed through `edit`
 * (rename one, leave one without an action…) and saved; returns its id and nodes.
 */
export async function editedBuyingGroup(
  canvas: CanvasPage,
  name: string,
  edit: (node: Journey['nodes'][number]) => Journey['nodes'][number],
): Promise<{ id: string; nodes: Journey['nodes'] }> {
  const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
    templateId: 'buying-group',
    name,
  });
  const doc = await canvas.call<Journey & { revision: number }>('journeys.get', { id });
  const nodes = doc.nodes.map(edit);
  await canvas.call('journeys.save', {
    id,
    baseRevision: doc.revision,
    body: { nodes, edges: doc.edges, content: doc.content },
  });
  return { id, nodes };
}

/** A Take an action node left without an action (a Draft still being built): the run skips it. */
export const withoutAction = (node: Journey['nodes'][number]): Journey['nodes'][number] =>
  node.type === 'action'
    ? { ...node, settings: { ...node.settings, actionId: null, params: {} } }
    : node;
