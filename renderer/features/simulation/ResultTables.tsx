import type { Journey } from '../../../shared/model';
import type { SimulationResult } from '../../../shared/simulation';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Per-node entered / completed / skipped / waiting / exited. */
export function NodeTable({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  return (
    <table className="sim-table" aria-label="Counts per node">
      <thead><tr><th>Node</th><th>Entered</th><th>Completed</th><th>Skipped</th><th>Waiting</th><th>Exited</th></tr></thead>
      <tbody>
        {result.nodes.map((n) => (
          <tr key={n.nodeId}>
            <th scope="row">{names.get(n.nodeId) ?? n.nodeId}</th>
            {[n.entered, n.completed, n.skipped, n.waiting, n.exited].map((v, i) => <td key={i} className="num">{fmt(v)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const EXIT_LABELS: Record<keyof SimulationResult['exits'], string> = {
  exitNode: 'Reached an Exit',
  horizon: 'Still inside at the horizon',
  aborted: 'Aborted',
  loopLimit: 'Loop limit',
  dropped: 'Path leads nowhere',
};

/** Exits by reason and messages per channel. */
export function ExitsAndMessages({ result }: { result: SimulationResult }) {
  const channels = Object.entries(result.messages).filter(([, m]) => m.sent > 0);
  return (
    <div className="sim-two">
      <table className="sim-table" aria-label="Exits by reason">
        <thead><tr><th>Exit reason</th><th>Count</th></tr></thead>
        <tbody>
          {(Object.keys(EXIT_LABELS) as Array<keyof typeof EXIT_LABELS>).map((k) => (
            <tr key={k}><th scope="row">{EXIT_LABELS[k]}</th><td className="num">{fmt(result.exits[k])}</td></tr>
          ))}
        </tbody>
      </table>
      <table className="sim-table" aria-label="Messages per channel">
        <thead><tr><th>Channel</th><th>Sent</th><th>Opened</th><th>Clicked</th></tr></thead>
        <tbody>
          {channels.length === 0 && <tr><td colSpan={4} className="muted">No messages would be sent.</td></tr>}
          {channels.map(([c, m]) => (
            <tr key={c}><th scope="row">{c}</th><td className="num">{fmt(m.sent)}</td><td className="num">{fmt(m.opened)}</td><td className="num">{fmt(m.clicked)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Warnings of the run (back-to-back sends, loops hit, skipped steps…). */
export function WarningList({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  if (result.warnings.length === 0) return <p className="small muted">No warnings.</p>;
  return (
    <ul className="sim-warnings" aria-label="Simulation warnings">
      {result.warnings.map((w, i) => (
        <li key={i}><strong>{w.nodeId ? names.get(w.nodeId) ?? w.nodeId : w.code}</strong>: {w.message}</li>
      ))}
    </ul>
  );
}

/** Sampled traces: each profile's steps with the data after each step. */
export function TraceList({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  if (result.traces.length === 0) return <p className="small muted">No traced profiles.</p>;
  return (
    <div className="sim-traces">
      {result.traces.map((t) => (
        <details key={t.profile}>
          <summary>Profile {t.profile + 1} — {t.steps.length} steps</summary>
          <ol className="small">
            {t.steps.map((s, i) => <li key={i}>Day {s.day}: {names.get(s.nodeId) ?? s.nodeId} — {s.note}</li>)}
          </ol>
        </details>
      ))}
    </div>
  );
}
