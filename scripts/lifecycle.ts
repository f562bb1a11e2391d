import type { ManagedNode } from './elasticsearch/node.js';

/**
 * Stops an owned managed node when the process ends: Ctrl-C, SIGTERM, or a normal exit. `beforeStop`
 * runs first (e.g. closing the HTTP server).
 */
export function stopNodeOnExit(node: ManagedNode | null, beforeStop: () => Promise<void> | void = () => {}): () => Promise<void> {
  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      await beforeStop();
      if (node?.owned) {
        console.log('Stopping Elasticsearch…');
        await node.stop();
      }
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(130));
    });
  }
  process.once('exit', () => {
    if (node?.owned && !stopping) {
      try {
        process.kill(-node.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  });
  return shutdown;
}
