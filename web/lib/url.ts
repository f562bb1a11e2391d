import { useLocation } from 'preact-iso';
import { useMemo } from 'preact/hooks';

/** The current URL's query, repeated parameters included (preact-iso's `query` keeps only the last). */
export function useSearchParams(): URLSearchParams {
  const { url } = useLocation();
  return useMemo(() => new URL(url, location.origin).searchParams, [url]);
}

export function href(path: string, params?: URLSearchParams): string {
  const qs = params?.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A copy with `value` added to or removed from the multi-valued parameter `name`. */
export function toggleValue(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  const kept = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of kept) next.append(name, v);
  return next;
}

/** A copy with `name` set to `value` (deleted when value is null or ""). */
export function withValue(params: URLSearchParams, name: string, value: string | null | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === null || value === undefined || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}

/** A copy without the given parameters. */
export function without(params: URLSearchParams, ...names: string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of names) next.delete(name);
  return next;
}

export function itemHref(id: string): string {
  return `/punkt/${encodeURIComponent(id)}`;
}

export function meetingHref(id: string): string {
  return `/moede/${encodeURIComponent(id)}`;
}

export function caseHref(caseNumber: string): string {
  return `/sag/${encodeURIComponent(caseNumber)}`;
}
