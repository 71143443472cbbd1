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
 * (`accounts_entered`, `people_entered`…). Account journeys carry both units.
 */
export function resultCsv(journey: Journey, r: SimulationResult): string {
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const account = r.unit === 'account';
  const primary = account ? 'accounts' : 'people';
  const head = [
    'node_id',
    'node',
    'type',
    'acts_on',
    ...FIGURES.map((f) => `${primary}_${f}`),
    ...(account ? FIGURES.map((f) => `people_${f}`) : []),
    'skip_reason',
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
    ];
  });
  return `${[head, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
