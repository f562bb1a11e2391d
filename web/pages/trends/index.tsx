import { useLocation } from 'preact-iso';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
  Breakdown,
  CountPer,
  FacetName,
  Interval,
  Normalization,
  SearchResponse,
  TopicsResponse,
  TrendMetric,
  TrendsResponse,
} from '../../../api/contract.js';
import { api, trendsCsvUrl } from '../../api/client.js';
import { ChartView } from '../../components/chart-view.js';
import { Checkbox } from '../../components/checkbox.js';
import { DataTable } from '../../components/data-table.js';
import { FilterChip } from '../../components/filter-chip.js';
import { FilterSelect } from '../../components/filter-selects.js';
import { Segmented, type Option } from '../../components/segmented.js';
import { EmptyState, ErrorState, LoadingBar } from '../../components/states.js';
import { formatNumber } from '../../format.js';
import { badParameterRecovery } from '../../lib/bad-parameter.js';
import { FILTER_LABELS, filterValueLabel, withSelected } from '../../lib/filters.js';
import { loadTopics } from '../../lib/topics.js';
import { bucketHref, INTERVAL_LABELS, metricInfo, normalizeLabels, trendChartSpec, trendTable, trendTitle } from '../../lib/trend-series.js';
import { useApi } from '../../lib/use-api.js';
import { useTitle } from '../../lib/title.js';
import { href, toggleValue, useSearchParams, without, withValue } from '../../lib/url.js';
import { MoneyDrilldown } from './money-drilldown.js';
import { SpendingExplanation } from './spending-explanation.js';
import { SpendingTable } from './spending-table.js';
import './style.css';

const PATH = '/tendenser';
const MAX_SERIES = 8;
const DEFAULT_TOPICS = 3;
/** Filters of /api/trends offered beside municipality and years, each from the facet of the same name. */
const MORE_FILTERS = ['body', 'outcome', 'caseType', 'system'] as const satisfies readonly FacetName[];
const SCALAR_FILTERS = ['hasAmount', 'kind'] as const;
const REQUEST_PARAMS = [
  'topic',
  'term',
  'interval',
  'metric',
  'normalize',
  'countPer',
  'breakdown',
  'top',
  'municipality',
  ...MORE_FILTERS,
  ...SCALAR_FILTERS,
  'yearFrom',
  'yearTo',
];
/** Months by default only for a range of at most this many years; otherwise years. */
const MONTHLY_MAX_YEARS = 2;
/** The money point whose items are listed under the chart. */
const POINT_PARAMS = ['series', 'bucket'];

type ChartKind = 'line' | 'bar';

/** A view setting kept in one URL parameter and chosen with a segmented control. The first option is the default. */
interface Choice<T extends string> {
  name: string;
  legend: string;
  options: Option<T>[];
  /** Write the default into the URL too, instead of leaving the parameter out (the interval: see navigate). */
  keepDefault?: boolean;
}

/** A Choice from its option labels, in the order shown (the first is the default). */
function choiceOf<T extends string>(name: string, legend: string, labels: Record<T, string>, { keepDefault = false } = {}): Choice<T> {
  const options = (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
  return { name, legend, options, keepDefault };
}

const METRIC = choiceOf<TrendMetric>('metric', 'Mål', { items: 'Antal punkter', granted: 'Bevilget (kr.)', savings: 'Besparelser (kr.)' });
const COUNT_PER = choiceOf<CountPer>('countPer', 'Tæl beløb', { case: 'Én gang pr. sag', item: 'For hvert punkt' });
const BREAKDOWN = choiceOf<Breakdown>('breakdown', 'Opdel på', { none: 'Emner og ord', municipality: 'Kommune', body: 'Organ' });
const INTERVAL = choiceOf<Interval>('interval', 'Interval', INTERVAL_LABELS, { keepDefault: true });
const CHART = choiceOf<ChartKind>('chart', 'Diagram', { line: 'Linje', bar: 'Søjler' });

/** The option the URL names, or the default when it names none (or an unknown one). */
function chosen<T extends string>(params: URLSearchParams, choice: Choice<T>, fallback: T = choice.options[0].value): T {
  const value = params.get(choice.name);
  return choice.options.find((option) => option.value === value)?.value ?? fallback;
}

/** Months for a short range (the chosen years, else the years the corpus covers), years otherwise. */
function defaultInterval(params: URLSearchParams, corpusYears: string[]): Interval {
  const from = Number(params.get('yearFrom') ?? corpusYears[0]);
  const to = Number(params.get('yearTo') ?? corpusYears.at(-1));
  return Number.isFinite(from) && Number.isFinite(to) && to - from + 1 <= MONTHLY_MAX_YEARS ? 'month' : 'year';
}

export default function TrendsPage() {
  const params = useSearchParams();
  const { route } = useLocation();
  useTitle('Tendenser');

  const topicsState = useApi<TopicsResponse>('topics', () => loadTopics());
  // Municipalities and years for the filters: the facets of an unfiltered search.
  const facetsState = useApi<SearchResponse>('facets', (signal) => api.search(new URLSearchParams({ size: '1' }), signal));

  const topics = params.getAll('topic');
  const terms = params.getAll('term');
  const seriesCount = topics.length + terms.length;
  const corpusYears = (facetsState.data?.facets.year ?? []).map((y) => y.value).sort();
  const intervalFor = (next: URLSearchParams) => chosen(next, INTERVAL, defaultInterval(next, corpusYears));
  const interval = intervalFor(params);
  // "amount" is the former name of "granted" (old permalinks).
  const metric = params.get('metric') === 'amount' ? 'granted' : chosen(params, METRIC);
  const money = metric !== 'items';
  const NORMALIZE = choiceOf<Normalization>('normalize', 'Normalisering', normalizeLabels(metric));
  const normalize = chosen(params, NORMALIZE);
  const breakdown = chosen(params, BREAKDOWN);
  const countPer = chosen(params, COUNT_PER);
  const kind = chosen(params, CHART);
  const info = metricInfo(metric, normalize);

  const navigate = (next: URLSearchParams, replace = false) => {
    if (!next.has('interval')) next.set('interval', intervalFor(next));
    route(href(PATH, next), replace);
  };
  const choose = (name: string, value: string | null) => navigate(withValue(params, name, value));
  /** A change of what the chart counts: the money point listed under it no longer matches, so it closes. */
  const chooseAndClosePoint = (name: string, value: string | null) => navigate(withValue(without(params, ...POINT_PARAMS), name, value));

  // A bare /tendenser shows the biggest topics, written into the URL so the view is a permalink.
  useEffect(() => {
    if (params.size === 0 && topicsState.data && facetsState.data) {
      const next = new URLSearchParams();
      for (const topic of [...topicsState.data.topics].sort((a, b) => b.count - a.count).slice(0, DEFAULT_TOPICS)) next.append('topic', topic.id);
      route(href(PATH, next), true);
    }
  }, [params, topicsState.data, facetsState.data]);

  const request = useMemo(() => {
    const r = new URLSearchParams();
    for (const name of REQUEST_PARAMS) for (const value of params.getAll(name)) if (value) r.append(name, value);
    if (!r.has('interval')) r.set('interval', interval);
    return r;
  }, [params, interval]);
  const key = seriesCount > 0 || breakdown !== 'none' ? request.toString() : null;
  const trends = useApi<TrendsResponse>(key, (signal) => api.trends(request, signal));
  const data = key ? trends.data : null;
  const point = money && params.has('series');
  const pointRequest = useMemo(() => {
    const r = new URLSearchParams(request);
    for (const name of POINT_PARAMS) if (params.has(name)) r.set(name, params.get(name)!);
    return r;
  }, [request, params]);

  const spec = data
    ? trendChartSpec(data, {
        kind,
        stacked: false,
        info,
        onSelect: (bucket, series) =>
          bucket.moneyDrilldown
            ? navigate(withValue(withValue(params, 'series', series.key), 'bucket', bucket.date))
            : route(bucketHref(bucket)),
      })
    : null;
  const table = data ? trendTable(data, info) : null;
  const seriesNames = data?.series.map((s) => s.label).join(', ') ?? '';

  return (
    <div class="trends-page">
      <header class="page-header">
        <h1>Tendenser</h1>
        <p class="lead">Følg emner og ord over tid. Klik på et punkt i diagrammet for at se de referater, der ligger bag tallet.</p>
        {money && <SpendingExplanation />}
      </header>

      <div class="sidebar-layout trends-layout">
        <aside class="trends-controls" aria-label="Vælg serier og filtre">
          <TopicPicker
            topics={topicsState.data}
            selected={topics}
            full={seriesCount >= MAX_SERIES}
            onToggle={(topic) => navigate(toggleValue(params, 'topic', topic))}
          />
          <TermPicker
            terms={terms}
            full={seriesCount >= MAX_SERIES}
            onAdd={(term) => !terms.includes(term) && navigate(toggleValue(params, 'term', term))}
            onRemove={(term) => navigate(toggleValue(params, 'term', term))}
          />
          <p class="trends-controls__count muted" aria-live="polite">
            {seriesCount} af {MAX_SERIES} serier valgt
          </p>
          <Filters
            facets={facetsState.data}
            params={params}
            onToggleMunicipality={(m) => navigate(toggleValue(params, 'municipality', m))}
            onYear={(name, value) => navigate(without(withValue(params, name, value), 'interval'))}
          />
          <MoreFilters
            facets={facetsState.data}
            params={params}
            onToggle={(name, value) => navigate(toggleValue(without(params, ...POINT_PARAMS), name, value))}
            onSet={chooseAndClosePoint}
          />
        </aside>

        <section class="trends-main" aria-labelledby="trends-chart-heading">
          <div class="trends-toolbar">
            <ChoiceControl choice={METRIC} value={metric} onChoose={chooseAndClosePoint} />
            <ChoiceControl choice={NORMALIZE} value={normalize} onChoose={choose} />
            <ChoiceControl choice={INTERVAL} value={interval} onChoose={chooseAndClosePoint} />
            {money && <ChoiceControl choice={COUNT_PER} value={countPer} onChoose={chooseAndClosePoint} />}
            {seriesCount <= 1 && (
              <ChoiceControl choice={BREAKDOWN} value={breakdown} onChoose={chooseAndClosePoint} />
            )}
          </div>

          <div class="card trends-chart">
            <div class="trends-chart__header">
              <h2 id="trends-chart-heading">
                {trendTitle(info, interval)}
              </h2>
              <ChoiceControl choice={CHART} value={kind} onChoose={choose} />
            </div>
            {trends.slow && <LoadingBar label="Henter tendenser…" />}
            {key === null ? (
              <EmptyState title="Vælg et emne eller skriv et ord">
                <p class="muted">Vælg op til {MAX_SERIES} emner i listen, eller tilføj dine egne søgeord, fx »Teams« eller »ladestander«.</p>
              </EmptyState>
            ) : trends.error ? (
              <ErrorState error={trends.error} onRetry={trends.retry} what="tendenser" recover={badParameterRecovery(trends.error, params, PATH)} />
            ) : spec && data ? (
              <>
                <ChartView
                  spec={spec}
                  height={360}
                  label={`${kind === 'line' ? 'Linjediagram' : 'Søjlediagram'}: ${trendTitle(info, interval).toLowerCase()}, for ${seriesNames}. Tallene står i tabellen under diagrammet.`}
                />
                <p class="trends-chart__meta muted">
                  {formatNumber(data.tookMs)} ms ·{' '}
                  {money ? 'Klik på et punkt eller en søjle for at se punkterne bag beløbet.' : 'Klik på et punkt eller en søjle for at åbne punkterne i søgningen.'}{' '}
                  De stiplede linjer viser, hvor mange møder og kommuner hver periode bygger på; et hul i en linje betyder, at der ingen
                  møder er i perioden.
                  {breakdown !== 'none' && ` Opdelt på ${breakdown === 'municipality' ? 'kommune' : 'organ'}: de største og resten som »Øvrige«.`}
                </p>
              </>
            ) : (
              <div class="chart-placeholder" style={{ height: '360px' }} aria-hidden="true" />
            )}
          </div>

          {point && <MoneyDrilldown request={pointRequest} onClose={() => navigate(without(params, ...POINT_PARAMS))} />}

          {table && data && key !== null && !trends.error && (
            <section class="trends-table" aria-labelledby="trends-table-heading">
              <div class="section-heading">
                <h2 id="trends-table-heading">Tabel</h2>
                <a href={trendsCsvUrl(request)} download>
                  Hent tabellen som CSV
                </a>
              </div>
              <DataTable
                caption={`${trendTitle(info, interval)}. Klik på et tal for at se punkterne.`}
                rowHeader={INTERVAL_LABELS[interval]}
                columns={table.columns}
                rows={table.rows}
              />
            </section>
          )}

          {money && breakdown === 'none' && seriesCount > 0 && !trends.error && <SpendingTable request={without(request, 'normalize', 'interval')} />}
        </section>
      </div>
    </div>
  );
}

function ChoiceControl<T extends string>({
  choice,
  value,
  onChoose,
}: {
  choice: Choice<T>;
  value: T;
  onChoose: (name: string, value: T | null) => void;
}) {
  const fallback = choice.options[0].value;
  return (
    <Segmented<T>
      legend={choice.legend}
      name={choice.name}
      value={value}
      options={choice.options}
      onChange={(next) => onChoose(choice.name, next === fallback && !choice.keepDefault ? null : next)}
    />
  );
}

function TopicPicker({
  topics,
  selected,
  full,
  onToggle,
}: {
  topics: TopicsResponse | null;
  selected: string[];
  full: boolean;
  onToggle: (topic: string) => void;
}) {
  return (
    <fieldset class="control-group">
      <legend>Emner</legend>
      {!topics ? (
        <p class="muted">Henter emner…</p>
      ) : (
        <ul class="checkbox-list">
          {topics.topics.map((topic) => {
            const checked = selected.includes(topic.id);
            return (
              <li key={topic.id}>
                <Checkbox
                  name="topic"
                  value={topic.id}
                  label={topic.label}
                  title={topic.terms.slice(0, 8).join(', ')}
                  checked={checked}
                  disabled={!checked && full}
                  count={topic.count}
                  onToggle={() => onToggle(topic.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function TermPicker({ terms, full, onAdd, onRemove }: { terms: string[]; full: boolean; onAdd: (term: string) => void; onRemove: (term: string) => void }) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  return (
    <fieldset class="control-group">
      <legend>Egne søgeord</legend>
      <form
        class="term-form"
        onSubmit={(event) => {
          event.preventDefault();
          const term = text.trim();
          if (!term || full) return;
          onAdd(term);
          setText('');
          input.current?.focus();
        }}
      >
        <label for="term-input" class="visually-hidden">
          Søgeord
        </label>
        <input
          id="term-input"
          ref={input}
          class="input"
          value={text}
          placeholder="fx Teams"
          disabled={full}
          onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button button--secondary" disabled={full || !text.trim()}>
          Tilføj
        </button>
      </form>
      {terms.length > 0 && (
        <ul class="filter-chips term-chips">
          {terms.map((term) => (
            <li key={term}>
              <FilterChip label={`Fjern søgeordet ${term}`} onRemove={() => onRemove(term)}>
                {term}
              </FilterChip>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function Filters({
  facets,
  params,
  onToggleMunicipality,
  onYear,
}: {
  facets: SearchResponse | null;
  params: URLSearchParams;
  onToggleMunicipality: (municipality: string) => void;
  onYear: (name: 'yearFrom' | 'yearTo', value: string | null) => void;
}) {
  const municipalities = facets?.facets.municipality ?? [];
  const selected = params.getAll('municipality');
  const years = [...new Set((facets?.facets.year ?? []).map((y) => y.value))].sort();
  for (const name of ['yearFrom', 'yearTo'] as const) {
    const value = params.get(name);
    if (value && !years.includes(value)) years.push(value);
  }
  years.sort();
  return (
    <>
      <fieldset class="control-group">
        <legend>Kommune</legend>
        {municipalities.length === 0 && selected.length === 0 ? (
          <p class="muted">{facets ? 'Ingen kommuner.' : 'Henter…'}</p>
        ) : (
          <ul class="checkbox-list">
            {[...municipalities.map((m) => m.value), ...selected.filter((s) => !municipalities.some((m) => m.value === s))].map((value) => (
              <li key={value}>
                <Checkbox
                  name="municipality"
                  value={value}
                  label={municipalities.find((m) => m.value === value)?.label ?? value}
                  checked={selected.includes(value)}
                  onToggle={() => onToggleMunicipality(value)}
                />
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset class="control-group year-range">
        <legend>År</legend>
        {(['yearFrom', 'yearTo'] as const).map((name) => (
          <div class="field" key={name}>
            <label for={`trends-${name}`}>{name === 'yearFrom' ? 'Fra' : 'Til'}</label>
            <select
              id={`trends-${name}`}
              class="select"
              value={params.get(name) ?? ''}
              onChange={(event) => onYear(name, (event.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">{name === 'yearFrom' ? 'Første' : 'Seneste'}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
    </>
  );
}


/** Body, outcome, case type and system (checkboxes from the facets), amount and document kind: folded away until used. */
function MoreFilters({
  facets,
  params,
  onToggle,
  onSet,
}: {
  facets: SearchResponse | null;
  params: URLSearchParams;
  onToggle: (name: FacetName, value: string) => void;
  onSet: (name: string, value: string | null) => void;
}) {
  const active = [...MORE_FILTERS, ...SCALAR_FILTERS].filter((name) => params.has(name)).length;
  return (
    <details class="control-group trends-more-filters" open={active > 0}>
      <summary>Flere filtre{active > 0 ? ` (${active} valgt)` : ''}</summary>
      {MORE_FILTERS.map((name) => {
        const selected = params.getAll(name);
        const values = withSelected(name, facets?.facets[name] ?? [], selected);
        if (values.length === 0) return null;
        return (
          <fieldset class="trends-more-filters__group" key={name}>
            <legend>{FILTER_LABELS[name]}</legend>
            <ul class="checkbox-list">
              {values.map((entry) => (
                <li key={entry.value}>
                  <Checkbox
                    name={`trends-${name}`}
                    value={entry.value}
                    label={filterValueLabel(name, entry.value, () => entry.label)}
                    checked={selected.includes(entry.value)}
                    onToggle={() => onToggle(name, entry.value)}
                  />
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {SCALAR_FILTERS.map((name) => (
        <FilterSelect key={name} name={name} id={`trends-${name}`} value={params.get(name) ?? ''} onChange={(value) => onSet(name, value || null)} />
      ))}
    </details>
  );
}
