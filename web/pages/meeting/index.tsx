import type { MeetingDetail } from '../../../api/contract.js';
import { api } from '../../api/client.js';
import { AmountBadge, ClosedBadge, OutcomeBadge } from '../../components/badges.js';
import { Breadcrumbs } from '../../components/breadcrumbs.js';
import { MeetingFacts } from '../../components/meeting-facts.js';
import { ErrorState, LoadingBar, Skeleton } from '../../components/states.js';
import { formatDate, formatTime, plural, truncate } from '../../format.js';
import { useTitle } from '../../lib/title.js';
import { useApi } from '../../lib/use-api.js';
import { itemHref } from '../../lib/url.js';
import './style.css';

export default function MeetingPage({ id }: { id: string }) {
  const result = useApi<MeetingDetail>(id, (signal) => api.meeting(id, signal));
  const meeting = result.stale ? null : result.data;
  const heading = meeting ? `${meeting.body ?? 'Møde'}, ${formatDate(meeting.date)}` : null;
  useTitle(heading ?? (result.error ? 'Møde ikke fundet' : 'Møde'));

  if (result.error) {
    return (
      <div>
        <h1>Mødet kunne ikke vises</h1>
        <ErrorState error={result.error} onRetry={result.retry} what="mødet" />
      </div>
    );
  }
  if (!meeting) {
    return (
      <div aria-busy="true">
        {result.slow && <LoadingBar label="Henter mødet…" />}
        <h1 class="placeholder">{result.slow ? 'Henter mødet…' : '\u00a0'}</h1>
        {result.slow && <Skeleton lines={8} />}
      </div>
    );
  }

  const time = formatTime(meeting.startTime);
  return (
    <article class="meeting-page">
      <Breadcrumbs
        items={[
          { label: 'Søg', href: '/sog' },
          ...(meeting.municipality ? [{ label: meeting.municipality, href: `/sog?municipality=${encodeURIComponent(meeting.municipality)}` }] : []),
          { label: heading! },
        ]}
      />
      <header class="page-header">
        <p class="eyebrow">Referat · {meeting.municipality ?? 'Ukendt kommune'}</p>
        <h1>{heading}</h1>
      </header>

      <div class="sidebar-layout meeting-layout">
        <section class="card meeting-facts" aria-labelledby="meeting-facts-heading">
          <h2 id="meeting-facts-heading">Mødet</h2>
          <dl class="facts">
            <MeetingFacts meeting={meeting} />
            <dt>Tid</dt>
            <dd>{time ?? 'Ikke oplyst'}</dd>
            <dt>Mødested</dt>
            <dd>{meeting.location ?? 'Ikke oplyst'}</dd>
            <dt>Punkter</dt>
            <dd>{plural(meeting.items.length, 'punkt', 'punkter')}</dd>
          </dl>
          <h3 class="meeting-facts__attendees-heading">Deltagere</h3>
          {meeting.attendees.length > 0 ? (
            <ul class="attendees">
              {meeting.attendees.map((name, index) => (
                <li key={index}>{name}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">Ikke oplyst i referatet.</p>
          )}
        </section>

        <section class="agenda" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">Dagsorden</h2>
          <ol class="agenda__list">
            {meeting.items.map((item) => (
              <li key={item.id} class={`agenda__item${item.closed ? ' is-closed' : ''}`}>
                <span class="agenda__number" aria-hidden="true">
                  {item.number}
                </span>
                <div class="agenda__body">
                  <a href={itemHref(item.id)} class="agenda__title">
                    <span class="visually-hidden">Punkt {item.number}: </span>
                    {item.title}
                  </a>
                  <div class="tags agenda__tags">
                    <ClosedBadge closed={item.closed} />
                    <OutcomeBadge outcome={item.decisionOutcome} />
                    <AmountBadge amount={item.primaryAmount} />
                  </div>
                  {item.decisionText && <p class="agenda__decision">{truncate(item.decisionText, 220)}</p>}
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
