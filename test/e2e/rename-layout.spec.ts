import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage, overlapping } from './pages/canvas-page';

test('renaming to an empty name: the field, Save name, Cancel, the message and the status stay apart, each button on one line', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  await canvas.createAndOpen(uniqueName('Rename me'));
  const header = page.locator('header.journey-header');
  for (const width of [900, 1024, 1400]) {
    await page.setViewportSize({ width, height: 700 });
    await header.getByRole('button', { name: 'Edit name' }).click();
    const field = header.getByRole('textbox', { name: 'Journey name' });
    await field.fill('');
    await header.getByRole('button', { name: 'Save name' }).click();
    await expect(header.getByRole('alert')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(
      await overlapping(header, 'input, button, [role="alert"], .status'),
      `at ${width} px`,
    ).toEqual([]);
    // The field and both buttons on one row, each button on one line.
    const fieldBox = await field.boundingBox();
    for (const name of ['Save name', 'Cancel']) {
      const box = await header.getByRole('button', { name }).boundingBox();
      expect(box?.height, `${name} at ${width} px`).toBeLessThan((fieldBox?.height ?? 0) * 1.5);
      const middle = (box?.y ?? 0) + (box?.height ?? 0) / 2;
      expect(middle, `${name} beside the field at ${width} px`).toBeGreaterThan(fieldBox?.y ?? 0);
      expect(middle).toBeLessThan((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0));
    }
    await snap(page, `rename-empty-${width}`);
    await header.getByRole('button', { name: 'Cancel' }).click();
    await expect(header.getByRole('button', { name: 'Edit name' })).toBeFocused();
  }
});
