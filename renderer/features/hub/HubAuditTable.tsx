import type { HubAuditEntry } from '../../../shared/contract/hub-api';
import { formatDateTime } from '../../components/format';

/** Every change the hub made, latest first. */
export function HubAuditTable({ entries }: { entries: HubAuditEntry[] }) {
  return (
    <section aria-labelledby="hub-audit-title" className="hub-section">
      <h2 id="hub-audit-title">Audit log</h2>
      {entries.length === 0 ? (
        <p className="empty">No changes yet.</p>
      ) : (
        <table className="table compact" aria-label="Audit log">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Change</th>
              <th scope="col">Target</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatDateTime(e.at)}</td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.target}</td>
                <td>{e.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
