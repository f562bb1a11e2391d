import type { SearchHit } from '../../../api/contract.js';
import { ItemBadges } from '../../components/badges.js';
import { TopicChips } from '../../components/topic-chips.js';
import { formatDate, sectionLabel } from '../../format.js';
import { itemHref } from '../../lib/url.js';

const MAX_SNIPPETS = 2;

export function ResultList({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol class="results" start={start}>
      {hits.map((hit) => (
        <Result key={hit.id} hit={hit} />
      ))}
    </ol>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  const snippets = hit.snippets.filter((s) => s.section !== 'title').slice(0, MAX_SNIPPETS);
  return (
    <li class="result">
      <h3 class="result__title">
        {/* titleHtml: <mark> around matches, everything else escaped by the API. */}
        {hit.titleHtml ? (
          <a href={itemHref(hit.id)} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
        ) : (
          <a href={itemHref(hit.id)}>{hit.title || `Punkt ${hit.number}`}</a>
        )}
      </h3>
      <p class="result__meta">
        {hit.meeting.municipality && <span>{hit.meeting.municipality}</span>}
        {hit.meeting.body && <span>{hit.meeting.body}</span>}
        <time dateTime={hit.meeting.date ?? undefined}>{formatDate(hit.meeting.date)}</time>
        <span>Punkt {hit.number}</span>
      </p>
      {(hit.decisionOutcome || hit.primaryAmount !== null || hit.closed || hit.topics.length > 0) && (
        <div class="tags result__tags">
          <ItemBadges item={hit} />
          <TopicChips topics={hit.topics} max={3} />
        </div>
      )}
      {snippets.map((snippet, index) => (
        <p class="snippet" key={index}>
          <span class="snippet__section">{sectionLabel(snippet.section)}</span>
          {/* Snippet HTML: <mark> only, escaped by the API. */}
          <span class="snippet__text" dangerouslySetInnerHTML={{ __html: snippet.html }} />
        </p>
      ))}
    </li>
  );
}
