import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

// Issue #19 probe: an Entry naming a list this workspace does not have (a bundle from another
// workspace, a list deleted since) passed the publish check. It is one problem now, in the same
// words under the field, in the Problems list and at Publish, and the picker shows the name.

test('an Entry whose list the workspace lacks: marked in the picker, one message under Audience and in Problems, Publish refused', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const name = uniqueName('Imported audience');
  const id = await canvas.createAndOpen(name, 'account');
  // What an import from another workspace leaves: a list name the demo workspace does not have.
  const j = await canvas.call<{
    revision: number;
    nodes: { type: string; settings: Record<string, unknown> }[];
    edges: unknown[];
  }>('journeys.get', { id });
  const nodes = j.nodes.map((n) =>
    n.type === 'entry' ? { ...n, settings: { trigger: 'audience', source: 'Churn risk' } } : n,
  );
  await canvas.replaceBody(id, j.revision, nodes, j.edges);

  await canvas.node(/^Entry: /).click();
  const audience = canvas.inspector.getByRole('combobox', { name: 'Audience' });
  const message = 'Audience "Churn risk" is not in this workspace';
  // The picker shows what the Entry refers to, and why it cannot be chosen again.
  await expect(audience.locator('option:checked')).toHaveText('Churn risk — not in this workspace');
  await expect(audience).toHaveAttribute('aria-invalid', 'true');
  await expect(audience).toHaveAccessibleDescription(message);
  await canvas.toolbar.getByRole('button', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems list' });
  await expect(problems.getByRole('button', { name: new RegExp(`: ${message}$`) })).toHaveCount(1);
  await snap(page, 'entry-audience-not-in-workspace');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish journey' });
  await expect(dialog.getByRole('list', { name: 'Problems' })).toContainText(message);
  await expect(dialog.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Core's check, which the library's Publish and the CLI run, refuses it too; nothing changes.
  await expect
    .poll(async () => {
      const { problems: found } = await canvas.call<{ problems: { message: string }[] }>(
        'journeys.publishCheck',
        { id },
      );
      return found.map((p) => p.message);
    })
    .toContain(message);
  await expect(canvas.call('journeys.publish', { id })).rejects.toThrow(message);
  expect((await canvas.call<{ status: string }>('journeys.get', { id })).status).toBe('Draft');
});
