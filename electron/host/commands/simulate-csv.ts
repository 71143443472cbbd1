import type { Journey } from '../../../shared/model';
import type { SimulationResult } from '../../../shared/simulation';

const FIGURES = ['entered', 'completed', 'skipped', 'waiting', 'exited'] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a cell as a formula. */
function cell(v: string | number): string {
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The per-node figures as CSV, one row per node; every count column names its unit
 * (`accounts_entered`, `people_entered`…). Account journeys carry both units. The figure columns
 * count passes: after a Go to, `*_entered`, `*_completed` and `*_skipped` are visits. A journey with
 * a Go to adds `accounts_distinct` (or `people_distinct`), `people_distinct` in account journeys,
 * and `visits` (= entered): distinct units that entered the node, and how often they did.
 */
export function resultCsv(journey: Journey, r: SimulationResult): string {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const account = r.unit === 'account';
  const primary = account ? 'accounts' : 'people';
  // Only a Go to brings a unit back: then the result carries distinct figures.
  const loops = r.nodes.some((s) => s.distinct !== undefined);
  const head = [
    'node_id',
    'node',
    'type',
    'acts_on',
    ...FIGURES.map((f) => `${primary}_${f}`),
    ...(account ? FIGURES.map((f) => `people_${f}`) : []),
    'skip_reason',
    ...(loops ? [`${primary}_distinct`, ...(account ? ['people_distinct'] : []), 'visits'] : []),
  ];
  const rows = r.nodes.map((s) => {
    const node = byId.get(s.nodeId);
    const people = account ? FIGURES.map((f) => s.people?.[f] ?? 0) : [];
    return [
      s.nodeId,
      node?.name ?? '',
      node?.type ?? '',
      account && s.level === 'account' ? 'accounts' : 'people',
      ...FIGURES.map((f) => s[f]),
      ...people,
      s.skipReason ?? '',
      ...(loops
        ? [s.distinct ?? s.entered, ...(account ? [s.people?.distinct ?? 0] : []), s.entered]
        : []),
    ];
  });
  return `${[head, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
