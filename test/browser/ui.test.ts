/**
 * The web UI in a real browser (Debian's chromium via playwright-core) against the real server: the real
 * Elasticsearch node of the integration project, the demo corpus in this file's own indices, the API and the
 * built bundle served in-process. Full-page screenshots of every page go to test-artifacts/screenshots/;
 * with UPDATE_SCREENSHOTS=1, overview.png, search.png and trends.png are also copied to docs/screenshots/ for the README.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/config.js';
import { PHONE, resultTitles, SCREENSHOTS, screenshot, useBrowserUi, waitForChart } from '../helpers/browser.js';

const DOCS_SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');

const TEAMS_TITLE = 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams';
const OFFICE_TOPIC = 'office-samarbejde';

const ui = useBrowserUi(import.meta.filename);
const cspViolations = ui.cspViolations;
let base: string;
let browser: Browser;
let page: Page;

describe('the web UI in a real browser', () => {
  beforeAll(() => {
    ({ base, browser, page } = ui);
  });

  afterAll(() => {
    if (!process.env.UPDATE_SCREENSHOTS) return;
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    for (const name of ['overview.png', 'search.png', 'trends.png']) {
      try {
        copyFileSync(join(SCREENSHOTS, name), join(DOCS_SCREENSHOTS, name));
      } catch {
        // The test that takes it failed; its own failure says so.
      }
    }
  });

  it('searches as you type: "Teams" finds the Skype→Teams item with Teams highlighted', async () => {
    await page.goto(`${base}/sog`);
    await expect.poll(() => page.title()).toBe('Søg · Referat Radar');
    const box = page.getByRole('combobox', { name: 'Søg i referater' });
    await box.pressSequentially('Teams', { delay: 60 });

    const hit = page.locator('.result', { has: page.getByRole('link', { name: TEAMS_TITLE }) });
    await hit.waitFor();
    await expect(hit.locator('.result__title mark').first().textContent()).resolves.toBe('Teams');
    const meta = await hit.locator('.result__meta').textContent();
    expect(meta).toContain('Kalundborg');
    expect(meta).toContain('2. juni 2020');
    await expect(hit.locator('.badge--amount').textContent()).resolves.toBe('2,7 mio. kr.');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Teams');
    // Only the product: "team strategi" and "teams/afdelinger" are other words.
    await expect(page.locator('.results-summary').textContent()).resolves.toMatch(/^1 punkt \(\d+ ms\)$/);
    await page.waitForFunction(() => document.title === 'Søg: Teams · Referat Radar');

    // The suggestions are an accessible combobox: a listbox, arrow keys, Escape closes it.
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await box.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');

    await screenshot(page, 'search.png');
  });

  it('shows a loading bar only for a slow request, and a slow old answer never replaces a newer one', async () => {
    // "pulje" has many hits, so the summary and list show which answer won.
    const expected = (await (await fetch(`${base}/api/search?q=pulje`)).json()) as { total: number; hits: { title: string }[] };
    const isSlowSkype = (url: URL) => url.pathname === '/api/search' && url.searchParams.get('q') === 'Skype';
    await page.route(isSlowSkype, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue().catch(() => {}); // The page has usually cancelled it by now.
    });
    try {
      await page.goto(`${base}/sog`);
      await page.locator('.results-summary strong').waitFor();
      await expect(page.locator('.loading-bar').count()).resolves.toBe(0);

      const box = page.getByRole('combobox', { name: 'Søg i referater' });
      await box.fill('Skype');
      await page.locator('.loading-bar').waitFor(); // Skype is slow: after 300 ms the bar shows.
      await box.fill('pulje');
      await expect.poll(() => resultTitles(page)).toEqual(expected.hits.map((hit) => hit.title));
      await page.waitForTimeout(2_500); // Long enough for the Skype answer to have come back, had it not been cancelled.
      await expect(resultTitles(page)).resolves.toEqual(expected.hits.map((hit) => hit.title));
      await expect(page.locator('.results-summary strong').textContent()).resolves.toBe(`${expected.total} punkter`);
      await expect(page.locator('.loading-bar').count()).resolves.toBe(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe('pulje');
    } finally {
      await page.unroute(isSlowSkype);
    }
  });

  it('narrows by a municipality facet, keeps it in the URL, restores it on reload and goes back', async () => {
    // Skype: the Teams item in Kalundborg and the Office items in Høje-Taastrup.
    await page.goto(`${base}/sog?q=Skype`);
    await page.locator('.result__title a').first().waitFor();
    const before = await resultTitles(page);
    expect(before).toContain(TEAMS_TITLE);

    const facet = page.getByRole('group', { name: 'Kommune' }).getByRole('checkbox', { name: /Høje-Taastrup/ });
    await facet.check();
    await page.waitForURL((url) => url.searchParams.getAll('municipality').includes('Høje-Taastrup'));
    await expect.poll(() => resultTitles(page)).not.toContain(TEAMS_TITLE);
    const narrowed = await resultTitles(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(before.length);
    await page.getByRole('button', { name: 'Fjern filter Kommune: Høje-Taastrup' }).waitFor();

    const url = page.url();
    await page.reload();
    await page.locator('.result__title a').first().waitFor();
    expect(page.url()).toBe(url);
    await expect.poll(() => resultTitles(page)).toEqual(narrowed);
    await expect(page.getByRole('group', { name: 'Kommune' }).getByRole('checkbox', { name: /Høje-Taastrup/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Søg i referater' }).inputValue()).resolves.toBe('Skype');

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('municipality'));
    await expect.poll(() => resultTitles(page)).toEqual(before);
  });

  it('draws the office-and-collaboration trend per year, as a chart and a table, and drills down on click', async () => {
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&interval=year`);
    await waitForChart(page, '.trends-chart canvas');
    await expect(page.getByRole('checkbox', { name: /Office og samarbejdsværktøjer/ }).isChecked()).resolves.toBe(true);
    const rows = page.locator('.trends-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await expect(page.locator('.trends-table thead').textContent()).resolves.toContain('Office og samarbejdsværktøjer');
    await screenshot(page, 'trends.png');

    // The point for 2020 (the Teams item's year), where chart.js drew it.
    const target = await page.evaluate(() => {
      const canvas = document.querySelector('.trends-chart canvas') as HTMLCanvasElement & {
        __chart: { data: { labels: string[]; datasets: { data: number[] }[] }; getDatasetMeta(i: number): { data: { x: number; y: number }[] } };
      };
      const chart = canvas.__chart;
      const index = chart.data.labels.indexOf('2020');
      const point = chart.getDatasetMeta(0).data[index];
      const box = canvas.getBoundingClientRect();
      return { index, value: chart.data.datasets[0].data[index], x: box.left + point.x, y: box.top + point.y };
    });
    expect(target.index).toBeGreaterThanOrEqual(0);
    expect(target.value).toBeGreaterThan(0);
    await page.mouse.move(target.x, target.y);
    await page.mouse.click(target.x, target.y);

    await page.waitForURL((url) => url.pathname === '/sog');
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('topic')).toEqual([OFFICE_TOPIC]);
    expect(params.get('dateFrom')).toBe('2020-01-01');
    expect(params.get('dateTo')).toBe('2020-12-31');
    await expect.poll(() => resultTitles(page)).toContain(TEAMS_TITLE);
    await expect(page.locator('.results-summary').textContent()).resolves.toMatch(new RegExp(`^${target.value} punkt`));
    await expect(page.getByRole('group', { name: 'Emne' }).getByRole('checkbox', { name: /Office og samarbejdsværktøjer/ }).isChecked()).resolves.toBe(
      true,
    );
  });

  it('shows an item with its decision and amounts, and links to its case and meeting', async () => {
    await page.goto(`${base}/sog?q=Teams`);
    await page.getByRole('link', { name: TEAMS_TITLE }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/punkt/'));
    await page.getByRole('heading', { level: 1, name: TEAMS_TITLE }).waitFor();
    await page.waitForFunction((title) => document.title === `${title} · Referat Radar`, TEAMS_TITLE);

    const decision = page.locator('.decision-panel');
    await decision.getByRole('heading', { name: 'Beslutning' }).waitFor();
    await expect(decision.textContent()).resolves.toContain('Anbefales');
    await page.locator('.amounts').getByText('2,7 mio. kr.', { exact: true }).first().waitFor();
    for (const heading of ['Resumé', 'Indstilling', 'Sagsfremstilling', 'Økonomi', 'Behandling', 'Bilag']) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    await expect(page.locator('.facts').textContent()).resolves.toContain('J.nr.');
    await screenshot(page, 'item.png');

    await page.locator('.facts a[href^="/sag/"]').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/sag/'));
    await page.getByRole('link', { name: TEAMS_TITLE }).waitFor();
    await expect(page.locator('.timeline__decision').first().textContent()).resolves.toContain('Beslutning');
    await screenshot(page, 'case.png');

    await page.goBack();
    await page.locator('.item-pager__meeting').click();
    await page.waitForURL((url) => url.pathname.startsWith('/moede/'));
    await page.getByRole('heading', { level: 1, name: 'Direktionen, 2. juni 2020' }).waitFor();
    await expect(page.locator('.agenda__item').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('.agenda__item.is-closed').first().textContent()).resolves.toContain('Lukket');
    await screenshot(page, 'meeting.png');
  });

  it('offers "Mente du" for a misspelling, filters by a picked system, and links an item to its source and similar items', async () => {
    const corrected = (await (await fetch(`${base}/api/search?q=digitalisering`)).json()) as { total: number };
    await page.goto(`${base}/sog?q=digitalisring`);
    const didYouMean = page.locator('.did-you-mean');
    await expect.poll(() => didYouMean.textContent()).toBe(`Mente du digitalisering? (${corrected.total} punkter)`);
    await didYouMean.getByRole('link', { name: 'digitalisering' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'digitalisering');
    await expect.poll(() => page.locator('.results-summary strong').textContent()).toBe(`${corrected.total} punkter`);

    // Picking "Teams · System" filters by the system instead of searching the word.
    await page.goto(`${base}/sog`);
    const box = page.getByRole('combobox', { name: 'Søg i referater' });
    await box.pressSequentially('tea', { delay: 60 });
    await page.getByRole('option', { name: 'Teams System' }).click();
    await page.waitForURL((url) => url.searchParams.get('system') === 'Teams' && !url.searchParams.has('q'));
    await expect.poll(() => resultTitles(page)).toEqual([TEAMS_TITLE]);

    await page.getByRole('link', { name: TEAMS_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TEAMS_TITLE }).waitFor();
    const source = page.locator('.facts').getByRole('link', { name: 'Det originale referat (åbner i en ny fane)' });
    await expect(source.getAttribute('href')).resolves.toBe('/api/sources/kalundborg-2020-06-02-direktionen');
    const file = await fetch(`${base}/api/sources/kalundborg-2020-06-02-direktionen`);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain('Punkt 5: Ansøgning til effektiviseringspuljen');

    const similar = page.locator('.similar-items');
    await similar.getByRole('heading', { name: 'Lignende punkter i andre kommuner' }).waitFor();
    await similar.locator('li').first().waitFor();
    const places = await similar.locator('li .muted').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((place) => place.includes('Kalundborg'))).toEqual([]);
    await screenshot(page, 'item-source-similar.png');
  });

  it('reaches a result link with the keyboard alone, from the start of the page', async () => {
    await page.goto(`${base}/sog?q=Teams`);
    await page.locator('.result__title a').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Spring til indhold');

    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('.result__title')));
    }
    expect(reached).toBe(true);
    // The focused link is visibly outlined.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/punkt/'));
  });

  it('draws granted kroner with gaps and coverage, and lists the items behind a point with their sum', async () => {
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&metric=granted&interval=year`);
    await waitForChart(page, '.trends-chart canvas');
    const chart = await page.evaluate(() => {
      const canvas = document.querySelector('.trends-chart canvas')!;
      const drawn = (canvas as unknown as {
        __chart: { data: { labels: string[]; datasets: { label: string; data: (number | null)[]; spanGaps?: boolean }[] }; getDatasetMeta(i: number): { data: { x: number; y: number }[] } };
      }).__chart;
      const { labels, datasets } = drawn.data;
      const index = labels.indexOf('2016');
      const point = drawn.getDatasetMeta(0).data[index];
      const box = canvas.getBoundingClientRect();
      return { labels, datasets: datasets.map((d) => ({ label: d.label, data: d.data, spanGaps: d.spanGaps })), x: box.left + point.x, y: box.top + point.y };
    });
    const [office, meetings, municipalities] = chart.datasets;
    const at = (year: string) => chart.labels.indexOf(year);
    expect(office.spanGaps).toBe(false);
    expect([office.data[at('2016')], office.data[at('2017')], office.data[at('2020')]]).toEqual([3_500_000, null, 2_700_000]);
    expect([meetings.label, meetings.data[at('2016')], meetings.data[at('2017')]]).toEqual(['Møder', 1, 0]);
    expect(municipalities.label).toBe('Kommuner');
    await expect(page.locator('.spending-explanation summary').textContent()).resolves.toBe('Hvad tæller som kroner?');

    await page.mouse.move(chart.x, chart.y);
    await page.mouse.click(chart.x, chart.y);
    await page.waitForURL((url) => url.searchParams.get('bucket') === '2016-01-01' && url.searchParams.get('series') === `topic:${OFFICE_TOPIC}`);
    const panel = page.locator('.money-drilldown');
    await panel.getByRole('heading', { name: 'Punkterne bag 3,5 mio. kr.: Office og samarbejdsværktøjer, 2016' }).waitFor();
    await expect(panel.locator('.money-drilldown__value strong').allTextContents()).resolves.toEqual(['2,5 mio. kr.', '850.000 kr.', '150.000 kr.']);
    await expect(panel.locator('.money-drilldown__sum').textContent()).resolves.toBe('I alt: 3.500.000 kr., det samme som punktet i diagrammet.');
    await expect(page.locator('.spending-table tbody tr').last().textContent()).resolves.toContain('Alle punkter (hvert én gang)');
    await screenshot(page, 'trends-granted.png');

    // The overview's money chart draws its topics side by side, never stacked.
    await page.goto(`${base}/`);
    await waitForChart(page, '.overview-grid .trend-card:nth-child(1) canvas');
    const stacked = await page.evaluate(() => {
      const canvas = document.querySelector('.overview-grid .trend-card:nth-child(1) canvas') as unknown as { __chart: { options: { scales: { y: { stacked: boolean } } } } };
      return canvas.__chart.options.scales.y.stacked;
    });
    expect(stacked).toBe(false);
  });

  it('shows the overview with totals, both charts and the latest decisions', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.title()).toBe('Overblik · Referat Radar');
    await waitForChart(page, '.overview-grid .trend-card:nth-child(1) canvas');
    await waitForChart(page, '.overview-grid .trend-card:nth-child(2) canvas');
    const stats = await page.locator('.stat').allTextContents();
    expect(stats.join(' ')).toMatch(/Møder/);
    await expect(page.locator('.decision').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'overview.png');
  });

  it('says that Elasticsearch is down on a 503 and recovers on retry', async () => {
    const isSearch = (url: URL) => url.pathname === '/api/search';
    await page.route(isSearch, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { status: 503, message: 'Elasticsearch svarer ikke lige nu. Prøv igen om lidt.' } }),
      }),
    );
    await page.goto(`${base}/sog?q=Teams`);
    await page.getByRole('alert').getByRole('heading', { name: 'Elasticsearch svarer ikke' }).waitFor();
    await screenshot(page, 'search-error.png');
    await page.unroute(isSearch);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('link', { name: TEAMS_TITLE }).waitFor();
  });

  it('fits a 375 px wide phone without sideways scrolling', async () => {
    const phone = await browser.newContext({ ...PHONE, viewport: { width: 375, height: 740 } });
    const small = await phone.newPage();
    try {
      for (const [name, path] of [
        ['search-mobile.png', '/sog?q=Teams'],
        ['trends-mobile.png', `/tendenser?topic=${OFFICE_TOPIC}&interval=year`],
        ['overview-mobile.png', '/'],
      ] as const) {
        await small.goto(`${base}${path}`);
        await small.locator('h1').waitFor();
        if (path.startsWith('/sog')) await small.locator('.result__title a').first().waitFor();
        else await waitForChart(small);
        const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        await screenshot(small, name);
      }
    } finally {
      await phone.close();
    }
  });

  it('says so when Elasticsearch stopped a search at its time limit (partial results)', async () => {
    const isSearch = (url: URL) => url.pathname === '/api/search';
    await page.route(isSearch, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), partial: true } });
    });
    await page.goto(`${base}/sog?q=Teams`);
    await page.getByRole('link', { name: TEAMS_TITLE }).waitFor();
    await expect(page.locator('.results-summary .partial-note').textContent()).resolves.toBe(
      ' Søgningen tog for lang tid, så resultatet kan være ufuldstændigt. Prøv at gøre søgningen mere præcis.',
    );
    await page.unroute(isSearch);
    await page.goto(`${base}/sog?q=Teams`);
    await page.getByRole('link', { name: TEAMS_TITLE }).waitFor();
    await expect(page.locator('.partial-note').count()).resolves.toBe(0);
  });

  it('runs every page under the Content Security Policy without a violation', async () => {
    expect(cspViolations, 'on the pages of the tests above').toEqual([]);
    // The listener works: an inline script, which the policy forbids, is reported.
    await page.goto(`${base}/sog`);
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.body.append(inline);
    });
    await expect.poll(() => cspViolations.some((violation) => violation.startsWith('script-src'))).toBe(true);
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    cspViolations.length = 0;

    const response = await page.goto(`${base}/sog?q=Teams`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('link', { name: TEAMS_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TEAMS_TITLE }).waitFor();
    await page.locator('.item-pager__meeting').click();
    await page.waitForURL((url) => url.pathname.startsWith('/moede/'));
    await page.locator('.agenda__item').first().waitFor();
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&interval=month`);
    await waitForChart(page);
    await page.goto(`${base}/`);
    await waitForChart(page);
    await page.goto(`${base}/findes-ikke`);
    await page.locator('h1').waitFor();
    expect(cspViolations).toEqual([]);
  });
});
