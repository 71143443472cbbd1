import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';
import { Keyboard } from './pages/keyboard';
import { JourneyHeaderPage } from './pages/library-page';

// Issue #19, from a keyboard-first tester: the header's Versions and History popovers stayed open
// over the map, and Enter on a card did nothing while the side panel was hidden.

test('Versions and History close on Escape (focus back on their toggle) and on a press outside', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const header = new JourneyHeaderPage(page);
  const keys = new Keyboard(page);
  await canvas.createAndOpen(uniqueName('Popovers'));

  for (const name of ['Versions', 'History']) {
    const toggle = header.actions().getByRole('button', { name, exact: true });
    const popover = page.getByRole('region', { name, exact: true });

    // Escape on the toggle closes the popover and keeps focus there.
    await toggle.focus();
    await keys.press('Enter');
    await expect(popover).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await keys.press('Escape');
    await expect(popover).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await keys.expectFocusVisible(toggle);

    // Escape from inside the popover returns focus to the toggle.
    await keys.press('Enter');
    await expect(popover).toBeVisible();
    await popover.getByRole('heading', { name }).evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await keys.press('Escape');
    await expect(popover).toBeHidden();
    await expect(toggle).toBeFocused();

    // A press inside keeps it open; one on the map closes it.
    await toggle.click();
    await expect(popover).toBeVisible();
    await popover.getByRole('heading', { name }).click();
    await expect(popover).toBeVisible();
    if (name === 'History') await snap(page, 'editor-keyboard-gaps-history-open');
    await canvas.node(/^Entry:/).click();
    await expect(popover).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  }
});

test('Enter on a focused card with the side panel hidden shows the panel and moves focus into it', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const keys = new Keyboard(page);
  await canvas.createAndOpen(uniqueName('Hidden panel'));

  await page.getByRole('button', { name: 'Hide side panel' }).click();
  await expect(canvas.inspector).toBeHidden();
  await keys.tabTo(canvas.node(/^Entry:/));
  await keys.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide side panel' })).toBeVisible();
  await expect(canvas.inspector).toBeVisible();
  await keys.expectFocusVisible(
    canvas.inspector.getByRole('textbox', { name: 'Name', exact: true }),
  );
  await snap(page, 'editor-keyboard-gaps-enter-shows-panel');
});
