/**
 * Issue 12's pathological load: 16 clients sending `q=a* b* c* …` (64 one-letter prefixes, the most a query
 * keeps) while a few clients send the ordinary search mix; first the ordinary mix alone for the same time,
 * as the baseline. Bounded in time, loopback only (bench/load.ts).
 */
import { replay, type Request, type Sample } from './load.js';
import { summarize, type LatencySummary } from './stats.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';
export const PATHOLOGICAL_QUERY = Array.from({ length: 64 }, (_, index) => `${LETTERS[index % LETTERS.length]}*`).join(' ');
export const PATHOLOGICAL_CLIENTS = 16;
export const ORDINARY_CLIENTS = 2;

export interface PathologicalLoadReport {
  durationMs: number;
  /** The ordinary mix alone, then beside the pathological clients. */
  ordinaryAlone: LatencySummary;
  ordinaryUnderLoad: LatencySummary;
  ordinaryErrors: number;
  pathological: { requests: number; ok: number; busy: number; otherErrors: number; latency: LatencySummary };
}

const okLatencies = (samples: Sample[]) => summarize(samples.filter((sample) => sample.status === 200).map((sample) => sample.ms));

export async function pathologicalLoad(baseUrl: string, ordinary: readonly Request[], durationMs: number): Promise<PathologicalLoadReport> {
  const rounds = 10_000;
  const alone = await replay(baseUrl, ordinary, { concurrency: ORDINARY_CLIENTS, rounds, maxMs: durationMs });
  const attack: Request[] = [{ kind: 'pathological', path: `/api/search?q=${encodeURIComponent(PATHOLOGICAL_QUERY)}` }];
  const [underLoad, attackRun] = await Promise.all([
    replay(baseUrl, ordinary, { concurrency: ORDINARY_CLIENTS, rounds, maxMs: durationMs }),
    replay(baseUrl, attack, { concurrency: PATHOLOGICAL_CLIENTS, rounds, maxMs: durationMs }),
  ]);
  const statuses = attackRun.samples.map((sample) => sample.status);
  return {
    durationMs,
    ordinaryAlone: okLatencies(alone.samples),
    ordinaryUnderLoad: okLatencies(underLoad.samples),
    ordinaryErrors: [...alone.samples, ...underLoad.samples].filter((sample) => sample.status !== 200).length,
    pathological: {
      requests: statuses.length,
      ok: statuses.filter((status) => status === 200).length,
      busy: statuses.filter((status) => status === 503).length,
      otherErrors: statuses.filter((status) => status !== 200 && status !== 503).length,
      latency: okLatencies(attackRun.samples),
    },
  };
}
