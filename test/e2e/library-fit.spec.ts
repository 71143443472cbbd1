import { expect, snap, test } from './fixtures';
import { apiCall, LibraryPage, publishedAccountJourney } from './pages/library-page';

// A name at the 100-character limit, with few places to break, so it must be truncated.
const LONG =
  'Enterprise EMEA expansion — buying group nurture for strategic accounts with renewal in Q3 FY2027';
// Two long names that differ only at the end.
const ALIKE = ['Q3 FY2027', 'Q4 FY2027'].map(
  (end) => `Enterprise EMEA expansion — buying group nurture for strategic accounts, ${end}`,
);
const CLOSED = 'Closed webinar follow-up';

test('the journeys table fits 1,024–1,920 px wide: no horizontal scrolling, one-line Type, row menus visible, long names truncated with the full name kept', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await library.goto();
  await apiCall(page, 'journeys.create', { name: LONG, audience: 'account', description: '' });
  for (const name of ALIKE)
    await apiCall(page, 'journeys.create', { name, audience: 'account', description: '' });
  const closed = await publishedAccountJourney(page, CLOSED, '');
  await apiCall(page, 'journeys.closeToNewEntries', { id: closed.id });

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
    const start = link.locator('.middle-cut-start');
    expect(await start.evaluate((s) => s.scrollWidth > s.clientWidth)).toBe(true);

    // Names that start alike are cut in the middle: each keeps its different end in view.
    const ends: string[] = [];
    for (const name of ALIKE) {
      const alike = library.row(name).getByRole('link', { name, exact: true });
      await expect(alike).toHaveAttribute('title', name);
      ends.push(
        await alike.evaluate((a) => {
          const end = a.querySelector('.middle-cut-end') as HTMLElement;
          const box = a.getBoundingClientRect();
          const r = end.getBoundingClientRect();
          return r.left >= box.left &&
            r.right <= box.right + 0.5 &&
            end.scrollWidth <= end.clientWidth
            ? (end.textContent ?? '')
            : '';
        }),
      );
    }
    // Each keeps its last words of at least 10 characters (MiddleCut): " Q3 FY2027", its space
    // drawn as a margin.
    expect(ends).toEqual(['Q3 FY2027', 'Q4 FY2027']);

    // "Closed to new entries" stays inside the Status column.
    const badge = library.row(CLOSED).getByText('Closed to new entries', { exact: true });
    const inside = await badge.evaluate((b) => {
      const cell = (b.closest('td') as HTMLElement).getBoundingClientRect();
      const r = b.getBoundingClientRect();
      return r.left >= cell.left && r.right <= cell.right;
    });
    expect(inside, `status badge at ${width} px`).toBe(true);
    await snap(page, `library-fit-${width}`);
  }
});
