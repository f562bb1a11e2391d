import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface TableColumn {
  label: string;
  color?: string;
}

export interface TableCell {
  text: string;
  href?: string;
  title?: string;
}

/** true while the element is wider inside than it shows (it scrolls sideways). */
function useOverflows(element: { current: HTMLElement | null }): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => setOverflows(target.scrollWidth > target.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    if (target.firstElementChild) observer.observe(target.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return overflows;
}

/**
 * The numbers behind a chart, as a real table (screen readers, keyboard, copy-paste into a spreadsheet). A table
 * wider than its column says so, keeps its first column in view, and scrolls with the arrow keys once focused.
 */
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
  const wrap = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(wrap);
  return (
    <>
      {overflows && (
        <p class="table-scroll-hint" aria-hidden="true">
          Tabellen er bredere end skærmen: rul til siden for at se alle kolonner →
        </p>
      )}
      <div
        class={`table-wrap${overflows ? ' is-scrollable' : ''}`}
        ref={wrap}
        tabIndex={overflows ? 0 : undefined}
        role={overflows ? 'region' : undefined}
        aria-label={overflows ? 'Tabel, der kan rulles til siden' : undefined}
      >
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
    </>
  );
}
