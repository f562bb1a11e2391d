import { SingleBar } from 'cli-progress';
import type { HarvestProgress, HarvestSummary } from './harvest.js';

/** A terminal progress bar over one portal's meetings. */
export function harvestProgressBar(portal: string) {
  const bar = new SingleBar({
    format: 'Høster |{bar}| {value}/{total} møder · {fetched} hentet · {unchanged} uændrede · {failed} fejl · {portal}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    noTTYOutput: false,
  });
  const counts = { fetched: 0, unchanged: 0, failed: 0, portal };
  let started = false;
  return {
    start(total: number) {
      bar.start(total, 0, counts);
      started = true;
    },
    update({ done, outcome }: HarvestProgress) {
      if (outcome === 'new' || outcome === 'changed') counts.fetched += 1;
      else counts[outcome] += 1;
      bar.update(done, counts);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** "HTTP 500 ×2, ugyldig JSON ×1" */
function failuresByReason(summary: HarvestSummary): string {
  const counts = new Map<string, number>();
  for (const { reason } of summary.failures) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `${reason} ×${count}`).join(', ');
}

export function formatHarvestSummary(summary: HarvestSummary): string {
  const fetched = summary.new + summary.changed;
  const lines = [
    `${summary.portal}: ${summary.listed} møder · ${fetched} hentet (${summary.new} nye, ${summary.changed} ændrede) · ` +
      `${summary.unchanged} uændrede · ${summary.failures.length} fejlede${summary.failures.length ? ` (${failuresByReason(summary)})` : ''}`,
  ];
  for (const { meeting, reason } of summary.failures) lines.push(`  ✗ ${meeting.date} ${meeting.committee} (${meeting.id}): ${reason}`);
  if (summary.wouldFetch.length) {
    lines.push(`Tørkørsel: ville hente ${summary.wouldFetch.length} dagsordener:`);
    for (const meeting of summary.wouldFetch) lines.push(`  ${meeting.date} ${meeting.committee} (${meeting.id})`);
  }
  if (summary.interrupted) lines.push('Afbrudt: kør kommandoen igen for at fortsætte; det hentede er gemt.');
  lines.push(`Arkiv: ${summary.archive.dir}`);
  return lines.join('\n');
}
