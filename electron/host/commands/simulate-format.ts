import type { Journey } from '../../../shared/model';
import type { FigureDifference, SimulationResult } from '../../../shared/simulation';
import { line, shown } from './terminal-text';

const HEAD = ['Node', 'Type', 'Entered', 'Completed', 'Skipped', 'Waiting', 'Exited'] as const;
const fmt = (n: number) => n.toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  // Text columns left-aligned, numbers right-aligned.
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** A readable report of a run: per-node table, exits, messages and warnings. */
export function formatResult(journey: Journey, r: SimulationResult): string {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const rows = [
    [...HEAD],
    ...r.nodes.map((s) => {
      const node = byId.get(s.nodeId);
      return [shown(node?.name ?? s.nodeId), node?.type ?? '', ...[s.entered, s.completed, s.skipped, s.waiting, s.exited].map(fmt)];
    }),
  ];
  const exits = Object.entries(r.exits).map(([k, v]) => `${shown(k)} ${fmt(v)}`).join(', ');
  const messages = Object.entries(r.messages)
    .filter(([, m]) => m.sent > 0)
    .map(([channel, m]) => `${shown(channel)}: ${fmt(m.sent)} sent, ${fmt(m.opened)} opened, ${fmt(m.clicked)} clicked`);
  const lines = [
    `${line`"${journey.name}", scenario "${r.scenarioName}"`} (seed ${r.seed}, ${r.horizonDays} days): ${fmt(r.profiles.admitted)} ${r.unit === 'account' ? 'accounts' : 'people'} admitted, ${fmt(r.profiles.notAdmitted)} not admitted`,
    '',
    table(rows),
    '',
    `Exits: ${exits}`,
    `Messages: ${messages.length ? messages.join('; ') : 'none'}`,
  ];
  if (r.warnings.length) lines.push('Warnings:', ...r.warnings.map((w) => line`  ${w.code}: ${w.message}`));
  return `${lines.join('\n')}\n`;
}

/** One line per figure that differs from the scenario's expected figures. */
export function formatDifferences(journey: Journey, diffs: FigureDifference[]): string {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  return diffs
    .map((d) => `${line`  ${names.get(d.nodeId) ?? d.nodeId} (${d.nodeId}) ${d.figure}`}: expected ${fmt(d.expected)}, got ${d.actual === null ? 'no such node' : fmt(d.actual)}\n`)
    .join('');
}
