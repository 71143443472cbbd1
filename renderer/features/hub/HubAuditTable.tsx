import type { HubAuditEntry } from '../../../shared/contract/hub-api';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';

const COLUMNS: readonly Column<HubAuditEntry>[] = [
  { header: 'When', cell: (e) => formatDateTime(e.at), className: 'nowrap' },
  { header: 'Who', cell: (e) => e.actor },
  { header: 'Change', cell: (e) => e.action },
  { header: 'Target', cell: (e) => e.target },
  { header: 'Detail', cell: (e) => e.detail },
];

/** Every change the hub made, latest first. */
export function HubAuditTable({ entries }: { entries: HubAuditEntry[] }) {
  return (
    <section aria-labelledby="hub-audit-title" className="hub-section">
      <h2 id="hub-audit-title">Audit log</h2>
      {entries.length === 0 ? (
        <p className="empty">No changes yet.</p>
      ) : (
        <DataTable
          label="Audit log"
          columns={COLUMNS}
          rows={entries}
          rowKey={(e) => String(e.id)}
        />
      )}
    </section>
  );
}
