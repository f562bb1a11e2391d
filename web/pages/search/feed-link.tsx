/** "Abonnér": the search's Atom feed, to paste into a feed reader or mail client, so new items arrive by themselves. */
export function FeedLink({ href }: { href: string }) {
  const absolute = `${location.origin}${href}`;
  return (
    <details class="feed-link">
      <summary class="button button--secondary button--small">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <circle cx="3.5" cy="12.5" r="1.5" fill="currentColor" />
          <path d="M2 7a7 7 0 0 1 7 7M2 2.5A11.5 11.5 0 0 1 13.5 14" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
        Abonnér
      </summary>
      <div class="feed-link__panel">
        <p>Følg søgningen i en feedlæser: nye punkter, der matcher den, dukker op af sig selv.</p>
        <label for="feed-url" class="field-label">
          Feedens adresse (Atom)
        </label>
        <input id="feed-url" class="input" type="text" readOnly value={absolute} onFocus={(event) => (event.currentTarget as HTMLInputElement).select()} />
        <p>
          <a href={href} type="application/atom+xml">
            Åbn feeden
          </a>
        </p>
      </div>
    </details>
  );
}
