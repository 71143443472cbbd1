import { expect, snap, test } from './fixtures';
import { apiCall, LibraryPage } from './pages/library-page';

// A name at the 100-character limit, with few places to break, so it must be truncated.
const LONG =
  'Enterprise EMEA expansion — buying group nurture for strategic accounts with renewal in Q3 FY2027';

test('the journeys table fits 1,024–1,920 px wide: no horizontal scrolling, one-line Type, row menus visible, long names truncated with the full name kept', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await library.goto();
  await apiCall(page, 'journeys.create', { name: LONG, audience: 'account', description: '' });

  for (const width of [1024, 1400, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await library.goto();
    const table = library.table();
    await expect(library.row(LONG)).toBeVisible();
    // Nothing wider than its box: neither the table's wrapper nor the page scrolls sideways.
    const overflow = await page.evaluate(() => {
      const wrap = document.querySelector('.table-scroll') as HTMLElement;
      const root = document.scrollingElement as HTMLElement;
      return {
        wrap: wrap.scrollWidth - wrap.clientWidth,
        page: root.scrollWidth - root.clientWidth,
      };
    });
    expect(overflow).toEqual({ wrap: 0, page: 0 });

    // Every row's menu is inside the window, not behind a scroll.
    const menus = table.getByRole('button', { name: /^More actions for / });
    const count = await menus.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const box = await menus.nth(i).boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    }

    // "Account journey" stays on one line.
    const type = library.row(LONG).getByRole('cell', { name: 'Account journey', exact: true });
    const lines = await type.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);

    // The long name is cut short on screen, and still whole as the link's name and tooltip.
    const link = library.row(LONG).getByRole('link', { name: LONG, exact: true });
    await expect(link).toHaveAttribute('title', LONG);
    expect(await link.evaluate((a) => a.scrollWidth > a.clientWidth)).toBe(true);
    await snap(page, `library-fit-${width}`);
  }
});
