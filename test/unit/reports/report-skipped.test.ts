import { describe, expect, it } from 'vitest';
import { renderSimulationReport } from '../../../shared/reports';
import { SKIPPED_STEP, skippedBuyingGroup } from '../../helpers/skipped-buying-group';

// Hand-counted (see the helper): 1,200 accounts × 3 people = 3,600 people enter; all of them
// skip "Move to Interest stage" (no action chosen) and none completes it; every account ends at
// one of the two Exits ("With sales", "Expansion later") well before the 21-day horizon.
const { journey, result } = skippedBuyingGroup();
const html = renderSimulationReport({ journey, result, generatedAt: '2030-01-01T10:00:00.000Z' });
const all = '1,200 accounts · 3,600 people';
const none = '0 accounts · 0 people';
/** Table cells as text: "<span class="fig">1,200 <small>accounts</small></span>" → "1,200 accounts". */
const plain = (s: string) => s.replace(/<[^>]+>/g, '');

function funnelRow(name: string): { head: string; cells: string[]; skipped: boolean } {
  const at = html.indexOf(`<th scope="row">${name}<div`);
  expect(at, name).toBeGreaterThan(0);
  const start = html.lastIndexOf('<tr', at);
  const row = html.slice(start, html.indexOf('</tr>', at));
  const head = row.slice(row.indexOf('<th'), row.indexOf('</th>'));
  const cells = [...row.matchAll(/<td class="n">(.*?)<\/td>/g)].map((m) => plain(m[1]));
  return { head: plain(head), cells, skipped: row.startsWith('<tr class="skipped"') };
}

describe('report of an account journey with an unconfigured step', () => {
  it('marks the skipped step in the funnel as the canvas does', () => {
    const row = funnelRow(SKIPPED_STEP);
    expect(row.skipped).toBe(true);
    expect(row.head).toContain(`Skipped: ${all} — no action chosen`);
    // Entered, Completed, Skipped, Waiting, Ended: each with accounts and people.
    expect(row.cells).toEqual([all, none, all, none, none]);
    expect(funnelRow('Target accounts FY27').skipped).toBe(false);
  });

  it('has an Ended column, with people beside accounts in every cell', () => {
    expect(html).toContain('<th scope="col" class="n">Ended</th>');
    const exited = ['With sales', 'Expansion later'].map((n) => funnelRow(n).cells[4]);
    const sum = (re: RegExp) =>
      exited.reduce((s, c) => s + Number(re.exec(c)?.[1].replace(/,/g, '') ?? NaN), 0);
    expect(sum(/^([\d,]+) accounts? · /)).toBe(1_200);
    expect(sum(/ · ([\d,]+) (?:people|person)$/)).toBe(3_600);
    // The Entry hands on everyone: entered and completed are all of them.
    expect(funnelRow('Target accounts FY27').cells.slice(0, 2)).toEqual([all, all]);
  });

  it('marks it in the picture (screen and print) as well as in the banner', () => {
    const mark = /<text [^>]*class="skipped">Skipped: 1,200 accounts ·<\/text>/g;
    // The screen picture and the printed page-sized parts that show the step (parts overlap).
    expect(html.match(mark)?.length).toBeGreaterThanOrEqual(2);
    const printed = html.slice(html.indexOf('class="picture-print"'));
    expect(printed).toMatch(mark);
    expect(html).toContain(
      `<li><strong>${SKIPPED_STEP}</strong> — Skipped: ${all} — no action chosen</li>`,
    );
  });
});
