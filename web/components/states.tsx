import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client.js';
import type { Recovery } from '../lib/bad-parameter.js';

/**
 * An API failure. A 503 means Elasticsearch is down, which deserves its own words; a retry is offered only where
 * trying again can help (never for a request the API rejected). `recover` explains a rejected URL parameter and
 * links to the page without it.
 */
export function ErrorState({
  error,
  onRetry,
  what = 'data',
  recover,
}: {
  error: ApiError;
  onRetry?: () => void;
  what?: string;
  recover?: Recovery | null;
}) {
  const title = error.unavailable
    ? 'Elasticsearch svarer ikke'
    : error.status === 404
      ? 'Ikke fundet'
      : error.status === 0
        ? 'Ingen forbindelse til serveren'
        : error.status === 400
          ? 'Adressen kan ikke bruges'
          : `Kunne ikke hente ${what}`;
  const retryable = error.unavailable || error.status === 0 || error.status >= 500;
  return (
    <div class="state state--error" role="alert">
      <h2>{title}</h2>
      <p>
        {error.unavailable
          ? 'Søgemaskinen bag Referat Radar er ikke tilgængelig lige nu. Vent et øjeblik og prøv igen.'
          : (recover?.message ?? error.message)}
      </p>
      {recover && (
        <p>
          <a href={recover.href} class="button button--secondary">
            {recover.label}
          </a>
        </p>
      )}
      {error.status === 404 && (
        <p>
          <a href="/sog">Gå til søgningen</a>
        </p>
      )}
      {onRetry && retryable && (
        <button type="button" class="button" onClick={onRetry}>
          Prøv igen
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** A thin progress bar; render it only when a request has taken longer than SLOW_MS. */
export function LoadingBar({ label = 'Henter…' }: { label?: string }) {
  return (
    <div class="loading-bar" role="progressbar" aria-label={label}>
      <span class="visually-hidden">{label}</span>
    </div>
  );
}

export function Skeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} class="skeleton" style={{ height: '1rem', width: `${90 - i * 15}%`, marginBottom: '0.6rem' }} />
      ))}
    </div>
  );
}
