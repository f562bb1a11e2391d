/** Starts bench/api-server.ts as a child process and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../scripts/config.js';

export interface ApiProcess {
  url: string;
  pid: number;
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

function once<T>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API process did not answer "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: { type?: string } & Record<string, unknown>) => {
      if (message?.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API process exited with code ${code}`));
    });
  });
}

export async function startApiProcess(esUrl: string, prefix: string): Promise<ApiProcess> {
  const child = fork(join(REPO_ROOT, 'bench', 'api-server.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_ES_URL: esUrl, BENCH_PREFIX: prefix, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { port } = await once<{ port: number }>(child, 'listening', 60_000);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    async memory() {
      const reply = once<{ usage: NodeJS.MemoryUsage }>(child, 'memory', 10_000);
      child.send({ type: 'memory' });
      return (await reply).usage;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGTERM'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
