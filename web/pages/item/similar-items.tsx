import type { SimilarItemsResponse } from '../../../api/contract.js';
import { api } from '../../api/client.js';
import { formatDate } from '../../format.js';
import { useApi } from '../../lib/use-api.js';
import { itemHref } from '../../lib/url.js';

/** How other municipalities decided the same question: the most similar items elsewhere, by title and decision. */
export function SimilarItems({ id }: { id: string }) {
  const result = useApi<SimilarItemsResponse>(`similar:${id}`, (signal) => api.similarItems(id, signal));
  const items = result.stale ? null : result.data?.items;
  return (
    <section class="card similar-items" aria-labelledby="similar-heading" aria-busy={result.loading}>
      <h2 id="similar-heading">Lignende punkter i andre kommuner</h2>
      {result.error ? (
        <p class="muted">Lignende punkter kunne ikke hentes.</p>
      ) : !items ? (
        <p class="muted">{result.slow ? 'Henter…' : '\u00a0'}</p>
      ) : items.length === 0 ? (
        <p class="muted">Ingen lignende punkter fra andre kommuner.</p>
      ) : (
        <ul class="similar-items__list">
          {items.map((similar) => (
            <li key={similar.id}>
              <a href={itemHref(similar.id)}>{similar.title || `Punkt ${similar.number}`}</a>
              <span class="muted">
                {' '}
                {[similar.meeting.municipality, similar.meeting.body, formatDate(similar.meeting.date)].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
