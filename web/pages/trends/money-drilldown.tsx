import type { TrendDrilldownResponse } from '../../../api/contract.js';
import { api } from '../../api/client.js';
import { ErrorState, LoadingBar } from '../../components/states.js';
import { AMOUNT_CLASS_LABELS, formatDate, formatDkk, formatDkkExact, outcomeLabel } from '../../format.js';
import { useApi } from '../../lib/use-api.js';
import { itemHref, meetingHref } from '../../lib/url.js';

const METRIC_WORDS = { granted: 'bevilget', savings: 'besluttet sparet' } as const;

/**
 * The items behind one DKK point of the chart (URL parameters `series` and `bucket`), largest first, with the sum
 * that equals the point and, when counting per case, the meetings each case passed.
 */
export function MoneyDrilldown({ request, onClose }: { request: URLSearchParams; onClose: () => void }) {
  const key = request.toString();
  const state = useApi<TrendDrilldownResponse>(`drilldown:${key}`, (signal) => api.trendDrilldown(request, signal));
  const data = state.stale ? null : state.data;
  return (
    <section class="card money-drilldown" aria-labelledby="money-drilldown-heading" aria-busy={!data && !state.error}>
      <div class="section-heading">
        <h2 id="money-drilldown-heading">
          {data ? `Punkterne bag ${formatDkk(data.total)}: ${[data.series.label, data.bucket?.label ?? 'hele perioden'].join(', ')}` : 'Punkterne bag beløbet'}
        </h2>
        <button type="button" class="button button--secondary" onClick={onClose}>
          Luk
        </button>
      </div>
      {state.slow && <LoadingBar label="Henter punkterne…" />}
      {state.error ? (
        <ErrorState error={state.error} onRetry={state.retry} what="punkterne" />
      ) : data ? (
        data.items.length === 0 ? (
          <p class="muted">Ingen punkter har {METRIC_WORDS[data.metric]} beløb her.</p>
        ) : (
          <>
            <p class="muted">
              {data.itemCount > data.items.length && `Viser de ${data.items.length} største af ${data.itemCount} punkter. `}
              {data.countPer === 'case'
                ? 'Hver sag tæller én gang, ved sin seneste beslutning i udvalget. Største beløb først.'
                : 'Hvert punkt tæller for sig, også når samme sag er behandlet på flere møder. Største beløb først.'}
            </p>
            <ol class="money-drilldown__items">
              {data.items.map((entry) => (
                <li key={entry.item.id} class="money-drilldown__item">
                  <p class="money-drilldown__value">
                    <strong title={formatDkkExact(entry.figure.value)}>{formatDkk(entry.figure.value)}</strong>{' '}
                    <span class="muted">{AMOUNT_CLASS_LABELS[entry.figure.class]}</span>
                  </p>
                  <h3 class="money-drilldown__title">
                    <a href={itemHref(entry.item.id)}>{entry.item.title}</a>
                  </h3>
                  <blockquote class="money-drilldown__sentence">{entry.figure.sentence}</blockquote>
                  {data.countPer === 'case' && (
                    <p class="money-drilldown__passed">
                      {entry.passed.length > 1 ? 'Behandlet på: ' : 'Behandlet på ét møde: '}
                      {entry.passed.map((step, index) => (
                        <span key={step.itemId}>
                          {index > 0 && ' → '}
                          <a href={meetingHref(step.meeting.id)}>
                            {[step.meeting.municipality, step.meeting.body].filter(Boolean).join(', ')} {formatDate(step.meeting.date)}
                          </a>
                          {step.decisionOutcome && ` (${outcomeLabel(step.decisionOutcome).toLowerCase()})`}
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            <p class="money-drilldown__sum">
              I alt: <strong>{formatDkkExact(data.total)}</strong>, det samme som punktet i diagrammet.
            </p>
          </>
        )
      ) : null}
    </section>
  );
}
