import type { ComponentChildren } from 'preact';

export interface TableColumn {
  label: string;
  color?: string;
}

export interface TableCell {
  text: string;
  href?: string;
  title?: string;
}

/** The numbers behind a chart, as a real table (screen readers, keyboard, copy-paste into a spreadsheet). */
export function DataTable({
  caption,
  rowHeader,
  columns,
  rows,
  footer,
}: {
  caption: ComponentChildren;
  rowHeader: string;
  columns: TableColumn[];
  rows: { label: string; cells: TableCell[] }[];
  footer?: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column.color && <span class="swatch" style={{ background: column.color }} aria-hidden="true" />}
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>
                  {cell.href ? (
                    <a href={cell.href} title={cell.title}>
                      {cell.text}
                    </a>
                  ) : (
                    cell.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {footer}
    </div>
  );
}
