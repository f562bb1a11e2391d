import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client.js';

/** An API failure, with a retry button. A 503 means Elasticsearch is down, which deserves its own words. */
export function ErrorState({ error, onRetry, what = 'data' }: { error: ApiError; onRetry?: () => void; what?: string }) {
  const title = error.unavailable
    ? 'Elasticsearch svarer ikke'
    : error.status === 404
      ? 'Ikke fundet'
      : error.status === 0
        ? 'Ingen forbindelse til serveren'
        : `Kunne ikke hente ${what}`;
  return (
    <div class="state state--error" role="alert">
      <h2>{title}</h2>
      <p>
        {error.unavailable
          ? 'Søgemaskinen bag Referat Radar er ikke tilgængelig lige nu. Vent et øjeblik og prøv igen.'
          : error.message}
      </p>
      {error.status === 404 && (
        <p>
          <a href="/sog">Gå til søgningen</a>
        </p>
      )}
      {onRetry && error.status !== 404 && (
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
