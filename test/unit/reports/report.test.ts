import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import {
  journeySvg,
  pathOrder,
  renderSimulationReport,
  reportFileName,
} from '../../../shared/reports';
import { inFlowOrder } from '../../../shared/simulation';
import { templateJourney } from '../../helpers/template-journey';

function fromTemplate(id: string, accounts?: number) {
  const { journey, scenario: saved } = templateJourney(id, 'tester');
  const scenario =
    accounts === undefined || saved.population.kind !== 'synthetic'
      ? saved
      : { ...saved, population: { ...saved.population, accounts } };
  return { journey, result: simulate(journey, scenario) };
}

describe('simulation report', () => {
  it('is one self-contained document: inline CSS and SVG, no scripts or external resources', () => {
    const { journey, result } = fromTemplate('sales-handoff');
    const html = renderSimulationReport({
      journey,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
      appVersion: '0.1.0',
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/i);
  });

  it('has the funnel per node, the path distribution, messages per channel and warnings', () => {
    const { journey, result } = fromTemplate('sales-handoff');
    const html = renderSimulationReport({
      journey,
      result,
      problems: [
        { severity: 'warning', code: 'x', message: 'Watch <this>', nodeId: journey.nodes[1].id },
      ],
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    for (const heading of [
      'Funnel per node',
      'Path distribution',
      'Messages per channel',
      'Warnings',
    ])
      expect(html).toContain(`<h2>${heading}</h2>`);
    const gate = result.nodes.find(
      (n) => n.nodeId === journey.nodes.find((x) => x.name === 'High intent?')?.id,
    );
    expect(gate?.entered).toBe(600);
    expect(html).toContain('<td class="n"><span class="fig">600 <small>people</small></span></td>');
    expect(html).toContain('<caption>High intent? <span class="muted">(Gate)</span></caption>');
    // One notification per person who took the gate's True path (the "Notify sales team" step).
    const notify = result.nodes.find(
      (n) => n.nodeId === journey.nodes.find((x) => x.name === 'Notify sales team')?.id,
    );
    expect(notify?.entered).toBeGreaterThan(0);
    // Counted by hand from the run: one per person, and the cell says so.
    const people = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'person' : 'people'}`;
    expect(html).toContain(
      `<th scope="row">Notification</th><td class="n">${people(notify?.entered ?? 0)}</td><td class="n">–</td>`,
    );
    expect(html).toContain('Watch &lt;this&gt;');
  });

  it('is the same for the same input (reproducible) and escapes names', () => {
    const { journey, result } = fromTemplate('buying-group');
    const named = { ...journey, name: '<b>ABM</b> & "friends"' };
    const a = renderSimulationReport({
      journey: named,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    expect(a).toBe(
      renderSimulationReport({ journey: named, result, generatedAt: '2030-01-01T10:00:00.000Z' }),
    );
    expect(a).toContain('&lt;b&gt;ABM&lt;/b&gt; &amp; &quot;friends&quot;');
    expect(a).not.toContain('<b>ABM</b>');
  });

  it('draws every node and edge in the picture, with counts when there is a result', () => {
    const { journey, result } = fromTemplate('api-enrichment');
    const svg = journeySvg(journey, result);
    expect(svg.match(/class="card"/g)?.length).toBe(journey.nodes.length);
    expect(svg.match(/class="edge"/g)?.length).toBe(journey.edges.length);
    expect(svg.match(/class="flow"/g)?.length).toBe(journey.edges.length);
    expect(journeySvg(journey)).not.toContain('class="flow"');
  });

  it('orders nodes depth-first from the Entry, outputs in display order', () => {
    const { journey } = fromTemplate('sales-handoff');
    expect(pathOrder(journey).map((n) => n.name)).toEqual([
      'Pricing page visited',
      'High intent?',
      'Notify sales team',
      'Create sales follow-up task',
      'Tag as sales-qualified',
      'Handed to sales',
      'Wait 1 day',
      'Back to nurture',
      'Keep nurturing',
    ]);
  });

  it('buying group at 2,500 accounts: no figure exceeds the admitted accounts, and every count names its unit', () => {
    const { journey, result } = fromTemplate('buying-group', 2_500);
    const html = renderSimulationReport({
      journey,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    const people = result.people?.admitted ?? 0;
    expect(people).toBeGreaterThan(2_500 * 2 - 1);
    // Each number keeps its unit on its line: one unbreakable span per figure, the unit smaller.
    expect(html).toContain(
      `<div class="kpi wide"><b><span class="fig">2,500 <small>accounts</small></span> · <span class="fig">${people.toLocaleString('en-US')} <small>people</small></span></b>entered</div>`,
    );
    for (const heading of ['Entered', 'Completed', 'Skipped', 'Waiting', 'Ended'])
      expect(html).toContain(`<th scope="col" class="n">${heading}</th>`);
    // Every row of the funnel: each of its five cells states accounts and people; entered at most 2,500 accounts.
    const funnel = html.slice(
      html.indexOf('aria-label="Funnel per node"'),
      html.indexOf('</table>', html.indexOf('aria-label="Funnel per node"')),
    );
    const cell =
      '<td class="n"><span class="fig">([\\d,]+) <small>accounts?</small></span><span class="sep"> · </span><span class="fig">([\\d,]+) <small>(?:people|person)</small></span></td>';
    const rows = [...funnel.matchAll(new RegExp(`</div></td>${cell.repeat(5)}`, 'g'))];
    expect(rows.length).toBe(journey.nodes.length);
    for (const [, accounts] of rows)
      expect(Number(accounts.replace(/,/g, ''))).toBeLessThanOrEqual(2_500);
    // Where journeys ended adds up to the admitted accounts and people, each once.
    const ended = html.slice(
      html.indexOf('<caption>Where journeys ended'),
      html.indexOf('</table>', html.indexOf('<caption>Where journeys ended')),
    );
    const endRows = [...ended.matchAll(new RegExp(`<td>[^<]+</td>${cell}`, 'g'))];
    expect(endRows.length).toBeGreaterThan(0);
    const sum = (i: number) => endRows.reduce((s, m) => s + Number(m[i].replace(/,/g, '')), 0);
    expect(sum(1)).toBe(2_500);
    expect(sum(2)).toBe(people);
    // The picture's node figures state both units; the merge shows each account once.
    const merge = journey.nodes.find((n) => n.type === 'merge');
    expect(result.nodes.find((n) => n.nodeId === merge?.id)?.entered).toBe(2_500);
    expect(journeySvg(journey, result)).toMatch(/class="count">2,500 accounts · [\d,]+ people</);
  });

  it('prints the key figures and tables first, then the picture parts (page 1 is never left empty)', () => {
    const { journey, result } = fromTemplate('buying-group', 2_500);
    const html = renderSimulationReport({
      journey,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    const at = (s: string) => {
      const i = html.indexOf(s);
      expect(i, s).toBeGreaterThan(0);
      return i;
    };
    // On screen the picture comes before the tables; the printed parts come after all of them.
    expect(at('class="picture-screen"')).toBeLessThan(at('<h2>Funnel per node</h2>'));
    expect(at('<h2>Warnings</h2>')).toBeLessThan(at('class="picture-print"'));
    expect(at('class="picture-print"')).toBeLessThan(at('<footer>'));
    // Every key figure is "number <small>unit</small>" in one span (a bare count has no unit).
    const kpis = html.slice(
      at('aria-label="Key figures"'),
      html.indexOf('</section>', at('aria-label="Key figures"')),
    );
    const figs = [...kpis.matchAll(/<span class="fig">(.*?)<\/span>/g)].map((m) => m[1]);
    expect(figs.length).toBeGreaterThanOrEqual(5);
    // A share keeps "%" on its number's line with a no-break space.
    for (const f of figs) expect(f).toMatch(/^[\d,.]+( <small>[^<]+<\/small>|\u00a0%)?$/);
  });

  it('names every step whole in the funnel, however long', () => {
    const { journey, result } = fromTemplate('buying-group');
    const long =
      'Send the quarterly executive briefing with the renewal offer to every decision maker';
    const named = {
      ...journey,
      nodes: journey.nodes.map((n) => (n.name === 'Send case study' ? { ...n, name: long } : n)),
    };
    const html = renderSimulationReport({
      journey: named,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    expect(html).toContain(`<th scope="row">${long}<div class="muted">`);
  });

  it('says "1 warning", not "1 warnings", and "2 warnings"', () => {
    const { journey, result } = fromTemplate('buying-group');
    const warning = { code: 'test', message: 'One thing to check' };
    const keyFigures = (warnings: (typeof warning)[]) => {
      const html = renderSimulationReport({
        journey,
        result: { ...result, warnings },
        generatedAt: '2030-01-01T10:00:00.000Z',
      });
      const from = html.indexOf('aria-label="Key figures"');
      return html.slice(from, html.indexOf('</section>', from));
    };
    expect(keyFigures([warning])).toMatch(/>1<\/span><\/b>warning<\/div>/);
    expect(keyFigures([warning, warning])).toMatch(/>2<\/span><\/b>warnings<\/div>/);
  });

  it('ends the funnel with a row counting each account once, and says why the columns add up to more', () => {
    const { journey, result } = fromTemplate('buying-group');
    const html = renderSimulationReport({
      journey,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    const foot = html.slice(html.indexOf('<tfoot>'), html.indexOf('</tfoot>'));
    expect(foot).toContain('Whole journey, each account once');
    const cells = [...foot.matchAll(/<td class="n[^"]*">(.*?)<\/td>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    // Entered, Completed, Skipped: no total. The run ends before its horizon, so every admitted
    // account has left once: waiting 0, exited = admitted (accounts and their people).
    const admitted = result.profiles.admitted.toLocaleString('en-US');
    const people = result.people!.admitted.toLocaleString('en-US');
    expect(cells).toEqual([
      '–',
      '–',
      '–',
      '0 accounts · 0 people',
      `${admitted} accounts · ${people} people`,
    ]);
    expect(html).toContain('an account whose people are on several paths is counted on each');
  });

  it('names the file after the journey and the scenario', () => {
    expect(reportFileName({ name: 'Trial / onboarding!' }, { scenarioName: 'Q1 – cohort' })).toBe(
      'Trial-onboarding--Q1-cohort--report.html',
    );
  });
});

// Consultant items 6 and 7 of issue 17: the report lists steps as the results panel does (flow
// order, depth-first down each path), and its header says what a rehearsal says.
describe('report order and wording', () => {
  const { journey, result } = fromTemplate('buying-group', 200);
  const html = renderSimulationReport({
    journey,
    result,
    generatedAt: '2030-01-01T10:00:00.000Z',
    appVersion: '0.1.0',
  });

  it('lists the funnel in the panel’s flow order, not top-to-bottom', () => {
    const start = html.indexOf('aria-label="Funnel per node"');
    const table = html.slice(start, html.indexOf('</tbody>', start));
    const rows = [...table.matchAll(/<th scope="row">([^<]*)</g)].map((m) => m[1]);
    const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
    const panel = inFlowOrder(journey, result.nodes).map((n) => names.get(n.nodeId));
    expect(rows).toEqual(panel);
    // The template reads differently top-to-bottom, so the order really is the panel's.
    const topDown = [...journey.nodes]
      .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
      .map((n) => n.name);
    expect(rows).not.toEqual(topDown);
  });

  it('says when the journey would finish, not that it finished', () => {
    if (result.finishedOnDay === null) throw new Error('the template run should end in time');
    expect(html).toContain(`<li>Would finish on day ${result.finishedOnDay}</li>`);
    expect(html).not.toContain('Finished on day');
  });
});
