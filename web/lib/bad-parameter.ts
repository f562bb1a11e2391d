import type { ApiError } from '../api/client.js';
import { FILTER_LABELS } from './filters.js';
import { href } from './url.js';

/** A plain-Danish explanation of a rejected URL parameter, and a link to the same page without it. */
export interface Recovery {
  message: string;
  href: string;
  label: string;
}

const PARAMETER_LABELS: Record<string, string> = {
  ...FILTER_LABELS,
  q: 'Søgning',
  sort: 'Sortering',
  page: 'Side',
  size: 'Antal pr. side',
  term: 'Søgeord',
  interval: 'Interval',
  metric: 'Mål',
  normalize: 'Normalisering',
  countPer: 'Tæl beløb',
  breakdown: 'Opdel på',
  top: 'Antal serier',
  series: 'Serie',
  bucket: 'Periode',
};

/**
 * For a 400 that names its parameter: what is wrong, in words a user reads, and the way back (the page's URL
 * without the bad value; without the whole parameter when the API did not name the value).
 */
export function badParameterRecovery(error: ApiError, params: URLSearchParams, path: string): Recovery | null {
  if (error.status !== 400 || !error.parameter) return null;
  const name = error.parameter;
  const values = params.getAll(name);
  const named = /"([^"]+)"/.exec(error.message.replace(/^Ugyldig parameter "[^"]+"/, ''))?.[1];
  // The value the API named, when the URL has it: only that value goes; otherwise the parameter does.
  const rejected = named && values.includes(named) ? named : null;
  const bad = rejected ?? (values.length === 1 ? values[0] : null);
  const next = new URLSearchParams(params);
  next.delete(name);
  if (rejected) for (const value of values) if (value !== rejected) next.append(name, value);
  const label = PARAMETER_LABELS[name] ?? name;
  const message =
    name === 'topic' && bad
      ? `Emnet »${bad}« findes ikke. Det kan være omdøbt eller fjernet.`
      : bad
        ? `»${bad}« er ikke en gyldig værdi for ${label.toLowerCase()}.`
        : `Adressen har en ugyldig værdi for ${label.toLowerCase()}.`;
  return { message, href: href(path, next), label: bad ? `Fortsæt uden »${bad}«` : `Fortsæt uden ${label.toLowerCase()}` };
}
