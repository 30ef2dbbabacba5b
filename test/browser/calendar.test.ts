/**
 * Dates at the edges of the calendar (the format runs from 0001-01-01 to 9999-12-31): the page
 * shows every view, no year becomes 19xx, and the app keeps working afterwards.
 */
import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './harness';

const { browser, baseUrl } = useBrowser();

describe('the edges of the calendar', () => {
  test('a project ending 9999-12-31, with an event that day, shows every view and the language switch still works', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/calendar-end.json`);
    await page.locator('#timeline svg [data-key="event-last-day"]').waitFor();
    await page.locator('#budget svg [data-key="own"]').waitFor();
    await page.locator('#map svg .partner').first().waitFor();
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    await page.getByLabel('Latviešu').check();
    await page.locator('#timeline h2', { hasText: 'Laika grafiks' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  test('a project in the years 0099–0100 keeps its years, and a period across them is not refused', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/calendar-start.json`);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const text = await page.locator('main').textContent();
    // (Slide sizes such as "1920 × 1080" are not years.)
    expect(text).not.toMatch(/\b19\d\d\b(?!\s*×)/);
    expect(text).toContain('12 months');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
