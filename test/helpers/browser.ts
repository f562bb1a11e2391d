/**
 * The set-up the browser tests share: the demo corpus in the test file's own indices (useIndexedCorpus), the
 * API and the built bundle served in-process on a free port, Debian's chromium via playwright-core, and a record
 * of every Content Security Policy violation any page of the context reports.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ApiDeps } from '../../api/deps.js';
import { REPO_ROOT } from '../../scripts/config.js';
import { anyFreePort } from '../../scripts/ports.js';
import { ensureWebBuild, WEB_DIST } from '../../scripts/web-build.js';
import { useIndexedCorpus } from './api.js';

export const SCREENSHOTS = join(REPO_ROOT, 'test-artifacts', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'da-DK', reducedMotion: 'reduce' };
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, locale: 'da-DK', reducedMotion: 'reduce', isMobile: true };

export interface BrowserUi {
  base: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** CSP violations reported by any page of `context`, as events or console errors. */
  cspViolations: string[];
}

/** `options`: API dependencies beside the test indices (e.g. facet sampling). */
export function useBrowserUi(testFile: string, options: Partial<ApiDeps> = {}): BrowserUi {
  const deps = { ...useIndexedCorpus(testFile), ...options };
  const ui = { cspViolations: [] as string[] } as BrowserUi;
  let server: ServerType | undefined;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    ensureWebBuild();
    // After ensureWebBuild: the app serves the bundle only if it is there when the app is made.
    const app = createApp({ ...deps, staticDir: WEB_DIST });
    const port = await anyFreePort();
    server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
    ui.base = `http://127.0.0.1:${port}`;
    ui.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    ui.context = await ui.browser.newContext(DESKTOP);
    await ui.context.exposeFunction('reportCspViolation', (violation: string) => ui.cspViolations.push(violation));
    await ui.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    ui.context.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) ui.cspViolations.push(message.text());
    });
    ui.page = await ui.context.newPage();
  });

  afterAll(async () => {
    await ui.browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  return ui;
}

export async function screenshot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(SCREENSHOTS, name), fullPage: true, animations: 'disabled' });
}

/** The chart on a canvas, once chart.js has drawn it (web/charts/render.ts stores it as canvas.__chart). */
export async function waitForChart(target: Page, selector = 'canvas'): Promise<void> {
  await target.waitForFunction((sel) => {
    const canvas = document.querySelector(sel) as (HTMLCanvasElement & { __chart?: unknown }) | null;
    return Boolean(canvas?.__chart);
  }, selector);
}

export function resultTitles(target: Page): Promise<string[]> {
  return target.locator('.result__title a').allTextContents();
}
