import type { Page } from '@playwright/test';

// What the canvas bench does in a page: open it, then pan, zoom and drag a node while recording
// the time between animation frames. Both pages (editor and plain React Flow) get the same gestures.

/** Loads a page and returns ms from `journey-loaded` to `canvas-ready` (render + measure + paint). */
export async function openTime(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitReady(page);
  return page.evaluate(
    () => performance.measure('open', 'journey-loaded', 'canvas-ready').duration,
  );
}

/** Waits for the `canvas-ready` mark (every node in view measured, first frame after). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('canvas-ready').length > 0, null, {
    timeout: 300_000,
  });
  // The editor sets its first view right after measuring: let that frame pass too.
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
  );
}

/** Frame-to-frame times (ms) while `gesture` runs. */
async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    function tick(t) { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); }
    requestAnimationFrame(tick);
  })()`);
  await gesture();
  const times = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
  return times.slice(1).map((t, i) => t - times[i]);
}

async function paneCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.react-flow__pane').first().boundingBox();
  if (!box) throw new Error('no pane');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const STEPS = 60;

/** Presses at (x, y), moves round an ellipse of radii (rx, ry) that passes through it, and releases there. */
function dragRound(page: Page, x: number, y: number, rx: number, ry: number): Promise<number[]> {
  return recordFrames(page, async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= STEPS; i++) {
      const a = (i / STEPS) * 2 * Math.PI;
      await page.mouse.move(x + Math.sin(a) * rx, y + (1 - Math.cos(a)) * ry);
    }
    await page.mouse.up();
  });
}

/** Drags the empty map around an ellipse, back to where it started. */
export async function panFrames(page: Page): Promise<number[]> {
  const { x, y } = await paneCentre(page);
  return dragRound(page, x, y, 250, -150);
}

/** Wheels out to about half the zoom and back in, at the centre of the map. */
export async function zoomFrames(page: Page): Promise<number[]> {
  const { x, y } = await paneCentre(page);
  return recordFrames(page, async () => {
    await page.mouse.move(x, y);
    for (let i = 0; i < STEPS; i++) await page.mouse.wheel(0, i < STEPS / 2 ? 25 : -25);
  });
}

/** Drags one node (the same id in both pages) around a circle and drops it where it started. */
export async function dragFrames(page: Page, nodeId: string): Promise<number[]> {
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} is not on the map`);
  // Upper left of the card: clear of the handles (top and bottom centre) and the "+" buttons.
  return dragRound(page, box.x + box.width * 0.3, box.y + 14, 200, 120);
}
