import { SingleBar } from 'cli-progress';
import type { IngestProgress, IngestSummary } from './pipeline.js';

const MB = 1024 * 1024;

export function megabytesPerSecond(bytes: number, elapsedMs: number): string {
  return elapsedMs > 0 ? ((bytes / MB) / (elapsedMs / 1000)).toFixed(2) : '0.00';
}

/** A terminal progress bar over files, with items and MB/s; silent when stdout is not a terminal. */
export function progressBar() {
  const bar = new SingleBar({
    format: 'Indekserer |{bar}| {value}/{total} filer · {items} punkter · {mbps} MB/s · {file}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    noTTYOutput: false,
    etaBuffer: 20,
  });
  let started = false;
  return {
    update(progress: IngestProgress) {
      const payload = {
        items: progress.items,
        mbps: megabytesPerSecond(progress.bytes, progress.elapsedMs),
        file: progress.currentFile.split('/').pop(),
      };
      if (!started) {
        bar.start(progress.filesTotal, 0, payload);
        started = true;
      }
      bar.update(progress.filesDone, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function formatSummary(summary: IngestSummary): string {
  const failed = summary.files.filter((file) => file.status === 'failed');
  const lines = [
    `Færdig: ${summary.files.length - failed.length} af ${summary.files.length} filer indekseret, ${summary.meetings} møder, ${summary.items} punkter, ` +
      `${(summary.bytes / MB).toFixed(2)} MB på ${(summary.elapsedMs / 1000).toFixed(1)} s (${megabytesPerSecond(summary.bytes, summary.elapsedMs)} MB/s).`,
  ];
  const unknown = summary.files.filter((file) => file.layout === 'unknown');
  if (unknown.length) lines.push(`Ukendt layout (indekseret som ét punkt): ${unknown.map((file) => file.file).join(', ')}`);
  const weak = summary.files.filter((file) => file.status === 'indexed' && file.confidence && file.confidence.level !== 'høj');
  if (weak.length) lines.push(`Læst med usikker struktur (kontrollér dem): ${weak.length} filer`);
  for (const file of weak) lines.push(`  ? ${file.file}: ${file.confidence!.level} sikkerhed (${file.confidence!.score.toFixed(2)}): ${file.confidence!.reasons.join('; ')}`);
  if (summary.closedTextDropped > 0) lines.push(`Lukkede punkter: teksten er udeladt for ${summary.closedTextDropped} (kun nummer, titel og sagsnumre indekseres).`);
  if (summary.removed.items + summary.removed.meetings > 0) {
    lines.push(`Fjernet: ${summary.removed.items} punkter og ${summary.removed.meetings} møder, som filerne ikke længere indeholder.`);
  }
  for (const loop of summary.symlinkLoops) lines.push(`  ↻ ${loop}: ELOOP: symlink-løkke, filerne bag den er kun læst én gang`);
  for (const file of summary.files) for (const note of file.notes ?? []) lines.push(`  ! ${file.file}: ${note}`);
  for (const item of summary.truncated) lines.push(`  ✂ ${item.file} (${item.id}): afkortet, ${(item.bytesDropped / MB).toFixed(2)} MB tekst udeladt`);
  for (const file of failed) lines.push(`  ✗ ${file.file}: ${file.error}`);
  for (const failure of summary.failures) lines.push(`  ✗ ${failure.file} (${failure.id}): ${failure.reason}`);
  return lines.join('\n');
}

/** The ingest command's exit code: 1 when a file or a document failed, or nothing was indexed. */
export function exitCodeOf(summary: IngestSummary): 0 | 1 {
  const anyFailed = summary.files.some((file) => file.status === 'failed') || summary.failures.length > 0;
  return anyFailed || summary.items === 0 ? 1 : 0;
}
