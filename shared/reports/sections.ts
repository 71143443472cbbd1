import { nodeOutputs, type Journey } from '../model';
import type { SimulationResult } from '../simulation';
import type { Problem } from '../validation/problem';
import { clip, esc, fmt, pct } from './html';
import { NODE_TYPE_LABELS } from './node-labels';
import { pathOrder } from './path-order';

const unitName = (r: SimulationResult) => (r.unit === 'account' ? 'Accounts' : 'People');

/** Top to bottom, then left to right: the order a reader scans the picture in. */
const visualOrder = (journey: Journey) => [...journey.nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);

/** Internal notifications and site messages are not opened or clicked by the contact. */
const TRACKED = new Set(['email', 'sms']);

/** Funnel per node, in the picture's reading order: entered as a bar against the busiest node, then the breakdown. */
export function funnelSection(journey: Journey, result: SimulationResult): string {
  const stats = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const top = Math.max(1, ...result.nodes.map((n) => n.entered));
  const rows = visualOrder(journey).map((node) => {
    const s = stats.get(node.id);
    const entered = s?.entered ?? 0;
    const bar = `<div class="bar"><span style="width:${((entered / top) * 100).toFixed(1)}%"></span></div>`;
    return `<tr><th scope="row">${esc(clip(node.name, 48))}<div class="muted">${esc(NODE_TYPE_LABELS[node.type])}</div></th><td class="barcell">${bar}</td><td class="n">${fmt(entered)}</td><td class="n">${fmt(s?.completed ?? 0)}</td><td class="n">${fmt(s?.skipped ?? 0)}</td><td class="n">${fmt(s?.waiting ?? 0)}</td></tr>`;
  });
  return `<table class="funnel" aria-label="Funnel per node"><thead><tr><th scope="col">Node</th><th scope="col">Flow</th><th scope="col" class="n">Entered</th><th scope="col" class="n">Completed</th><th scope="col" class="n">Skipped</th><th scope="col" class="n">Waiting</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** How people divided at every node with several outputs, and where journeys ended. */
export function pathsSection(journey: Journey, result: SimulationResult): string {
  const counts = new Map(result.edges.map((e) => [e.edgeId, e.count]));
  const blocks = pathOrder(journey)
    .filter((n) => nodeOutputs(n).length > 1)
    .map((node) => {
      const outs = nodeOutputs(node).map((o) => {
        const edge = journey.edges.find((e) => e.source === node.id && e.sourceHandle === o.id);
        return { label: o.label, count: edge ? (counts.get(edge.id) ?? 0) : 0 };
      });
      const total = outs.reduce((s, o) => s + o.count, 0);
      const rows = outs.map((o) => `<tr><td>${esc(o.label)}</td><td class="n">${fmt(o.count)}</td><td class="n">${pct(o.count, total)}</td></tr>`);
      return `<table class="split"><caption>${esc(node.name)} <span class="muted">(${esc(NODE_TYPE_LABELS[node.type])})</span></caption><thead><tr><th scope="col">Path</th><th scope="col" class="n">Count</th><th scope="col" class="n">Share</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    });
  const stats = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const exits = journey.nodes.filter((n) => n.type === 'exit').map((n) => ({ name: n.name, count: stats.get(n.id)?.entered ?? 0 }));
  const other = [
    { name: 'Still inside at the horizon', count: result.exits.horizon },
    { name: 'Aborted', count: result.exits.aborted },
    { name: 'Stopped by the loop limit', count: result.exits.loopLimit },
    { name: 'Dropped (dead end)', count: result.exits.dropped },
  ].filter((x) => x.count > 0);
  const all = [...exits, ...other];
  const total = all.reduce((s, x) => s + x.count, 0);
  const exitRows = all.map((x) => `<tr><td>${esc(x.name)}</td><td class="n">${fmt(x.count)}</td><td class="n">${pct(x.count, total)}</td></tr>`);
  const exitTable = `<table class="split"><caption>Where journeys ended</caption><thead><tr><th scope="col">Exit</th><th scope="col" class="n">${esc(unitName(result))}</th><th scope="col" class="n">Share</th></tr></thead><tbody>${exitRows.join('')}</tbody></table>`;
  return `<div class="grid">${exitTable}${blocks.join('')}</div>`;
}

/** Sent, opened and clicked per channel, with rates. */
export function messagesSection(result: SimulationResult): string {
  const channels = Object.entries(result.messages).filter(([, c]) => c.sent > 0);
  if (channels.length === 0) return '<p class="muted">No messages would have been sent.</p>';
  const rows = channels.map(([name, c]) => {
    const t = TRACKED.has(name);
    return `<tr><th scope="row">${esc(name)}</th><td class="n">${fmt(c.sent)}</td><td class="n">${t ? fmt(c.opened) : '–'}</td><td class="n">${t ? pct(c.opened, c.sent) : '–'}</td><td class="n">${t ? fmt(c.clicked) : '–'}</td><td class="n">${t ? pct(c.clicked, c.sent) : '–'}</td></tr>`;
  });
  return `<table aria-label="Messages per channel"><thead><tr><th scope="col">Channel</th><th scope="col" class="n">Sent</th><th scope="col" class="n">Opened</th><th scope="col" class="n">Open rate</th><th scope="col" class="n">Clicked</th><th scope="col" class="n">Click rate</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Simulation warnings and the journey's validation problems, each naming its node. */
export function warningsSection(journey: Journey, result: SimulationResult, problems: readonly Problem[]): string {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  const where = (id?: string) => (id && names.has(id) ? `<strong>${esc(names.get(id) ?? '')}:</strong> ` : '');
  const items = [
    ...result.warnings.map((w) => `<li><span class="tag sim">Simulation</span> ${where(w.nodeId)}${esc(w.message)}</li>`),
    ...problems.map((p) => `<li><span class="tag ${p.severity}">${p.severity === 'error' ? 'Error' : 'Warning'}</span> ${where(p.nodeId)}${esc(p.message)}</li>`),
  ];
  const skipped = result.nodes.reduce((s, n) => s + n.skipped, 0);
  if (skipped > 0) items.push(`<li><span class="tag sim">Simulation</span> ${fmt(skipped)} passes skipped an action step that is not fully configured.</li>`);
  return items.length ? `<ul class="warnings">${items.join('')}</ul>` : '<p class="ok">No warnings: the run and the journey are clean.</p>';
}
