import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface Column<Row> {
  readonly label: string;
  readonly cell: (row: Row) => ComponentChildren;
  readonly numeric?: boolean;
}

export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => string;
  readonly pageSize?: number;
  readonly empty?: string;
  /** Marks one row (e.g. the reply a notification opened). */
  readonly isCurrent?: (row: Row) => boolean;
}

/** A captioned table with previous/next paging; the page position is announced. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  pageSize = 10,
  empty = 'Nothing yet.',
  isCurrent,
}: DataTableProps<Row>) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = rows.slice(current * pageSize, current * pageSize + pageSize);
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.length === 0 ? (
            <tr>
              <td colSpan={columns.length} class="muted">
                {empty}
              </td>
            </tr>
          ) : (
            visible.map((row, index) => (
              <tr key={rowKey(row, index)} aria-current={isCurrent?.(row) ? 'true' : undefined}>
                {columns.map((column) => (
                  <td key={column.label} class={column.numeric ? 'num' : undefined}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {pages > 1 ? (
        <div class="row pager" role="group" aria-label={`Pages of ${caption}`}>
          <button
            type="button"
            class="btn"
            disabled={current === 0}
            onClick={() => {
              setPage(current - 1);
            }}
          >
            Previous page
          </button>
          <span aria-live="polite">
            Page {current + 1} of {pages} ({rows.length} rows)
          </span>
          <button
            type="button"
            class="btn"
            disabled={current >= pages - 1}
            onClick={() => {
              setPage(current + 1);
            }}
          >
            Next page
          </button>
        </div>
      ) : null}
    </div>
  );
}
