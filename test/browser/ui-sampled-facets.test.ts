/**
 * Sampled facet counts in the browser: the app is told to sample as a million-item archive would (about 10 items of
 * the demo corpus, for searches with 5 or more matches). Estimated counts say "ca." and are read out as such, a
 * note explains them, and a search with few matches shows exact counts without the note.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserUi } from '../helpers/browser.js';

const ui = useBrowserUi(import.meta.filename, { facetSampling: { sampleItems: 10, exactBelow: 5 } });

describe('sampled facet counts in the UI', () => {
  it('marks estimated counts "ca." with a note, and shows exact counts for a narrow search', async () => {
    const { page, base } = ui;
    await page.goto(`${base}/sog?sort=date_desc`);
    const municipality = page.getByRole('group', { name: 'Kommune' });
    await municipality.getByRole('checkbox').first().waitFor();
    const counts = await municipality.locator('.checkbox__count [aria-hidden="true"]').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toMatch(/^ca\. \d/);
    await expect(municipality.locator('.checkbox__count .visually-hidden').first().textContent()).resolves.toMatch(/^, ca\. \d+ punkter$/);
    await expect(page.locator('.facets__note').textContent()).resolves.toContain('stikprøve');
    await expect(page.locator('#hits-over-time-heading').textContent()).resolves.toContain('skønnet ud fra en stikprøve');
    await expect(page.locator('.result__title a').count()).resolves.toBeGreaterThan(0);

    await page.goto(`${base}/sog?q=Teams`);
    await page.locator('.result__title a').first().waitFor();
    const exact = await page.getByRole('group', { name: 'Kommune' }).locator('.checkbox__count [aria-hidden="true"]').allTextContents();
    expect(exact).toEqual(['1']);
    await expect(page.locator('.facets__note').count()).resolves.toBe(0);
  });
});
