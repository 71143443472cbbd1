import { nodeOutputs, type Journey } from '../model';
import {
  actionEntryFigure,
  actionLogRows,
  countsAccountsPerPath,
  distinctTotals,
  inFlowOrder,
  nodeFigure,
  outcomeSentence,
  PER_PATH_NOTE,
  ENDED_NOTE,
  NODE_FIGURES,
  NODE_FIGURE_HEADS,
  partsText,
  skipNote,
  skippedSteps,
  unitHeading,
  withUnit,
  type SimulationResult,
} from '../simulation';
import type { Problem } from '../validation/problem';
import { cellFigureHtml, esc, pct } from './html';
import { NODE_TYPE_LABELS } from './node-labels';
import { pathOrder } from './path-order';

const lower = (r: SimulationResult) => unitHeading(r.unit).toLowerCase();
const both = (r: SimulationResult) => r.unit === 'account' && r.people !== undefined;
/** A Go to lets accounts (people) come back: entries and traversals count visits. */
const revisits = (r: SimulationResult) => r.nodes.some((n) => n.distinct !== undefined);

/** The results panel's order (flow order: down each path from the Entry), so both list steps alike. */
const panelOrder = (journey: Journey) =>
  inFlowOrder(
    journey,
    journey.nodes.map((node) => ({ nodeId: node.id, node })),
  ).map((n) => n.node);

/** Internal notifications and site messages are not opened or clicked by the contact. */
const TRACKED = new Set(['email', 'sms']);

const FIGURES = NODE_FIGURES;

/**
 * Funnel per node, in the results panel's flow order: entered as a bar against the busiest node, then
 * entered / completed / skipped / waiting / exited, every cell with its units from the shared
 * formatter ("2,500 accounts · 9,870 people", visits added after a Go to). A skipped
 * (unconfigured) step says so under its name, as the map's badge does.
 */
export function funnelSection(journey: Journey, result: SimulationResult): string {
  const stats = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const skipped = new Map(
    skippedSteps(journey, result).map((s) => [s.nodeId, skipNote(s.figure, s.reason)]),
  );
  const top = Math.max(1, ...result.nodes.map((n) => n.entered));
  const rows = panelOrder(journey).map((node) => {
    const s = stats.get(node.id);
    const entered = s?.entered ?? 0;
    const bar = `<div class="bar"><span style="width:${((entered / top) * 100).toFixed(1)}%"></span></div>`;
    const level = s?.level === 'people' && both(result) ? ' · acts on people' : '';
    const skip = skipped.get(node.id);
    const note = skip ? `<div class="skip">${esc(skip)}</div>` : '';
    const cells = FIGURES.map(
      (f) =>
        `<td class="n">${s ? cellFigureHtml(nodeFigure(result, s, f)) : cellFigureHtml(partsText(result, { count: 0, people: both(result) ? 0 : undefined }))}</td>`,
    );
    return `<tr${skip ? ' class="skipped"' : ''}><th scope="row">${esc(node.name)}<div class="muted">${esc(NODE_TYPE_LABELS[node.type])}${level}</div>${note}</th><td class="barcell">${bar}</td>${cells.join('')}</tr>`;
  });
  const heads = FIGURES.map((f) => `<th scope="col" class="n">${NODE_FIGURE_HEADS[f]}</th>`).join(
    '',
  );
  // As the panel's table: a last row counting each account (person) once, and where steps act on
  // people, the note that a column's accounts may add up to more than were admitted.
  const totals = distinctTotals(result);
  const totalCells = FIGURES.map((f) =>
    f === 'waiting' || f === 'exited'
      ? `<td class="n">${cellFigureHtml(partsText(result, totals[f]))}</td>`
      : '<td class="n muted">–</td>',
  );
  const total = `<tfoot><tr><th scope="row">Whole journey, each ${result.unit === 'account' ? 'account' : 'person'} once</th><td class="barcell"></td>${totalCells.join('')}</tr></tfoot>`;
  const note = `${countsAccountsPerPath(result) ? `<p class="muted">${esc(PER_PATH_NOTE)}</p>` : ''}<p class="muted">${esc(ENDED_NOTE)}</p>`;
  return `<table class="funnel" aria-label="Funnel per node"><thead><tr><th scope="col">Node</th><th scope="col" class="barcell">Flow</th>${heads}</tr></thead><tbody>${rows.join('')}</tbody>${total}</table>${note}`;
}

/** "2,500 accounts · 9,870 people" in account journeys, "1,000 people" otherwise, as HTML. */
const unitsHtml = (r: SimulationResult, count: number, people: number, visitCount?: number) =>
  cellFigureHtml(partsText(r, { count, people: both(r) ? people : undefined, visits: visitCount }));

/** How people divided at every node with several outputs, and where journeys ended. */
export function pathsSection(journey: Journey, result: SimulationResult): string {
  const byEdge = new Map(result.edges.map((e) => [e.edgeId, e]));
  const withPeople = both(result);
  const again = revisits(result);
  const blocks = pathOrder(journey)
    .filter((n) => nodeOutputs(n).length > 1)
    .map((node) => {
      // A split by people divides people: its shares are of people; every other split divides whole units.
      const byPeople = withPeople && node.type === 'split' && node.settings.splitBy === 'people';
      const outs = nodeOutputs(node).map((o) => {
        const edge = journey.edges.find((e) => e.source === node.id && e.sourceHandle === o.id);
        const stats = edge ? byEdge.get(edge.id) : undefined;
        return {
          label: o.label,
          count: stats?.distinct ?? stats?.count ?? 0,
          people: stats?.peopleDistinct ?? stats?.people ?? 0,
          visits: stats?.count ?? 0,
        };
      });
      // With a Go to the shares are of visits (traversals); the unit figures stay distinct.
      const share = (o: { count: number; people: number; visits: number }) =>
        again ? o.visits : byPeople ? o.people : o.count;
      const total = outs.reduce((s, o) => s + share(o), 0);
      const rows = outs.map(
        (o) =>
          `<tr><td>${esc(o.label)}</td><td class="n">${unitsHtml(result, o.count, o.people, again ? o.visits : undefined)}</td><td class="n pct">${pct(share(o), total)}</td></tr>`,
      );
      const shareHead = again
        ? 'Share of visits'
        : withPeople
          ? `Share of ${byPeople ? 'people' : 'accounts'}`
          : 'Share';
      return `<table class="split"><caption>${esc(node.name)} <span class="muted">(${esc(NODE_TYPE_LABELS[node.type])})</span></caption><thead><tr><th scope="col">Path</th><th scope="col" class="n">Took it</th><th scope="col" class="n">${shareHead}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    });
  const stats = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const pe = result.people?.exits;
  const exits = journey.nodes
    .filter((n) => n.type === 'exit')
    .map((n) => ({
      name: n.name,
      count: stats.get(n.id)?.entered ?? 0,
      people: stats.get(n.id)?.people?.entered ?? 0,
    }));
  const other = [
    { name: 'Still inside at the horizon', count: result.exits.horizon, people: pe?.horizon ?? 0 },
    { name: 'Aborted', count: result.exits.aborted, people: pe?.aborted ?? 0 },
    {
      name: 'Stopped by the loop limit',
      count: result.exits.loopLimit,
      people: pe?.loopLimit ?? 0,
    },
    {
      name: 'Left where a path leads nowhere',
      count: result.exits.dropped,
      people: pe?.dropped ?? 0,
    },
    {
      name: 'No people at a split by people',
      count: result.exits.noPeople,
      people: 0,
    },
  ].filter((x) => x.count > 0 || x.people > 0);
  const all = [...exits, ...other];
  const total = all.reduce((s, x) => s + x.count, 0);
  const exitRows = all.map(
    (x) =>
      `<tr><td>${esc(x.name)}</td><td class="n">${unitsHtml(result, x.count, x.people)}</td><td class="n pct">${pct(x.count, total)}</td></tr>`,
  );
  const exitTable = `<table class="split"><caption>Where journeys ended</caption><thead><tr><th scope="col">Exit</th><th scope="col" class="n">Ended here</th><th scope="col" class="n">Share of ${lower(result)}</th></tr></thead><tbody>${exitRows.join('')}</tbody></table>`;
  return `<p data-testid="outcome">${esc(outcomeSentence(result))}</p><div class="grid">${exitTable}${blocks.join('')}</div>`;
}

/** Sent, opened and clicked per channel, with rates. */
export function messagesSection(result: SimulationResult): string {
  const channels = Object.entries(result.messages).filter(([, c]) => c.sent > 0);
  const notified = result.accountNotifications.filter((e) => e.count > 0);
  const notifications = notified.length
    ? `<table aria-label="Account notifications"><thead><tr><th scope="col">Account notification</th><th scope="col" class="n">Sent (one per account)</th></tr></thead><tbody>${notified
        .map(
          (e) =>
            `<tr><th scope="row">${esc(e.name)}</th><td class="n">${esc(actionEntryFigure(e))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  if (channels.length === 0)
    return `<p class="muted">No messages to people would have been sent.</p>${notifications}`;
  const rows = channels.map(([name, c]) => {
    // Messages go to people: one per person, whatever the journey's unit.
    const t = TRACKED.has(name);
    return `<tr><th scope="row">${esc(c.name)}</th><td class="n">${esc(withUnit(c.sent, 'person'))}</td><td class="n">${t ? esc(withUnit(c.opened, 'person')) : '–'}</td><td class="n">${t ? pct(c.opened, c.sent) : '–'}</td><td class="n">${t ? esc(withUnit(c.clicked, 'person')) : '–'}</td><td class="n">${t ? pct(c.clicked, c.sent) : '–'}</td></tr>`;
  });
  return `<table aria-label="Messages per channel"><thead><tr><th scope="col">Channel</th><th scope="col" class="n">Sent to people (one per person)</th><th scope="col" class="n">Opened</th><th scope="col" class="n">Open rate</th><th scope="col" class="n">Clicked</th><th scope="col" class="n">Click rate</th></tr></thead><tbody>${rows.join('')}</tbody></table>${notifications}`;
}

/** What the run would have changed (lists, audiences, scores…), each by its name, with its unit. */
export function actionLogSection(result: SimulationResult): string {
  const rows = actionLogRows(result);
  if (rows.length === 0)
    return '<p class="muted">No lists, audiences, scores or data would have changed.</p>';
  return `<table aria-label="Action log"><thead><tr><th scope="col">Change</th><th scope="col">Name</th><th scope="col">Kind</th><th scope="col" class="n">How many</th></tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><td>${esc(r.what)}</td><th scope="row">${esc(r.name)}</th><td>${esc(r.kind)}</td><td class="n">${esc(r.figure)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** Simulation warnings and the journey's validation problems, each naming its node. */
export function warningsSection(
  journey: Journey,
  result: SimulationResult,
  problems: readonly Problem[],
): string {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  const where = (id?: string) =>
    id && names.has(id) ? `<strong>${esc(names.get(id) ?? '')}:</strong> ` : '';
  const items = [
    ...result.warnings.map(
      (w) => `<li><span class="tag sim">Simulation</span> ${where(w.nodeId)}${esc(w.message)}</li>`,
    ),
    ...problems.map(
      (p) =>
        `<li><span class="tag ${p.severity}">${p.severity === 'error' ? 'Error' : 'Warning'}</span> ${where(p.nodeId)}${esc(p.message)}</li>`,
    ),
  ];
  return items.length
    ? `<ul class="warnings">${items.join('')}</ul>`
    : '<p class="ok">No warnings: the run and the journey are clean.</p>';
}

/** The banner over the results: every unconfigured step that was skipped, how often and why. */
export function skippedBanner(journey: Journey, result: SimulationResult): string {
  const steps = skippedSteps(journey, result);
  if (steps.length === 0) return '';
  const items = steps.map(
    (s) =>
      `<li><strong>${esc(s.name)}</strong> — Skipped: ${esc(s.figure)} — ${esc(s.reason)}</li>`,
  );
  return `<section class="banner" aria-label="Skipped steps"><strong>Unconfigured steps were skipped.</strong> Configure them before you publish.<ul>${items.join('')}</ul></section>`;
}
