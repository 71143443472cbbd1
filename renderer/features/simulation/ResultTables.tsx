import type { Journey } from '../../../shared/model';
import {
  accountsAndPeople,
  actionEntryFigure,
  countsAccountsPerPath,
  distinctTotals,
  PER_PATH_NOTE,
  ENDED_NOTE,
  NODE_FIGURES,
  NODE_FIGURE_HEADS,
  actionLogRows,
  figureParts,
  formatCount,
  inFlowOrder,
  skippedSteps,
  unitHeading,
  visits,
  withUnit,
  type FigureParts,
  type SimulationResult,
} from '../../../shared/simulation';
import { distinctStepNames } from '../../../shared/graph';

const fmt = formatCount;
const FIGURES = NODE_FIGURES;
const HEAD = NODE_FIGURE_HEADS;

/**
 * Per-node entered / completed / skipped / waiting / exited in journey (flow) order; account
 * journeys show accounts and people in each cell. Each head names its unit on a line of its own,
 * and in a narrow panel a cell puts people under accounts, so the table fits without scrolling.
 */
export function NodeTable({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const names = distinctStepNames(journey);
  const account = result.unit === 'account';
  const unit = unitHeading(result.unit).toLowerCase();
  const perPath = countsAccountsPerPath(result);
  const totals = distinctTotals(result);
  const noteId = 'sim-node-table-note';
  const endedNoteId = 'sim-node-table-ended';
  return (
    <>
      <table
        className="sim-table sim-node-table"
        aria-label="Counts per node"
        aria-describedby={perPath ? `${noteId} ${endedNoteId}` : endedNoteId}
      >
        <thead>
          <tr>
            <th>Node</th>
            {FIGURES.map((f) => (
              <th key={f} className="num">
                {HEAD[f]}{' '}
                <span className="sim-head-unit">({account ? 'accounts · people' : unit})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {inFlowOrder(journey, result.nodes).map((n) => (
            <tr key={n.nodeId}>
              <th scope="row">
                {names.get(n.nodeId) ?? n.nodeId}
                {account && n.level === 'people' && (
                  <span className="small muted"> · acts on people</span>
                )}
              </th>
              {FIGURES.map((f) => (
                <td key={f} className="num">
                  <FigureCell parts={figureParts(result, n, f)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              Whole journey, each {result.unit === 'account' ? 'account' : 'person'} once
            </th>
            {FIGURES.map((f) =>
              f === 'waiting' || f === 'exited' ? (
                <td key={f} className="num">
                  <FigureCell parts={totals[f]} />
                </td>
              ) : (
                // No total: one account or person passes several nodes, a sum would count it again.
                <td key={f} className="sim-no-total muted">
                  –
                </td>
              ),
            )}
          </tr>
        </tfoot>
      </table>
      {perPath && (
        <p id={noteId} className="small muted">
          {PER_PATH_NOTE}
        </p>
      )}
      <p id={endedNoteId} className="small muted">
        {ENDED_NOTE}
      </p>
    </>
  );
}

/** A cell: accounts · people (people under accounts in a narrow panel), and visits when a Go to brought units back. */
function FigureCell({ parts }: { parts: FigureParts }) {
  if (parts.count === null) return <>{visits(parts.visits ?? 0)}</>;
  return (
    <>
      {fmt(parts.count)}
      {parts.people !== undefined && (
        <span className="muted sim-cell-people">
          <span className="sim-cell-sep"> · </span>
          {fmt(parts.people)}
        </span>
      )}
      {parts.visits !== undefined && (
        <span className="muted sim-cell-people">
          <span className="sim-cell-sep"> · </span>
          {visits(parts.visits)}
        </span>
      )}
    </>
  );
}

const EXIT_LABELS: Record<keyof SimulationResult['exits'], string> = {
  exitNode: 'Reached an Exit',
  horizon: 'Still inside at the horizon',
  aborted: 'Aborted',
  loopLimit: 'Loop limit',
  dropped: 'Path leads nowhere',
  noPeople: 'No people at a split by people',
};

/**
 * Exits by reason (each account or person once) and messages per channel (one per person);
 * notifications an account action sends (one per account) are their own rows, with their unit.
 */
export function ExitsAndMessages({ result }: { result: SimulationResult }) {
  const channels = Object.entries(result.messages).filter(([, m]) => m.sent > 0);
  const notified = result.accountNotifications.filter((e) => e.count > 0);
  const account = result.unit === 'account';
  return (
    <div className="sim-two">
      <table className="sim-table" aria-label="Exits by reason">
        <thead>
          <tr>
            <th>Exit reason</th>
            <th className="num">{account ? 'Accounts · people' : 'People'}</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(EXIT_LABELS) as Array<keyof typeof EXIT_LABELS>)
            // Only accounts can reach a split by people without people.
            .filter((k) => account || k !== 'noPeople')
            .map((k) => (
              <tr key={k}>
                <th scope="row">{EXIT_LABELS[k]}</th>
                <td className="num">
                  {account
                    ? accountsAndPeople(result.exits[k], result.people?.exits[k])
                    : withUnit(result.exits[k], 'person')}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <table className="sim-table" aria-label="Messages per channel">
        <thead>
          <tr>
            <th>Channel</th>
            <th className="num">Sent</th>
            <th className="num">Opened</th>
            <th className="num">Clicked</th>
          </tr>
        </thead>
        <tbody>
          {channels.length === 0 && notified.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No messages would be sent.
              </td>
            </tr>
          )}
          {channels.map(([c, m]) => (
            <tr key={c}>
              <th scope="row">{m.name} (to people)</th>
              <td className="num">{withUnit(m.sent, 'person')}</td>
              <td className="num">{withUnit(m.opened, 'person')}</td>
              <td className="num">{withUnit(m.clicked, 'person')}</td>
            </tr>
          ))}
          {notified.map((e) => (
            <tr key={`account:${e.id}`}>
              <th scope="row">{e.name} (account notification, one per account)</th>
              <td className="num">{actionEntryFigure(e)}</td>
              <td className="num muted">–</td>
              <td className="num muted">–</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the run would have changed — lists, audiences, scores, data — each by its name, with its unit. */
export function ActionLogTable({ result }: { result: SimulationResult }) {
  const rows = actionLogRows(result);
  if (rows.length === 0)
    return <p className="small muted">No lists, audiences, scores or data would change.</p>;
  return (
    <table className="sim-table" aria-label="Action log">
      <thead>
        <tr>
          <th>Change</th>
          <th>Name</th>
          <th>Kind</th>
          <th className="num">How many</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{r.what}</td>
            <th scope="row">{r.name}</th>
            <td>{r.kind}</td>
            <td className="num">{r.figure}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The banner over the results: unconfigured steps that were skipped, with how many and why. */
export function SkippedBanner({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const steps = skippedSteps(journey, result);
  if (steps.length === 0) return null;
  return (
    <section className="sim-banner" role="note" aria-label="Skipped steps">
      <strong>Unconfigured steps were skipped.</strong> Configure them before you publish.
      <ul>
        {steps.map((s) => (
          <li key={s.nodeId}>
            <strong>{s.name}</strong> — Skipped: {s.figure} — {s.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Warnings of the run (back-to-back sends, loops hit, skipped steps…). */
export function WarningList({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const names = distinctStepNames(journey);
  if (result.warnings.length === 0) return <p className="small muted">No warnings.</p>;
  return (
    <ul className="sim-warnings" aria-label="Simulation warnings">
      {result.warnings.map((w, i) => (
        <li key={i}>
          {/* As the report: the step it is about, else the message alone (never a code). */}
          {w.nodeId && names.has(w.nodeId) && <strong>{names.get(w.nodeId)}: </strong>}
          {w.message}
        </li>
      ))}
    </ul>
  );
}

/** Sampled traces, read like a story: each account's (or person's) steps by node name, days numbered like the replay. */
export function TraceList({ result }: { result: SimulationResult }) {
  const who = result.unit === 'account' ? 'Account' : 'Person';
  if (result.traces.length === 0)
    return (
      <p className="small muted">No traced {result.unit === 'account' ? 'accounts' : 'people'}.</p>
    );
  return (
    <div className="sim-traces">
      {result.traces.map((t) => (
        <details key={t.profile}>
          <summary>
            {t.label ?? `${who} ${t.profile + 1}`} — {t.steps.length} steps
          </summary>
          <ol className="small">
            {t.steps.map((s, i) => (
              <li key={i}>
                Day {s.day}: {s.step} — {s.note}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </div>
  );
}
