import type { HubPush } from '../../../shared/contract/hub-api';
import { formatDateTime } from '../../components/format';

/** What a push did, in a few words. */
function outcome(p: HubPush): string {
  if (p.result === 'refused') return `Refused: ${p.message ?? ''}`;
  const s = p.summary;
  if (!s) return p.result;
  const parts = [
    [s.created.length, 'created'],
    [s.overwritten.length, 'overwritten'],
    [s.copied.length, 'copied'],
    [s.skipped.length, 'skipped'],
    [s.unchanged.length, 'unchanged'],
  ].filter(([n]) => Number(n) > 0);
  const text = parts.map(([n, what]) => `${n} ${what}`).join(', ') || 'nothing to change';
  return p.result === 'replayed' ? `Retry, answered as before: ${text}` : text;
}

/** The latest pushes: who, when, which journeys, the result. */
export function HubPushesTable({ pushes }: { pushes: HubPush[] }) {
  return (
    <section aria-labelledby="hub-pushes-title" className="hub-section">
      <h2 id="hub-pushes-title">Push history</h2>
      {pushes.length === 0 ? (
        <p className="empty">No pushes yet.</p>
      ) : (
        <table className="table compact" aria-label="Push history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">By</th>
              <th scope="col">Journeys</th>
              <th scope="col">Policy</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {pushes.map((p, i) => (
              <tr key={`${p.pushId}-${i}`}>
                <td className="nowrap">{formatDateTime(p.at)}</td>
                <td>{p.by}</td>
                <td>{p.journeyIds.length}</td>
                <td>{p.policy}</td>
                <td>{outcome(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
