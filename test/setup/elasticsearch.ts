/**
 * vitest global setup: one real Elasticsearch for the integration tests. ES_URL set: that cluster;
 * otherwise the managed node "test" (own port and data folder, beside npm start's "default" node).
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../scripts/config.js';
import { connect } from '../../scripts/elasticsearch/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    esUrl: string;
  }
}

export default async function setup(project: TestProject) {
  try {
    const config = loadConfig();
    const connection = await connect(config, { nodeName: 'test', preferredPort: 9250, heap: '1g' });
    project.provide('esUrl', connection.url);
    return async () => {
      await connection.client.close();
      await connection.managed?.release();
    };
  } catch (error) {
    // One line, no stack trace: the usual causes (no JDK, ES_URL closed) are the user's to fix.
    console.error(`\nError: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
