import { useLocation } from 'preact-iso';
import type { OverviewResponse, TopicsResponse, TrendsResponse } from '../../../api/contract.js';
import { api } from '../../api/client.js';
import { ItemBadges } from '../../components/badges.js';
import { ChartView } from '../../components/chart-view.js';
import { DataTable } from '../../components/data-table.js';
import { SearchBox } from '../../components/search-box.js';
import { ErrorState, LoadingBar } from '../../components/states.js';
import { formatDate, formatNumber, truncate } from '../../format.js';
import { loadTopics } from '../../lib/topics.js';
import { bucketHref, metricInfo, trendChartSpec, trendTable, type MetricInfo } from '../../lib/trend-series.js';
import { useApi, type ApiState } from '../../lib/use-api.js';
import { useTitle } from '../../lib/title.js';
import { href, itemHref, meetingHref } from '../../lib/url.js';
import './style.css';

const TOP_TOPICS = 6;

export default function OverviewPage() {
  useTitle('Overblik');
  const { route } = useLocation();
  const searchFor = (name: string, value: string) => route(href('/sog', new URLSearchParams({ [name]: value })));
  const overview = useApi<OverviewResponse>('overview', (signal) => api.overview(signal));
  const topics = useApi<TopicsResponse>('topics', () => loadTopics());

  const top = topics.data ? [...topics.data.topics].filter((t) => t.count > 0).sort((a, b) => b.count - a.count).slice(0, TOP_TOPICS) : null;
  const topicParams = new URLSearchParams();
  for (const topic of top ?? []) topicParams.append('topic', topic.id);
  topicParams.set('interval', 'year');
  const ready = top && top.length > 0;

  const amountParams = new URLSearchParams(topicParams);
  amountParams.set('metric', 'granted');
  const spending = useApi<TrendsResponse>(ready ? amountParams.toString() : null, (signal) => api.trends(amountParams, signal));
  const itemsParams = new URLSearchParams(topicParams);
  itemsParams.set('metric', 'items');
  const counts = useApi<TrendsResponse>(ready ? itemsParams.toString() : null, (signal) => api.trends(itemsParams, signal));

  const totals = overview.data?.totals;
  const years = totals ? (totals.yearFrom && totals.yearTo ? (totals.yearFrom === totals.yearTo ? `${totals.yearFrom}` : `${totals.yearFrom}–${totals.yearTo}`) : '–') : null;

  return (
    <div class="overview-page">
      <header class="page-header">
        <h1>Overblik</h1>
        <p class="lead">Hvad kommunerne har behandlet, hvad det koster, og hvilke emner der fylder.</p>
      </header>

      <div class="overview-search">
        <SearchBox
          query=""
          onSearch={(q, commit) => commit && route(href('/sog', q ? new URLSearchParams({ q }) : undefined))}
          onTopic={(topic) => searchFor('topic', topic)}
          onSystem={(system) => searchFor('system', system)}
        />
      </div>

      {overview.error ? (
        <ErrorState error={overview.error} onRetry={overview.retry} what="overblikket" />
      ) : (
        <section aria-label="Nøgletal">
          <ul class="stats">
            <Stat label="Møder" value={totals ? formatNumber(totals.meetings) : null} href="/sog" />
            <Stat label="Punkter" value={totals ? formatNumber(totals.items) : null} href="/sog" />
            <Stat label="Kommuner" value={totals ? formatNumber(totals.municipalities) : null} href="/sog" />
            <Stat label="År dækket" value={years} href="/tendenser" />
          </ul>
        </section>
      )}

      <div class="overview-grid">
        <TrendCard
          id="spending"
          title="Bevilget fordelt på emner"
          description="Bevilgede kroner pr. år: kun beløb, som punktet selv besluttede at bruge, når beslutningen gik igennem, og hver sag én gang. Et punkt kan høre under flere emner og tæller da under hvert af dem, så søjlerne står side om side og lægges ikke sammen."
          state={spending}
          kind="bar"
          info={metricInfo('granted', 'none')}
          trendsHref={`/tendenser?${amountParams.toString()}&chart=bar`}
        />
        <TrendCard
          id="counts"
          title="De største emner over tid"
          description="Antal punkter pr. år for de emner, der optræder oftest."
          state={counts}
          kind="line"
          info={metricInfo('items', 'none')}
          trendsHref={`/tendenser?${itemsParams.toString()}`}
        />
      </div>

      <section class="latest" aria-labelledby="latest-heading">
        <div class="section-heading">
          <h2 id="latest-heading">Seneste beslutninger</h2>
          <a href="/sog?sort=date_desc">Se alle punkter</a>
        </div>
        {overview.data ? (
          overview.data.latestDecisions.length === 0 ? (
            <p class="muted">Ingen beslutninger endnu.</p>
          ) : (
            <ol class="decisions">
              {overview.data.latestDecisions.map((item) => (
                <li key={item.id} class="decision card">
                  <p class="decision__meta">
                    <time dateTime={item.meeting.date ?? undefined}>{formatDate(item.meeting.date)}</time>
                    {' · '}
                    <a href={meetingHref(item.meeting.id)}>{[item.meeting.municipality, item.meeting.body].filter(Boolean).join(', ')}</a>
                  </p>
                  <h3 class="decision__title">
                    <a href={itemHref(item.id)}>{item.title}</a>
                  </h3>
                  <div class="tags decision__tags">
                    <ItemBadges item={item} />
                  </div>
                  {item.decisionText && <p class="decision__text">{truncate(item.decisionText, 180)}</p>}
                </li>
              ))}
            </ol>
          )
        ) : (
          !overview.error && <div class="decisions-placeholder" aria-hidden="true" />
        )}
      </section>
    </div>
  );
}

function Stat({ label, value, href }: { label: string; value: string | null; href: string }) {
  return (
    <li class="stat card">
      <a href={href} class="stat__link">
        <span class="stat__value">{value ?? <span class="skeleton stat__skeleton" />}</span>
        <span class="stat__label">{label}</span>
      </a>
    </li>
  );
}

function TrendCard({
  id,
  title,
  description,
  state,
  kind,
  info,
  trendsHref,
}: {
  id: string;
  title: string;
  description: string;
  state: ApiState<TrendsResponse>;
  kind: 'line' | 'bar';
  info: MetricInfo;
  trendsHref: string;
}) {
  const { route } = useLocation();
  const data = state.data;
  const table = data ? trendTable(data, info) : null;
  return (
    <section class="card trend-card" aria-labelledby={`${id}-heading`}>
      <div class="section-heading">
        <h2 id={`${id}-heading`}>{title}</h2>
        <a href={trendsHref}>Åbn i Tendenser</a>
      </div>
      <p class="muted trend-card__description">{description}</p>
      {state.slow && <LoadingBar />}
      {state.error ? (
        <ErrorState error={state.error} onRetry={state.retry} what="tallene" />
      ) : data && table ? (
        <>
          <ChartView
            spec={trendChartSpec(data, { kind, info, onSelect: (bucket) => route(bucketHref(bucket)) })}
            label={`${kind === 'bar' ? 'Søjlediagram' : 'Linjediagram'}: ${title}. Tallene står i tabellen under diagrammet.`}
            height={300}
          />
          <details class="trend-card__table">
            <summary>Vis tallene som tabel</summary>
            <DataTable caption={title} rowHeader="År" columns={table.columns} rows={table.rows} />
          </details>
        </>
      ) : (
        <div class="chart-placeholder" style={{ height: '300px' }} aria-hidden="true" />
      )}
    </section>
  );
}
