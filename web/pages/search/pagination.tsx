import { formatNumber } from '../../format.js';

/** Page links (real hrefs, so every page is a permalink). */
export function Pagination({
  page,
  pages,
  hrefFor,
  onNavigate,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** Called when a page link is followed (the router does the navigation). */
  onNavigate?: () => void;
}) {
  if (pages <= 1) return null;
  const numbers = pageWindow(page, pages);
  return (
    <nav class="pagination" aria-label="Sider" onClick={(event) => (event.target as Element).closest('a') && onNavigate?.()}>
      <ul>
        <li>
          {page > 1 ? (
            <a href={hrefFor(page - 1)} rel="prev" class="pagination__step">
              ‹ Forrige
            </a>
          ) : (
            <span class="pagination__step is-disabled" aria-hidden="true">
              ‹ Forrige
            </span>
          )}
        </li>
        {numbers.map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} class="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={hrefFor(n)} aria-current={n === page ? 'page' : undefined} aria-label={`Side ${n}`}>
                {formatNumber(n)}
              </a>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <a href={hrefFor(page + 1)} rel="next" class="pagination__step">
              Næste ›
            </a>
          ) : (
            <span class="pagination__step is-disabled" aria-hidden="true">
              Næste ›
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

/** 1 … 4 5 6 … 20 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const last = result[result.length - 1];
    if (typeof last === 'number' && n - last === 2) result.push(last + 1);
    else if (typeof last === 'number' && n - last > 2) result.push(null);
    result.push(n);
  }
  return result;
}
