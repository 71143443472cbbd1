import { E2E_TOKEN, expect, openApp, test } from './fixtures';

// Issue 16: the page token stayed in the address bar after the host had set its cookie.
test('the token leaves the address bar once the page has loaded, and a reload still works on the cookie', async ({
  page,
  browser,
}) => {
  await openApp(page, '#/journeys');
  await expect.poll(() => page.url()).not.toContain('token');
  expect(page.url()).not.toContain(E2E_TOKEN);
  expect(new URL(page.url()).hash).toBe('#/journeys');
  expect(await page.evaluate(() => window.history.length)).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(page.url()).not.toContain('token');
  // The app still talks to the host: a socket from the page (the cookie goes with it) answers a call.
  const reply = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/ws`);
        ws.onopen = () => ws.send(JSON.stringify({ id: 7, channel: 'journeys.list', input: {} }));
        ws.onmessage = (e) => resolve(JSON.parse(String(e.data)));
        ws.onerror = () => resolve('socket refused');
      }),
  );
  expect(reply).toMatchObject({ id: 7, ok: true });

  // Without the cookie the bare address is refused: the cookie, not the URL, carries the session now.
  const stranger = await browser.newContext();
  const response = await (await stranger.newPage()).goto(new URL('/', page.url()).href);
  expect(response?.status()).toBe(401);
  await stranger.close();
});
