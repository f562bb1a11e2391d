import type { HitsOverTime, HitsOverTimeBucket } from '../../../api/contract.js';
import { formatCount, formatMonth, plural } from '../../format.js';

/** "2020" or "juni 2020". */
function periodLabel(bucket: HitsOverTimeBucket, interval: HitsOverTime['interval']): string {
  return interval === 'year' ? bucket.label : formatMonth(bucket.dateFrom);
}

/**
 * Matching items per period as bars; each bar is a link that narrows the search to its period (keyboard:
 * Tab to a bar, Enter). The bars of the chosen period stand out.
 */
export function HitsOverTimeChart({
  histogram,
  hrefFor,
  selected,
  resetHref,
  approximate,
}: {
  histogram: HitsOverTime;
  /** The counts are estimates from a sample ("ca."). */
  approximate: boolean;
  hrefFor: (bucket: HitsOverTimeBucket) => string;
  /** The date filters in force: their bars are marked. */
  selected: { dateFrom: string | null; dateTo: string | null };
  /** A link that removes the date filters, when there are any. */
  resetHref: string | null;
}) {
  const { buckets, interval } = histogram;
  if (buckets.length === 0) return null;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const isSelected = (bucket: HitsOverTimeBucket) =>
    Boolean(selected.dateFrom || selected.dateTo) &&
    (!selected.dateFrom || bucket.dateTo >= selected.dateFrom) &&
    (!selected.dateTo || bucket.dateFrom <= selected.dateTo);
  const labelEvery = Math.ceil(buckets.length / 12);
  return (
    <section class="hits-over-time" aria-labelledby="hits-over-time-heading">
      <div class="hits-over-time__header">
        <h3 id="hits-over-time-heading">
          Punkter over tid, pr. {interval === 'year' ? 'år' : 'måned'}
          {approximate ? ' (skønnet ud fra en stikprøve)' : ''}
        </h3>
        {resetHref && <a href={resetHref}>Vis hele perioden</a>}
      </div>
      <p class="visually-hidden">Vælg en søjle for kun at se punkterne fra den periode.</p>
      <ol class="hits-over-time__bars">
        {buckets.map((bucket, index) => {
          const period = periodLabel(bucket, interval);
          const name = `${period}: ${approximate ? `${formatCount(bucket.count, true)} punkter` : plural(bucket.count, 'punkt', 'punkter')}`;
          return (
            <li key={bucket.dateFrom} class={`hits-over-time__bar${isSelected(bucket) ? ' is-selected' : ''}`}>
              <a href={hrefFor(bucket)} aria-label={name} title={name}>
                <span class="hits-over-time__count" aria-hidden="true">
                  {bucket.count > 0 ? formatCount(bucket.count, approximate) : ''}
                </span>
                <span class="hits-over-time__fill" style={{ height: `${(bucket.count / max) * 100}%` }} aria-hidden="true" />
                <span class="hits-over-time__label" aria-hidden="true">
                  {index % labelEvery === 0 ? (interval === 'year' ? period : period.slice(0, 3)) : ''}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
