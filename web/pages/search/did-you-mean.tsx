import type { QuerySuggestion } from '../../../api/contract.js';
import { plural } from '../../format.js';

/** "Mente du digitalisering? (13 punkter)": a corrected query as a link to its search. */
export function DidYouMean({ suggestion, href }: { suggestion: QuerySuggestion; href: string }) {
  return (
    <p class="did-you-mean">
      Mente du{' '}
      <a href={href}>
        <strong>{suggestion.text}</strong>
      </a>
      ? <span class="muted">({plural(suggestion.hits, 'punkt', 'punkter')})</span>
    </p>
  );
}
