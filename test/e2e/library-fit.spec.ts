import type { Locator } from '@playwright/test';
import { expect, snap, test } from './fixtures';
import { apiCall, LibraryPage, publishedAccountJourney } from './pages/library-page';

// A name near the 100-character limit: wider than the Name column at every width, so it wraps.
const LONG =
  'Enterprise EMEA expansion — buying group nurture for strategic accounts with renewal in Q3 FY2027';
// Two long names that differ only at the end.
const ALIKE = ['Q3 FY2027', 'Q4 FY2027'].map(
  (end) => `Enterprise EMEA expansion — buying group nurture for strategic accounts, ${end}`,
);
const CLOSED = 'Closed webinar follow-up';
// 20 characters: fits the Name column at every width, so it is shown whole.
const FITS = 'Webinar follow-up Q3';

/**
 * The text a name link draws, whether any of it is clipped by its box or the cell, how many lines
 * it takes, and whether a line ends inside a word (it should only when one word is wider than
 * the column).
 */
function drawn(
  link: Locator,
): Promise<{ text: string; clipped: boolean; lines: number; midWord: boolean }> {
  return link.evaluate((a) => {
    const cell = (a.closest('th') as HTMLElement).getBoundingClientRect();
    const box = a.getBoundingClientRect();
    const clipped =
      a.scrollWidth > a.clientWidth ||
      a.scrollHeight > a.clientHeight ||
      box.left < cell.left ||
      box.right > cell.right + 0.5;
    // Each character's line, by its top: a line that ends with a letter followed by a letter on
    // the next line was broken inside a word.
    const node = a.firstChild as Text;
    const text = node.data;
    const range = document.createRange();
    const tops: number[] = [];
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      tops.push(Math.round(range.getBoundingClientRect().top));
    }
    let midWord = false;
    for (let i = 1; i < text.length; i++)
      if (tops[i] > tops[i - 1] && /\S/.test(text[i - 1]) && /\S/.test(text[i])) midWord = true;
    return { text: a.textContent ?? '', clipped, lines: new Set(tops).size, midWord };
  });
}

test('the journeys table fits 900–1,920 px wide: no horizontal scrolling, one-line Type, row menus visible, long names wrapped whole', async ({
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

    // The headers keep apart.
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

    // The long name and the two alike ones are drawn whole, wrapped between words, nothing
    // clipped; their links are named by the whole name.
    for (const name of [LONG, ...ALIKE]) {
      const link = library.row(name).getByRole('link', { name, exact: true });
      const shown = await drawn(link);
      expect(shown, `${name} at ${width} px`).toEqual({
        text: name,
        clipped: false,
        lines: expect.any(Number),
        midWord: false,
      });
      expect(shown.lines, `${name} at ${width} px`).toBeGreaterThanOrEqual(2);
    }

    // A name with room is drawn whole on one line.
    expect(await drawn(library.row(FITS).getByRole('link', { name: FITS }))).toEqual({
      text: FITS,
      clipped: false,
      lines: 1,
      midWord: false,
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
