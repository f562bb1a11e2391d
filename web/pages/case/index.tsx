import type { CaseThread } from '../../../api/contract.js';
import { api } from '../../api/client.js';
import { ItemBadges } from '../../components/badges.js';
import { Breadcrumbs } from '../../components/breadcrumbs.js';
import { ErrorState, LoadingBar, Skeleton } from '../../components/states.js';
import { TextBlock } from '../../components/text-block.js';
import { formatDate, plural } from '../../format.js';
import { useTitle } from '../../lib/title.js';
import { useApi } from '../../lib/use-api.js';
import { itemHref, meetingHref } from '../../lib/url.js';
import './style.css';

export default function CasePage({ caseNumber }: { caseNumber: string }) {
  const result = useApi<CaseThread>(caseNumber, (signal) => api.caseThread(caseNumber, signal));
  const thread = result.stale ? null : result.data;
  useTitle(`Sag ${caseNumber}`);

  return (
    <article class="case-page">
      <Breadcrumbs items={[{ label: 'Søg', href: '/sog' }, { label: `Sag ${caseNumber}` }]} />
      <header class="page-header">
        <p class="eyebrow">Sagsforløb</p>
        <h1>Sag {caseNumber}</h1>
        <p class="lead">
          {thread
            ? `${plural(thread.items.length, 'punkt', 'punkter')} med dette sagsnummer, ældste først.`
            : 'Alle punkter med dette sagsnummer, ældste først.'}
        </p>
      </header>
      {result.error ? (
        <ErrorState error={result.error} onRetry={result.retry} what="sagen" />
      ) : !thread ? (
        <div aria-busy="true">
          {result.slow && (
            <>
              <LoadingBar label="Henter sagen…" />
              <Skeleton lines={6} />
            </>
          )}
        </div>
      ) : (
        <ol class="timeline">
          {thread.items.map((item) => (
            <li key={item.id} class="timeline__item">
              <div class="timeline__date">
                <time dateTime={item.meeting.date ?? undefined}>{formatDate(item.meeting.date)}</time>
              </div>
              <div class="timeline__card card">
                <p class="timeline__meeting">
                  <a href={meetingHref(item.meeting.id)}>{[item.meeting.municipality, item.meeting.body].filter(Boolean).join(' · ') || 'Møde'}</a>
                  <span class="muted"> · punkt {item.number}</span>
                </p>
                <h2 class="timeline__title">
                  <a href={itemHref(item.id)}>{item.title}</a>
                </h2>
                <div class="tags timeline__tags">
                  <ItemBadges item={item} />
                </div>
                <div class="timeline__decision">
                  <h3>Beslutning</h3>
                  {item.decisionText ? <TextBlock text={item.decisionText} /> : <p class="muted">Ingen beslutning i referatet.</p>}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
