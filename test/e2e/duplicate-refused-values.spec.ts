import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { JourneyHeaderPage } from './pages/library-page';

// Issue #19 probe: duplicating silently dropped values the editor refused (kept as field drafts).
// Partial content duplication keeps the steps' settings, so it keeps them too; Duplicate without
// details resets the settings, and the dialog names the values it leaves behind.

test('the Duplicate dialog names refused values a copy without details leaves behind; a partial copy keeps them', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const header = new JourneyHeaderPage(page);
  await canvas.createAndOpen(uniqueName('Refused copy'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await canvas.node(/^Wait: /).click();
  const amount = canvas.inspector.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('2.5');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await canvas.saved();

  await header.more('Duplicate');
  const dialog = page.getByRole('dialog', { name: 'Duplicate Journey' });
  const note = dialog.getByRole('status');
  await expect(note).toHaveText(
    /^The copy keeps 1 refused value, still to fix: "Wait[^"]*": Amount \(Duration\) /,
  );
  await dialog.getByRole('radio', { name: /^Duplicate without details/ }).check();
  await expect(note).toHaveText(
    /^1 refused value is not copied \(they stay in this journey\): "Wait[^"]*": Amount \(Duration\) /,
  );
  await snap(page, 'duplicate-dialog-refused-values');

  await dialog.getByRole('radio', { name: /^Partial content duplication/ }).check();
  await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The copy opens with the refused value in its field, still marked.
  await canvas.node(/^Wait: /).click();
  await expect(amount).toHaveValue('2.5');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
});
