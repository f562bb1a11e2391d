/**
 * When to try a portal request again: 429 and 5xx answers, timeouts and dropped connections are retried
 * with exponential backoff (p-retry); a Retry-After header is waited out first. Everything else fails at once.
 */
import pRetry from 'p-retry';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Backoff before the first retry; doubled for each further one. */
  minDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
  wait: (ms: number) => Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  minDelayMs: 2_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 5 * 60_000,
  wait: sleep,
};

/** A request that failed; `reason` is short and user-facing ("HTTP 500", "timeout after 30 s"). */
export class RequestFailure extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly transient: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'RequestFailure';
  }
}

/** Retry-After as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function withRetry<T>(attempt: () => Promise<T>, policy: RetryPolicy, signal?: AbortSignal): Promise<T> {
  return pRetry(attempt, {
    retries: policy.retries,
    minTimeout: policy.minDelayMs,
    maxTimeout: policy.maxDelayMs,
    factor: 2,
    randomize: false,
    signal,
    shouldRetry: ({ error }) => error instanceof RequestFailure && error.transient,
    onFailedAttempt: async ({ error, retriesLeft }) => {
      if (retriesLeft > 0 && error instanceof RequestFailure && error.transient && error.retryAfterMs) await policy.wait(error.retryAfterMs);
    },
  });
}
