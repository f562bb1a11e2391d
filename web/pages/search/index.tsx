import { useLocation } from 'preact-iso';
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import type { FacetName, SearchResponse, SortOrder } from '../../../api/contract.js';
import { api, exportCsvUrl, feedUrl } from '../../api/client.js';
import { Segmented } from '../../components/segmented.js';
import { EmptyState, ErrorState, LoadingBar } from '../../components/states.js';
import { formatNumber, plural } from '../../format.js';
import { badParameterRecovery } from '../../lib/bad-parameter.js';
import { activeFilters, searchRequestParams, type ActiveFilter } from '../../lib/filters.js';
import { useTopicLabels } from '../../lib/topics.js';
import { useApi } from '../../lib/use-api.js';
import { useTitle } from '../../lib/title.js';
import { href, toggleValue, useSearchParams, withValue, without } from '../../lib/url.js';
import { ActiveFilters } from './active-filters.js';
import { DidYouMean } from './did-you-mean.js';
import { Facets } from './facets.js';
import { FeedLink } from './feed-link.js';
import { HitsOverTimeChart } from './hits-over-time.js';
import { Pagination } from './pagination.js';
import { ResultList } from './result-list.js';
import { SearchBox } from '../../components/search-box.js';
import { SearchControls } from './search-controls.js';
import { SyntaxHelp } from './syntax-help.js';
import './style.css';

const PATH = '/sog';

const SORTS: { value: SortOrder; label: string }[] = [
  { value: 'relevance', label: 'Relevans' },
  { value: 'date_desc', label: 'Nyeste' },
  { value: 'date_asc', label: 'Ældste' },
  { value: 'amount_desc', label: 'Største beløb' },
];

export default function SearchPage() {
  const params = useSearchParams();
  const { route } = useLocation();
  const query = params.get('q') ?? '';
  const request = useMemo(() => searchRequestParams(params), [params]);
  const key = request.toString();
  const result = useApi<SearchResponse>(key, (signal) => api.search(request, signal));
  const topicLabels = useTopicLabels();
  const [facetsOpen, setFacetsOpen] = useState(false);
  const [typing, setTyping] = useState(false);
  // While the user types, a word on its way ("tea" → "teams") that finds nothing keeps the last results on screen.
  const lastWithHits = useRef<SearchResponse | null>(null);
  if (result.data && result.data.total > 0 && !result.stale) lastWithHits.current = result.data;
  useTitle(query ? `Søg: ${query}` : 'Søg');

  // Debounced callbacks may fire after the URL changed: always build on the current URL.
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const navigate = useCallback(
    (next: URLSearchParams, replace = false) => {
      if (next.toString() === paramsRef.current.toString()) return;
      route(href(PATH, next), replace);
    },
    [route],
  );
  const refine = (next: URLSearchParams) => navigate(without(next, 'page'));
  /** A picked topic or system suggestion: that filter instead of the typed text. */
  const filterBy = (name: 'topic' | 'system', value: string) => {
    const current = without(paramsRef.current, 'page', 'q');
    navigate(current.getAll(name).includes(value) ? current : toggleValue(current, name, value));
  };

  const holding = typing && result.data?.total === 0 && lastWithHits.current !== null;
  const data = holding ? lastWithHits.current : result.data;
  const filters = activeFilters(params);
  const labelOf = (name: string, value: string) =>
    data?.facets[name as FacetName]?.find((f) => f.value === value)?.label ?? (name === 'topic' ? topicLabels.get(value) : undefined);
  const sort = (params.get('sort') as SortOrder | null) ?? data?.sort ?? 'relevance';
  const showEmpty = data && !result.stale && !holding && data.total === 0 && !result.error;
  const pastTheEnd = data && !result.stale && !holding && data.total > 0 && data.page > data.pages;
  const setParam = (name: string, value: string) => refine(withValue(params, name, value));

  return (
    <div class="search-page">
      <header class="page-header">
        <h1>Søg i referater</h1>
        <p class="lead">Find punkter på tværs af kommuner, udvalg og år. Resultaterne opdateres, mens du skriver.</p>
      </header>

      <SearchBox
        query={query}
        onSearch={(q, commit) => {
          const next = withValue(without(paramsRef.current, 'page'), 'q', q);
          navigate(next, !commit);
        }}
        onTopic={(topic) => filterBy('topic', topic)}
        onSystem={(system) => filterBy('system', system)}
        onTypingChange={setTyping}
      />
      <div class="search-page__below-box">
        <SyntaxHelp />
        <a class="skip-to-results" href="#results">
          Spring til resultater
        </a>
      </div>

      <div class="sidebar-layout search-layout">
        <aside class={`search-layout__facets${facetsOpen ? ' is-open' : ''}`} aria-labelledby="facets-heading">
          <div class="facets-header">
            <h2 id="facets-heading">Filtre</h2>
            <button
              type="button"
              class="button button--secondary button--small facets-toggle"
              aria-expanded={facetsOpen}
              aria-controls="facet-groups"
              onClick={() => setFacetsOpen(!facetsOpen)}
            >
              {facetsOpen ? 'Skjul filtre' : `Vis filtre${filters.length ? ` (${filters.length})` : ''}`}
            </button>
          </div>
          <div id="facet-groups" class="facet-groups">
            <SearchControls params={params} onSet={setParam} />
            <Facets facets={data?.facets ?? null} approximate={data?.facetsApproximate ?? false} params={params} onToggle={(name, value) => refine(toggleValue(params, name, value))} />
          </div>
        </aside>

        <section class="search-layout__results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="visually-hidden">
            Resultater
          </h2>
          <ActiveFilters
            filters={filters}
            labelOf={labelOf}
            onRemove={(filter: ActiveFilter) =>
              refine(filter.name === 'q' ? without(params, 'q') : toggleValue(params, filter.name, filter.value))
            }
            onClear={() => refine(new URLSearchParams(query ? { q: query } : {}))}
          />

          <div class="results-toolbar">
            <p class="results-summary" role="status" aria-live="polite">
              {holding ? (
                <span class="muted">Søger…</span>
              ) : data ? (
                <>
                  <strong>
                    {data.totalIsLowerBound ? `Mere end ${plural(data.total, 'punkt', 'punkter')}` : plural(data.total, 'punkt', 'punkter')}
                  </strong>{' '}
                  <span class="muted">({formatNumber(data.tookMs)} ms)</span>
                  {data.partial && (
                    <span class="partial-note">
                      {' '}Søgningen tog for lang tid, så resultatet kan være ufuldstændigt. Prøv at gøre søgningen mere præcis.
                    </span>
                  )}
                </>
              ) : result.slow ? (
                <span class="muted">Søger…</span>
              ) : (
                '\u00a0'
              )}
            </p>
            <div class="results-toolbar__actions">
              <Segmented legend="Sortering" name="sort" options={SORTS} value={sort} onChange={(value) => refine(withValue(params, 'sort', value))} />
              <a class="button button--secondary button--small export-link" href={exportCsvUrl(request)} download>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                  <path d="M8 2v8m0 0l-3-3m3 3l3-3M3 13h10" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
                </svg>
                Eksportér CSV
              </a>
              <FeedLink href={feedUrl(request)} />
            </div>
          </div>

          {data && data.total > 0 && (
            <HitsOverTimeChart
              histogram={data.histogram}
              approximate={data.facetsApproximate}
              hrefFor={(bucket) => href(PATH, withValue(withValue(without(params, 'page', 'yearFrom', 'yearTo', 'year'), 'dateFrom', bucket.dateFrom), 'dateTo', bucket.dateTo))}
              selected={{ dateFrom: params.get('dateFrom'), dateTo: params.get('dateTo') }}
              resetHref={params.has('dateFrom') || params.has('dateTo') ? href(PATH, without(params, 'page', 'dateFrom', 'dateTo')) : null}
            />
          )}

          {data?.suggestion && !result.stale && (
            <DidYouMean suggestion={data.suggestion} href={href(PATH, withValue(without(params, 'page'), 'q', data.suggestion.text))} />
          )}

          <div id="results" class={`results-body${result.slow ? ' is-loading' : ''}`} aria-busy={result.loading} tabIndex={-1}>
            {result.slow && <LoadingBar label="Søger…" />}
            {result.error ? (
              <ErrorState error={result.error} onRetry={result.retry} what="søgeresultater" recover={badParameterRecovery(result.error, params, PATH)} />
            ) : pastTheEnd ? (
              <EmptyState title={`Side ${formatNumber(data.page)} findes ikke`}>
                <p>
                  Søgningen har {plural(data.total, 'punkt', 'punkter')} på {plural(data.pages, 'side', 'sider')}.
                </p>
                <p>
                  <a class="button button--secondary" href={href(PATH, data.pages > 1 ? withValue(params, 'page', String(data.pages)) : without(params, 'page'))}>
                    Gå til sidste side
                  </a>{' '}
                  <a href={href(PATH, without(params, 'page'))}>Gå til første side</a>
                </p>
              </EmptyState>
            ) : showEmpty ? (
              <EmptyState title={query ? `Ingen punkter matcher »${query}«` : 'Ingen punkter matcher filtrene'}>
                <ul>
                  {/^[\p{L}\p{N}-]+$/u.test(query) && (
                    <li>
                      Søg efter ord, der begynder med »{query}«:{' '}
                      <a href={href(PATH, withValue(without(params, 'page'), 'q', `${query}*`))}>{query}*</a>
                    </li>
                  )}
                  <li>Tjek stavningen, eller prøv med færre eller andre ord.</li>
                  <li>Brug en stjerne til at søge på begyndelsen af et ord, fx bevill*.</li>
                  <li>Søg på et af flere ord med OR, fx Skype OR Teams.</li>
                  {filters.length > 0 && <li>Fjern et eller flere filtre.</li>}
                </ul>
                {filters.length > 0 && (
                  <button type="button" class="button button--secondary" onClick={() => refine(new URLSearchParams(query ? { q: query } : {}))}>
                    Fjern alle filtre
                  </button>
                )}
              </EmptyState>
            ) : data ? (
              <>
                <ResultList hits={data.hits} start={(data.page - 1) * data.size + 1} />
                <Pagination
                  page={data.page}
                  pages={data.pages}
                  hrefFor={(page) => href(PATH, page > 1 ? withValue(params, 'page', String(page)) : without(params, 'page'))}
                  onNavigate={toResultsTop}
                />
              </>
            ) : result.slow ? (
              <ResultSkeleton />
            ) : null}
          </div>
        </section>
      </div>
    </div>
  );
}

/** After paging: back to the top of the results, with keyboard focus there too. */
function toResultsTop(): void {
  requestAnimationFrame(() => {
    document.querySelector('.search-layout')?.scrollIntoView({ block: 'start' });
    document.getElementById('results')?.focus({ preventScroll: true });
  });
}

function ResultSkeleton() {
  return (
    <ol class="results" aria-hidden="true">
      {[0, 1, 2, 3].map((i) => (
        <li key={i} class="result result--skeleton">
          <span class="skeleton" style={{ height: '1.2rem', width: '70%' }} />
          <span class="skeleton" style={{ height: '0.9rem', width: '40%', marginTop: '0.6rem' }} />
          <span class="skeleton" style={{ height: '0.9rem', width: '90%', marginTop: '0.8rem' }} />
        </li>
      ))}
    </ol>
  );
}
