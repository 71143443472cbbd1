import { expect, snap, test, uniqueName, viewportSettled } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('Ctrl+D on an Action step lands the copy connected after it, in view beside the inspector, with a fresh Data Key, and one undo removes it', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen('placeholder');
  // The API enrichment template: Wait 1 hour -> Look up customer (Data Key "customer") -> Save API score -> …
  const { id } = await canvas.call<{ id: string }>('journeys.createFromTemplate', {
    templateId: 'api-enrichment',
    name: uniqueName('Duplicate step'),
  });
  await canvas.open(id);
  const step = canvas.node('Take an action: Look up customer');
  await expect(step).toHaveCount(1);
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });

  await step.focus();
  await canvas.press('Space');
  await expect(canvas.inspector.getByRole('textbox', { name: 'Data Key' })).toHaveValue('customer');
  // The step's action picker and the custom Action it calls are two different names (issue 19).
  await expect(canvas.inspector.getByRole('combobox', { name: 'Action', exact: true })).toHaveValue(
    'custom-action',
  );
  await expect(
    canvas.inspector.getByRole('combobox', { name: 'Action to execute', exact: true }),
  ).toHaveCount(1);
  await expect(canvas.inspector.getByRole('combobox', { name: /^Action$/ })).toHaveCount(1);
  await canvas.press('Control+d');

  // Connected after the original, before the step that followed it.
  await expect(canvas.node('Take an action: Look up customer')).toHaveCount(2);
  await expect(
    canvas.plus('Add node between Look up customer (1st) and Look up customer (2nd)'),
  ).toBeAttached();
  await expect(
    canvas.plus('Add node between Look up customer (2nd) and Save API score'),
  ).toBeAttached();
  // The copy is selected: its own Data Key, so no "already used" error anywhere.
  await expect(canvas.inspector.getByRole('textbox', { name: 'Data Key' })).toHaveValue(
    'customer_2',
  );
  await canvas.saved();
  await expect(problems).not.toContainText('already used');
  // Nothing reads the copy's key yet: a warning (issue #19), worded like the field's help, and
  // shown as a warning under the field, not as an invalid value.
  const unused =
    'Data Key "customer_2" is never used; reference it as {{ journey.customer_2.body }} or remove it';
  await expect(problems).toContainText(unused);
  const key = canvas.inspector.getByRole('textbox', { name: 'Data Key' });
  await expect(key).not.toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveAccessibleDescription(/never used; reference it as/);
  await expect(canvas.inspector.getByText(unused)).toHaveClass(/warning/);
  await expect(canvas.inspector.getByRole('alert').filter({ hasText: unused })).toHaveCount(0);
  expect(await canvas.overlappingCards()).toEqual([]);

  // Visible on the map, not under the side panel.
  await viewportSettled(page);
  const copy = canvas.map.locator('.react-flow__node.selected');
  await expect(copy).toHaveCount(1);
  const box = (await copy.boundingBox())!;
  const map = (await canvas.map.boundingBox())!;
  const panel = (await canvas.inspector.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
  expect(box.x + box.width).toBeLessThanOrEqual(Math.min(map.x + map.width, panel.x));
  await snap(page, 'duplicate-ctrl-d');

  // One undo step takes the copy and its edges away again.
  await canvas.press('Control+z');
  await expect(canvas.node('Take an action: Look up customer')).toHaveCount(1);
  await expect(canvas.plus('Add node between Look up customer and Save API score')).toBeAttached();
});
