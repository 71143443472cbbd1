import { expect, snap, test, uniqueName } from './fixtures';
import { CanvasPage } from './pages/canvas-page';

test('"1e2" as a Wait amount is refused with a message naming the field and saying what it takes; the saved amount stays', async ({
  page,
}) => {
  const canvas = new CanvasPage(page);
  const id = await canvas.createAndOpen(uniqueName('Wait notation'), 'account');
  await canvas.addWithKeyboard(canvas.plus(/^Add node between .* and Exit$/), 'Wait');
  await canvas.node('Wait: Wait').click();
  const amount = canvas.inspector.getByRole('spinbutton', { name: 'Amount' });
  await amount.fill('1e2');
  const message = 'Amount (Duration) must be a whole number of days in digits, like 7 (not 1e2)';
  await expect(amount).toHaveValue('1e2');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(message);
  await snap(page, 'wait-amount-notation');
  await canvas.saved();
  // Nothing guessed: the saved Wait keeps its 5 days.
  const saved = await canvas.call<{ nodes: { type: string; settings: Record<string, unknown> }[] }>(
    'journeys.get',
    { id },
  );
  expect(saved.nodes.find((n) => n.type === 'wait')?.settings).toMatchObject({
    duration: { amount: 5, unit: 'days' },
  });
  // Typed in digits, it is taken.
  await amount.fill('100');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  await canvas.saved();
});
