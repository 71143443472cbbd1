import type { Locator } from '@playwright/test';
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
// 20 characters: fits the Name column at every width, so it is shown whole.
const FITS = 'Webinar follow-up Q3';

/** The text a name link draws, and whether any of it is clipped by its box. */
function drawn(link: Locator): Promise<{ text: string; clipped: boolean }> {
  return link.evaluate((a) => {
    const text = a.querySelector('.middle-cut-text') as HTMLElement;
    return { text: text.textContent ?? '', clipped: text.scrollWidth > text.clientWidth };
  });
}

test('the journeys table fits 900–1,920 px wide: no horizontal scrolling, one-line Type, row menus visible, long names truncated with the full name kept', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await library.goto();
  await apiCall(page, 'journeys.create', { name: LONG, audience: 'account', description: '' });
  for (const name of ALIKE)
    await apiCall(page, 'journeys.create', { name, audience: 'account', description: '' });
  await apiCall(page, 'journeys.create', { name: FITS, audience: 'account', description: '' });
  const closed = await publishedAccountJourney(page, CLOSED, '');
  await apiCall(page, 'journeys.closeToNewEntries', { id: closed.id });

  for (const width of [900, 1024, 1400, 1920]) {
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

    // "Account journey" stays on one line; at 900 and 1,024 px it folds under the name instead.
    const type =
      width < 1100
        ? library.row(LONG).getByRole('rowheader').getByText('Account journey', { exact: true })
        : library.row(LONG).getByRole('cell', { name: 'Account journey', exact: true });
    await expect(type).toBeVisible();
    const lines = await type.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);

    // The Name column keeps at least 12 characters of a name, and the headers keep apart.
    expect(
      (await drawn(library.row(FITS).getByRole('link', { name: FITS }))).text.replace('…', '')
        .length,
    ).toBeGreaterThanOrEqual(12);
    const headers = await table.locator('thead th button').evaluateAll((buttons) =>
      buttons
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => {
          const r = b.getBoundingClientRect();
          return { left: r.left, right: r.right };
        }),
    );
    for (let i = 1; i < headers.length; i++)
      expect(
        headers[i].left - headers[i - 1].right,
        `header gap at ${width} px`,
      ).toBeGreaterThanOrEqual(4);

    // The long name is cut short on screen, and still whole as the link's name and tooltip.
    const link = library.row(LONG).getByRole('link', { name: LONG, exact: true });
    await expect(link).toHaveAttribute('title', LONG);
    expect(await drawn(link)).toEqual({
      text: expect.stringMatching(/… Q3 FY2027$/),
      clipped: false,
    });
    expect((await drawn(link)).text.split('…')).toHaveLength(2);

    // Names that start alike are cut once in the middle: each keeps its different end in view.
    for (const name of ALIKE) {
      const alike = library.row(name).getByRole('link', { name, exact: true });
      await expect(alike).toHaveAttribute('title', name);
      const { text, clipped } = await drawn(alike);
      expect(clipped).toBe(false);
      // The start, one ellipsis, then the last words of at least 10 characters (MiddleCut).
      expect(text.split('…')).toEqual([expect.any(String), name.slice(-10)]);
      expect(name.startsWith(text.split('…')[0])).toBe(true);
    }

    // A name with room is drawn whole, with no ellipsis.
    expect(await drawn(library.row(FITS).getByRole('link', { name: FITS }))).toEqual({
      text: FITS,
      clipped: false,
    });

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
