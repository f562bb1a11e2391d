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
  for (const file of failed) lines.push(`  ✗ ${file.file}: ${file.error}`);
  for (const failure of summary.failures) lines.push(`  ✗ ${failure.file} (${failure.id}): ${failure.reason}`);
  return lines.join('\n');
}
