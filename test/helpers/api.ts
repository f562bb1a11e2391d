/**
 * The set-up the API tests share: the demo corpus indexed into the test file's own indices before its tests
 * and removed after them, and the app over those indices with a silent logger.
 */
import pino from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ApiDeps } from '../../api/deps.js';
import { DEMO_CORPUS_ITEMS, indexDemoCorpus } from './corpus.js';
import { removeTestIndices, testClient, uniqueIndexNames } from './es.js';

/**
 * The API's dependencies for one test file (`import.meta.filename`): a client for the test cluster and unique
 * indices, which a beforeAll hook fills with the demo corpus and an afterAll hook removes (closing the client).
 * Call it at the top of the file, so the hooks frame every test in it.
 */
export function useIndexedCorpus(testFile: string): ApiDeps {
  const names = uniqueIndexNames(testFile);
  const client = testClient();
  beforeAll(async () => {
    const summary = await indexDemoCorpus(names);
    expect(summary.items).toBe(DEMO_CORPUS_ITEMS);
  });
  afterAll(async () => {
    await removeTestIndices(names);
    await client.close();
  });
  return { client, names, logger: pino({ level: 'silent' }) };
}

/** An app (or a sub-app) that answers requests in-process. */
export interface Requestable {
  request(url: string): Response | Promise<Response>;
}

/** The response body of a GET that must answer 200 (the body is the assertion message otherwise). */
export async function getJson<T>(app: Requestable, url: string): Promise<T> {
  const response = await app.request(url);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
}

/** useIndexedCorpus, plus the app over those indices and `get` for its JSON answers. */
export function useCorpusApi(testFile: string) {
  const deps = useIndexedCorpus(testFile);
  const app = createApp(deps);
  return { ...deps, deps, app, get: <T>(url: string) => getJson<T>(app, url) };
}
