/**
 * What analysts and staff reach for first (issue 13), in a real browser against the real server: the search box
 * on the landing page, the hits-over-time chart, the search controls, the Atom feed, results kept while typing,
 * error states with a way back, the trends filters and interval, KLE labels, the phone layout, and screenshots
 * of every page at 1280 and 390 px (test-artifacts/screenshots/).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SearchResponse, TrendsResponse } from '../../api/contract.js';
import { PHONE, resultTitles, screenshot, useBrowserUi, waitForChart } from '../helpers/browser.js';

const TEAMS_TITLE = 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams';
const TEAMS_ITEM = 'kalundborg-2020-06-02-direktionen-5';
const OFFICE_TOPIC = 'office-samarbejde';

const ui = useBrowserUi(import.meta.filename);

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${ui.base}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const searchParams = (page: Page) => new URL(page.url()).searchParams;
const summary = (page: Page) => page.locator('.results-summary strong').textContent();
const pointsText = (count: number) => (count === 1 ? '1 punkt' : `${count} punkter`);

/** The first dataset of the chart on the trends page, with its labels. */
function chartData(page: Page): Promise<{ labels: string[]; data: (number | null)[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.trends-chart canvas') as unknown as {
      __chart: { data: { labels: string[]; datasets: { data: (number | null)[] }[] } };
    };
    return { labels: canvas.__chart.data.labels, data: canvas.__chart.data.datasets[0].data };
  });
}

describe('the UI analysts and staff reach for first', () => {
  it('searches from the landing page, with suggestions', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox', { name: 'Søg i referater' });
    await box.pressSequentially('tea', { delay: 60 });
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('option', { name: 'Teams System' }).waitFor();
    await screenshot(page, 'overview-search.png');
    expect(new URL(page.url()).pathname).toBe('/'); // typing alone stays on the landing page
    await box.pressSequentially('ms');
    await box.press('Escape');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/sog' && url.searchParams.get('q') === 'teams');
    await expect.poll(() => resultTitles(page)).toEqual([TEAMS_TITLE]);
  });

  it('draws hits over time; a bar (mouse or keyboard) narrows the search to its period', async () => {
    const { page, base } = ui;
    const all = await api<SearchResponse>('/api/search');
    await page.goto(`${base}/sog`);
    const bars = page.locator('.hits-over-time__bar a');
    await expect.poll(() => bars.count()).toBe(all.histogram.buckets.length);
    const year2020 = all.histogram.buckets.find((bucket) => bucket.label === '2020')!;
    const bar = page.getByRole('link', { name: `2020: ${pointsText(year2020.count)}` });
    await screenshot(page, 'search-histogram.png');
    await bar.click();
    await page.waitForURL((url) => url.searchParams.get('dateFrom') === '2020-01-01' && url.searchParams.get('dateTo') === '2020-12-31');
    await expect.poll(() => summary(page)).toBe(pointsText(year2020.count));

    // Within one year the chart is monthly; Enter on a focused bar narrows to June.
    const june = (await api<SearchResponse>('/api/search?dateFrom=2020-01-01&dateTo=2020-12-31')).histogram.buckets[5];
    const juneBar = page.getByRole('link', { name: `juni 2020: ${pointsText(june.count)}` });
    await juneBar.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('dateFrom') === '2020-06-01' && url.searchParams.get('dateTo') === '2020-06-30');
    await expect.poll(() => summary(page)).toBe(pointsText(june.count));
    await expect(page.locator('.hits-over-time__bar.is-selected').count()).resolves.toBe(1);

    await page.getByRole('link', { name: 'Vis hele perioden' }).click();
    await page.waitForURL((url) => !url.searchParams.has('dateFrom') && !url.searchParams.has('dateTo'));
    await expect.poll(() => summary(page)).toBe(pointsText(all.total));
  });

  it('has controls for section, dates, amount and document kind, kept in the URL', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/sog?q=godkendt`);
    await page.locator('.result__title a').first().waitFor();
    await page.getByLabel('Søg i afsnit', { exact: true }).selectOption('beslutning');
    await page.waitForURL((url) => url.searchParams.get('section') === 'beslutning');
    await page.getByLabel('Fra dato', { exact: true }).fill('2016-01-01');
    await page.waitForURL((url) => url.searchParams.get('dateFrom') === '2016-01-01');
    await page.getByLabel('Til dato', { exact: true }).fill('2021-12-31');
    await page.waitForURL((url) => url.searchParams.get('dateTo') === '2021-12-31');
    await page.getByLabel('Beløb', { exact: true }).selectOption('true');
    await page.waitForURL((url) => url.searchParams.get('hasAmount') === 'true');
    await page.getByLabel('Dokument', { exact: true }).selectOption('referat');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'referat');

    const expected = await api<SearchResponse>(`/api/search?${searchParams(page)}`);
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(() => resultTitles(page)).toEqual(expected.hits.map((hit) => hit.title));
    await expect(page.locator('.result .badge--amount').count()).resolves.toBe(expected.hits.length);

    await page.reload();
    await page.locator('.result__title a').first().waitFor();
    await expect(page.getByLabel('Søg i afsnit', { exact: true }).inputValue()).resolves.toBe('beslutning');
    await expect(page.getByLabel('Fra dato', { exact: true }).inputValue()).resolves.toBe('2016-01-01');
    await expect(page.getByLabel('Beløb', { exact: true }).inputValue()).resolves.toBe('true');
    await expect(page.getByLabel('Dokument', { exact: true }).inputValue()).resolves.toBe('referat');
    await page.getByRole('button', { name: 'Fjern filter Afsnit: Beslutning' }).click();
    await page.waitForURL((url) => !url.searchParams.has('section'));

    // The demo corpus is all minutes: the facet "Dokument" counts them, and agendas alone find nothing.
    const minutes = await api<SearchResponse>('/api/search?kind=referat');
    await page.goto(`${base}/sog?kind=referat`);
    await expect.poll(() => summary(page)).toBe(pointsText(minutes.total));
    await expect(page.getByRole('group', { name: 'Dokument' }).getByRole('checkbox', { name: /Referater/ }).isChecked()).resolves.toBe(true);
    await page.getByLabel('Dokument', { exact: true }).selectOption('dagsorden');
    await page.waitForURL((url) => url.searchParams.getAll('kind').join() === 'dagsorden');
    await page.getByRole('heading', { name: 'Ingen punkter matcher filtrene' }).waitFor();
  });

  it('offers the search as an Atom feed ("Abonnér") that lists its newest items', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/sog?q=Teams&sort=date_asc&page=1`);
    await page.getByRole('link', { name: TEAMS_TITLE }).waitFor();
    await page.locator('.feed-link summary').click();
    const url = await page.getByLabel('Feedens adresse (Atom)').inputValue();
    expect(url).toBe(`${base}/api/feed.atom?q=Teams`);
    await screenshot(page, 'search-feed.png');
    const feed = await fetch(url);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain(`<title>${TEAMS_TITLE}</title>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${base}/punkt/${TEAMS_ITEM}"/>`);
  });

  it('keeps the results and facets while a word is being typed, and says so when a finished word finds nothing', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/sog`);
    await page.locator('.result__title a').first().waitFor();
    const tea = await api<SearchResponse>('/api/search?q=tea');
    expect(tea.total).toBe(0); // "tea" on its way to "teams" finds nothing by itself
    await page.evaluate(() => {
      const seen = { empty: false, noFacets: false };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.results-body .state h2')?.textContent?.startsWith('Ingen punkter matcher')) seen.empty = true;
        if (document.querySelectorAll('.facet').length === 0) seen.noFacets = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const box = page.getByRole('combobox', { name: 'Søg i referater' });
    await box.pressSequentially('tea', { delay: 60 });
    await page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === 'tea');
    await page.waitForTimeout(150);
    await expect(page.locator('.result__title a').count()).resolves.toBeGreaterThan(0);
    await box.pressSequentially('ms', { delay: 60 });
    await expect.poll(() => resultTitles(page)).toEqual([TEAMS_TITLE]);
    await expect(page.evaluate(() => (window as unknown as { seen: object }).seen)).resolves.toEqual({ empty: false, noFacets: false });

    await box.fill('zzxxqq');
    await page.getByRole('heading', { name: 'Ingen punkter matcher »zzxxqq«' }).waitFor();
  });

  it('explains a bad URL in plain Danish and links back without the bad parameter, never retrying it', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/sog?q=Teams&sort=bogus`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Adressen kan ikke bruges' }).waitFor();
    await expect(alert.locator('p').first().textContent()).resolves.toBe('»bogus« er ikke en gyldig værdi for sortering.');
    await expect(alert.getByRole('button', { name: 'Prøv igen' }).count()).resolves.toBe(0);
    await screenshot(page, 'search-bad-sort.png');
    await alert.getByRole('link', { name: 'Fortsæt uden »bogus«' }).click();
    await page.waitForURL((url) => !url.searchParams.has('sort') && url.searchParams.get('q') === 'Teams');
    await page.getByRole('link', { name: TEAMS_TITLE }).waitFor();

    const all = await api<SearchResponse>('/api/search');
    await page.goto(`${base}/sog?page=10`);
    await page.getByRole('heading', { name: 'Side 10 findes ikke' }).waitFor();
    await expect(page.locator('.results-body .state p').first().textContent()).resolves.toBe(`Søgningen har ${all.total} punkter på ${all.pages} sider.`);
    await page.getByRole('link', { name: 'Gå til sidste side' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === String(all.pages));
    await page.locator('.result__title a').first().waitFor();

    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&topic=nonexistent&interval=year`);
    await page.getByRole('alert').getByText('Emnet »nonexistent« findes ikke. Det kan være omdøbt eller fjernet.').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.not.toContain('/api/topics');
    await expect(page.getByRole('button', { name: 'Prøv igen' }).count()).resolves.toBe(0);
    await screenshot(page, 'trends-bad-topic.png');
    await page.getByRole('link', { name: 'Fortsæt uden »nonexistent«' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('topic').join() === OFFICE_TOPIC);
    await waitForChart(page, '.trends-chart canvas');

    // The only topic unknown: the way back is the trends page as it starts, with the biggest topics.
    await page.goto(`${base}/tendenser?topic=nonexistent`);
    await page.getByRole('link', { name: 'Fortsæt uden »nonexistent«' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('topic').length === 3 && !url.searchParams.getAll('topic').includes('nonexistent'));
    await waitForChart(page, '.trends-chart canvas');
  });

  it('filters trends by what the API supports, picks the interval by the range, and labels follow the measure', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&interval=year`);
    await waitForChart(page, '.trends-chart canvas');
    await page.getByText('Flere filtre').click();
    await page.getByRole('group', { name: 'Udfald' }).getByRole('checkbox').first().check();
    await page.waitForURL((url) => url.searchParams.has('outcome'));
    await page.getByLabel('Beløb').selectOption('true');
    await page.waitForURL((url) => url.searchParams.get('hasAmount') === 'true');
    await page.getByLabel('Dokument').selectOption('referat');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'referat');
    for (const name of ['Organ', 'Sagstype', 'System']) await page.getByRole('group', { name }).getByRole('checkbox').first().waitFor();
    const request = new URLSearchParams(searchParams(page));
    const expected = await api<TrendsResponse>(`/api/trends?${request}`);
    await expect
      .poll(() => chartData(page))
      .toEqual({ labels: expected.series[0].buckets.map((b) => b.label), data: expected.series[0].buckets.map((b) => b.normalized) });
    await screenshot(page, 'trends-filters.png');

    // No interval in the URL: years for the whole corpus, months for two years.
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}`);
    await waitForChart(page, '.trends-chart canvas');
    await expect.poll(async () => (await chartData(page)).labels.every((label) => /^\d{4}$/.test(label))).toBe(true);
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&yearFrom=2020&yearTo=2021`);
    await waitForChart(page, '.trends-chart canvas');
    await expect.poll(async () => (await chartData(page)).labels.length).toBe(24);
    expect((await chartData(page)).labels[0]).toBe('2020-01');
    await page.getByLabel('Fra', { exact: true }).selectOption('2015');
    await page.waitForURL((url) => url.searchParams.get('yearFrom') === '2015' && url.searchParams.get('interval') === 'year');

    // Kroner: the share is a share of the amount.
    await page.goto(`${base}/tendenser?topic=${OFFICE_TOPIC}&interval=year&metric=granted`);
    await waitForChart(page, '.trends-chart canvas');
    const normalisation = page.getByRole('group', { name: 'Normalisering' });
    await expect(normalisation.getByRole('radio', { name: 'Andel af beløbet' }).count()).resolves.toBe(1);
    await expect(normalisation.getByRole('radio', { name: 'Andel af punkter' }).count()).resolves.toBe(0);
    await expect(page.locator('#trends-chart-heading').textContent()).resolves.toBe('Bevilgede kroner, fordelt på år');
  });

  it('makes a wide trends table visibly scrollable, by mouse or keyboard', async () => {
    const { page, base } = ui;
    const topics = (await api<{ topics: { id: string }[] }>('/api/topics')).topics.slice(0, 8).map((topic) => `topic=${topic.id}`);
    await page.goto(`${base}/tendenser?${topics.join('&')}&interval=year`);
    await waitForChart(page, '.trends-chart canvas');
    const wrap = page.locator('.trends-table .table-wrap');
    await page.locator('.trends-table .table-scroll-hint').waitFor();
    const sizes = await wrap.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await expect(wrap.getAttribute('tabindex')).resolves.toBe('0');
    await wrap.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => wrap.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // The period column stays in view.
    const header = await page.locator('.trends-table tbody th').first().boundingBox();
    const box = await wrap.boundingBox();
    expect(Math.round(header!.x)).toBeGreaterThanOrEqual(Math.round(box!.x));
    await screenshot(page, 'trends-wide-table.png');
  });

  it('names KLE groups without a titles file: "KLE-hovedgruppe 85"', async () => {
    const { page, base } = ui;
    const result = await api<SearchResponse>('/api/search?size=1');
    const group = result.facets.kle[0].value;
    expect(group).toMatch(/^\d{2}$/);
    await page.goto(`${base}/sog`);
    const facet = page.getByRole('group', { name: 'KLE-gruppe' });
    await facet.getByRole('checkbox', { name: new RegExp(`^KLE-hovedgruppe ${group}`) }).check();
    await page.waitForURL((url) => url.searchParams.get('kle') === group);
    await page.getByRole('button', { name: `Fjern filter KLE-gruppe: KLE-hovedgruppe ${group}` }).waitFor();
    const filtered = await api<SearchResponse>(`/api/search?kle=${group}`);
    await expect.poll(() => resultTitles(page)).toEqual(filtered.hits.map((hit) => hit.title));

    const item = await api<{ kleGroup: string }>(`/api/items/${TEAMS_ITEM}`);
    await page.goto(`${base}/punkt/${TEAMS_ITEM}`);
    const link = page.locator('.facts').getByRole('link', { name: `KLE-hovedgruppe ${item.kleGroup}` });
    await expect(link.getAttribute('href')).resolves.toBe(`/sog?kle=${item.kleGroup}`);
  });

  it('on a 390 px phone puts the trends controls before the chart and the item facts and amounts near the top', async () => {
    const phone = await ui.browser.newContext(PHONE);
    const small = await phone.newPage();
    try {
      await small.goto(`${ui.base}/tendenser?topic=${OFFICE_TOPIC}&interval=year`);
      await waitForChart(small, '.trends-chart canvas');
      const controls = await small.locator('.trends-controls').boundingBox();
      const chart = await small.locator('.trends-chart').boundingBox();
      expect(controls!.y).toBeLessThan(chart!.y);

      await small.goto(`${ui.base}/punkt/${TEAMS_ITEM}`);
      await small.locator('.decision-panel').waitFor();
      const facts = await small.locator('.facts').boundingBox();
      const amounts = await small.locator('.amounts').boundingBox();
      const decision = await small.locator('.decision-panel').boundingBox();
      expect(facts!.y).toBeLessThan(decision!.y);
      expect(amounts!.y).toBeLessThan(decision!.y);
      expect(amounts!.y).toBeLessThan(1_500);
    } finally {
      await phone.close();
    }
  });

  it('shows every page at 1280 and 390 px without sideways scrolling, under the Content Security Policy', async () => {
    const meeting = TEAMS_ITEM.replace(/-\d+$/, '');
    const pages: [string, string, (page: Page) => Promise<unknown>][] = [
      ['overview', '/', (p) => waitForChart(p)],
      ['search', '/sog?q=Teams', (p) => p.getByRole('link', { name: TEAMS_TITLE }).waitFor()],
      ['search-all', '/sog', (p) => p.locator('.hits-over-time__bar').first().waitFor()],
      ['trends', `/tendenser?topic=${OFFICE_TOPIC}&interval=year`, (p) => waitForChart(p, '.trends-chart canvas')],
      ['item', `/punkt/${TEAMS_ITEM}`, (p) => p.locator('.decision-panel').waitFor()],
      ['meeting', `/moede/${meeting}`, (p) => p.locator('.agenda__item').first().waitFor()],
      ['case', '/sag/326-2017-43971', (p) => p.locator('.timeline__decision').first().waitFor()],
      ['not-found', '/findes-ikke', (p) => p.locator('h1').waitFor()],
    ];
    const phone = await ui.browser.newContext(PHONE);
    try {
      const small = await phone.newPage();
      for (const [target, width] of [
        [ui.page, 1280],
        [small, 390],
      ] as const) {
        for (const [name, path, ready] of pages) {
          await target.goto(`${ui.base}${path}`);
          await ready(target);
          const overflow = await target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
          await screenshot(target, `${name}-${width}.png`);
        }
      }
    } finally {
      await phone.close();
    }
    expect(ui.cspViolations).toEqual([]);
  });
});
