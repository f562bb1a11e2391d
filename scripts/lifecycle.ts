import type { ManagedNode } from './elasticsearch/node.js';

/**
 * Releases the managed node when the process ends (Ctrl-C, SIGTERM, or a normal exit); the last process
 * using a node stops it. `beforeStop` runs first (e.g. closing the HTTP server).
 */
export function stopNodeOnExit(node: ManagedNode | null, beforeStop: () => Promise<void> | void = () => {}): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      await beforeStop();
      await node?.release();
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => {
    if (!stopping) node?.releaseSync();
  });
  return shutdown;
}
