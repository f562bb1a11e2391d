import type { ItemDetail } from '../../../api/contract.js';
import type { SectionKey } from '../../../ingest/model.js';
import { ItemBadges, OutcomeBadge } from '../../components/badges.js';
import { Breadcrumbs } from '../../components/breadcrumbs.js';
import { MeetingFacts } from '../../components/meeting-facts.js';
import { ErrorState, LoadingBar, Skeleton } from '../../components/states.js';
import { TextBlock } from '../../components/text-block.js';
import { api } from '../../api/client.js';
import { AMOUNT_CLASS_LABELS, CASE_TYPE_LABELS, formatDate, formatDkk, formatDkkExact, sectionLabel } from '../../format.js';
import { useTitle } from '../../lib/title.js';
import { useApi } from '../../lib/use-api.js';
import { caseHref, itemHref, meetingHref } from '../../lib/url.js';
import { kleLabel } from '../../lib/filters.js';
import { SimilarItems } from './similar-items.js';
import { SourceFact } from './source-link.js';
import './style.css';

/** Sections in reading order; the decision is shown apart, in its own panel. */
const SECTION_ORDER: SectionKey[] = ['resume', 'indstilling', 'sagsfremstilling', 'oekonomi', 'lovgrundlag', 'behandling'];

export default function ItemPage({ id }: { id: string }) {
  const result = useApi<ItemDetail>(id, (signal) => api.item(id, signal));
  const item = result.stale ? null : result.data;
  useTitle(item ? item.title : result.error ? 'Punkt ikke fundet' : 'Punkt');

  if (result.error) {
    return (
      <div class="item-page">
        <h1>Punktet kunne ikke vises</h1>
        <ErrorState error={result.error} onRetry={result.retry} what="punktet" />
      </div>
    );
  }
  if (!item) {
    return (
      <div class="item-page" aria-busy="true">
        {result.slow && <LoadingBar label="Henter punktet…" />}
        <h1 class="placeholder">{result.slow ? 'Henter punktet…' : '\u00a0'}</h1>
        {result.slow && <Skeleton lines={6} />}
      </div>
    );
  }

  const meeting = item.meeting;
  const decision = item.decisionText ?? item.sections.beslutning ?? null;
  const attachments = item.attachments.length ? item.attachments : null;
  return (
    <article class="item-page">
      <Breadcrumbs
        items={[
          { label: 'Søg', href: '/sog' },
          { label: [meeting.municipality, meeting.body].filter(Boolean).join(' · ') || 'Møde', href: meetingHref(meeting.id) },
          { label: `Punkt ${item.number}` },
        ]}
      />
      <header class="page-header item-header">
        <p class="eyebrow">
          Punkt {item.number} · <a href={meetingHref(meeting.id)}>{[meeting.body, formatDate(meeting.date)].filter(Boolean).join(', ')}</a>
        </p>
        <h1>{item.title}</h1>
        <div class="tags">
          <ItemBadges item={item} />
          {item.caseType && <span class="badge">{CASE_TYPE_LABELS[item.caseType]}</span>}
        </div>
      </header>

      <div class="item-layout">
        <div class="item-main">
          <section class="decision-panel" aria-labelledby="decision-heading">
            <h2 id="decision-heading">Beslutning</h2>
            {decision ? <TextBlock text={decision} /> : <p class="muted">Referatet indeholder ingen beslutning for dette punkt.</p>}
            {item.decisionOutcome && (
              <p class="decision-panel__outcome">
                Udfald: <OutcomeBadge outcome={item.decisionOutcome} />
              </p>
            )}
          </section>

          {SECTION_ORDER.map((key) =>
            item.sections[key] ? (
              <section class="item-section" key={key} aria-labelledby={`section-${key}`}>
                <h2 id={`section-${key}`}>{sectionLabel(key)}</h2>
                <TextBlock text={item.sections[key]!} />
              </section>
            ) : null,
          )}

          {(attachments || item.sections.bilag) && (
            <section class="item-section" aria-labelledby="section-bilag">
              <h2 id="section-bilag">Bilag</h2>
              {attachments ? (
                <ul class="attachments">
                  {attachments.map((name, index) => (
                    <li key={index}>{name}</li>
                  ))}
                </ul>
              ) : (
                <TextBlock text={item.sections.bilag!} />
              )}
            </section>
          )}

          {item.closed && !decision && SECTION_ORDER.every((key) => !item.sections[key]) && (
            <p class="muted">Punktet er behandlet på et lukket møde, og indholdet er ikke offentligt.</p>
          )}
        </div>

        <aside class="item-aside" aria-label="Fakta om punktet">
          <section class="card item-aside__facts">
            <h2>Fakta</h2>
            <dl class="facts">
              <MeetingFacts meeting={meeting} dateHref={meetingHref(meeting.id)} />
              {item.caseNumbers.length > 0 && (
                <>
                  <dt>{item.caseNumbers.length > 1 ? 'Sagsnumre' : 'Sagsnr.'}</dt>
                  <dd>
                    {item.caseNumbers.map((caseNumber, index) => (
                      <span key={caseNumber}>
                        {index > 0 && ', '}
                        <a href={caseHref(caseNumber)} title="Alle punkter i sagen">
                          {caseNumber}
                        </a>
                      </span>
                    ))}
                  </dd>
                </>
              )}
              {item.journalNumber && (
                <>
                  <dt>
                    <abbr title="Journalnummer">J.nr.</abbr>
                  </dt>
                  <dd>{item.journalNumber}</dd>
                </>
              )}
              {item.kleGroup && (
                <>
                  <dt>KLE</dt>
                  <dd>
                    {item.kleTitle ? (
                      `${item.kleGroup} ${item.kleTitle}`
                    ) : (
                      <a href={`/sog?kle=${encodeURIComponent(item.kleGroup)}`} title="KL's emnesystematik: alle punkter i gruppen">
                        {kleLabel(item.kleGroup)}
                      </a>
                    )}
                  </dd>
                </>
              )}
              {item.documentNumber && (
                <>
                  <dt>Dok.nr.</dt>
                  <dd>{item.documentNumber}</dd>
                </>
              )}
              {item.caseType && (
                <>
                  <dt>Sagstype</dt>
                  <dd>{CASE_TYPE_LABELS[item.caseType]}</dd>
                </>
              )}
              {item.systems.length > 0 && (
                <>
                  <dt>Systemer</dt>
                  <dd>{item.systems.join(', ')}</dd>
                </>
              )}
              <SourceFact source={item.source} />
            </dl>
          </section>

          {item.amounts.length > 0 && (
            <section class="card item-aside__amounts" aria-labelledby="amounts-heading">
              <h2 id="amounts-heading">Beløb</h2>
              <ul class="amounts">
                {item.amounts.map((amount, index) => (
                  <li key={index} class={amount.isTotal ? 'is-total' : undefined}>
                    <p class="amounts__value">
                      <strong title={formatDkkExact(amount.value)}>{formatDkk(amount.value)}</strong>
                      <span class="muted">
                        {AMOUNT_CLASS_LABELS[amount.role] ?? amount.role}
                        {amount.isTotal ? ' · i alt' : ''} · {sectionLabel(amount.section)}
                      </span>
                    </p>
                    <blockquote class="amounts__sentence">{amount.sentence}</blockquote>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {item.topics.length > 0 && (
            <section class="card" aria-labelledby="topics-heading">
              <h2 id="topics-heading">Emner</h2>
              <ul class="topics">
                {item.topics.map((topic) => (
                  <li key={topic.id}>
                    <a href={`/sog?topic=${encodeURIComponent(topic.id)}`} class="topics__label">
                      {topic.label}
                    </a>
                    {topic.matches.length > 0 && (
                      <span class="topics__terms">
                        Fundet:{' '}
                        {[...new Map(topic.matches.map((m) => [m.term, m])).values()].map((match, index) => (
                          <span key={match.term}>
                            {index > 0 && ', '}
                            <q>{match.term}</q>
                            {match.count > 1 && <span class="muted"> ×{match.count}</span>}
                          </span>
                        ))}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <SimilarItems id={item.id} />
        </aside>
      </div>

      <nav class="item-pager" aria-label="Andre punkter på mødet">
        {item.previous ? (
          <a href={itemHref(item.previous.id)} rel="prev" class="item-pager__link">
            <span class="item-pager__dir">‹ Forrige punkt</span>
            <span class="item-pager__title">
              {item.previous.number}. {item.previous.title}
            </span>
          </a>
        ) : (
          <span />
        )}
        <a href={meetingHref(meeting.id)} class="item-pager__meeting">
          Hele mødet
        </a>
        {item.next ? (
          <a href={itemHref(item.next.id)} rel="next" class="item-pager__link item-pager__link--next">
            <span class="item-pager__dir">Næste punkt ›</span>
            <span class="item-pager__title">
              {item.next.number}. {item.next.title}
            </span>
          </a>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
