import type { ReactNode } from 'react';

/** One column of a DataTable: its header and what a row shows in it. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** A class for the column's cells, e.g. `num` or `nowrap`. */
  className?: string;
}

/**
 * A read-only table of rows under labelled column headers: the one markup for the app's lists of
 * records (audit log, push history, lifecycle history, import preview), named for screen readers.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  rowTitle,
  className = 'table compact',
}: {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  rowTitle?: (row: Row) => string | undefined;
  className?: string;
}) {
  return (
    <table className={className} aria-label={label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} title={rowTitle?.(row)}>
            {columns.map((c) => (
              <td key={c.header} className={c.className}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
