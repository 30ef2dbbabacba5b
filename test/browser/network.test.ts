/**
 * Failing networks: a redirect to another site is refused with no request made to it; a server
 * that never answers gets a message with Try again within the documented timeout; a 503 can be
 * tried again; Cancel stops a load.
 */
import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './harness';
import { LOAD_TIMEOUT_MS } from '../../src/data/load';

const { browser, baseUrl } = useBrowser();
const INTERNAL = /TypeError|Failed to fetch|URIError|AbortError|DOMException|structuredClone/;

describe('failing networks', () => {
  test('a same-site address that redirects to another site is refused, and no request reaches that site', async () => {
    const { page, foreignRequests, close } = await openPage(browser(), 'about:blank', {}, { requests: true });
    await page.route('**/fixtures/moved.json', (route) => route.fulfill({ status: 302, headers: { Location: 'https://elsewhere.example/project.json' } }));
    await page.goto(`${baseUrl}?data=fixtures/moved.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('redirects are not followed');
    expect(foreignRequests).toEqual([]);
    await close();
  });

  test('a server that never answers gets a message with Try again at the timeout; Try again loads the file once it answers', async () => {
    const { page, close } = await openPage(browser(), 'about:blank');
    await page.clock.install();
    let answer = false;
    await page.route('**/data/innoindustry.json', (route) => (answer ? route.continue() : undefined));
    await page.goto(baseUrl);
    // Meanwhile the reader has the page drawn at build time; the app, loading beneath it, takes its place when it gives up.
    await page.locator('.load-status').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => [document.documentElement.dataset.drawing, document.getElementById('prerendered') !== null])).toEqual(['shown', true]);
    await page.clock.fastForward(LOAD_TIMEOUT_MS + 1000);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('did not answer');
    expect(await alert.textContent()).not.toMatch(INTERNAL);
    answer = true;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.acronym', { hasText: 'InnoIndustry' }).waitFor();
    await close();
  });

  test('a 503 says so in our words with Try again, which loads the file once the server answers', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.locator('.acronym', { hasText: 'InnoIndustry' }).waitFor();
    await page.route('**/fixtures/other-project.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.evaluate(() => history.pushState(null, '', '?data=fixtures/other-project.json'));
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('HTTP 503');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await page.unroute('**/fixtures/other-project.json');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.acronym', { hasText: 'TestHarbours' }).waitFor();
    await close();
  });

  test('Cancel stops a slow load, with no error message', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.locator('.acronym', { hasText: 'InnoIndustry' }).waitFor();
    await page.route('**/fixtures/other-project.json', () => undefined);
    await page.evaluate(() => history.pushState(null, '', '?data=fixtures/other-project.json'));
    await page.reload();
    await page.locator('.load-status').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.load-status').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await close();
  });
});

describe('hostile addresses and long text', () => {
  test('?data=% gets a message in our words, without the browser’s error text', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=%25`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).not.toMatch(INTERNAL);
    await close();
  });

  test.each([360, 1280])('5,000-character names and a 3,000-character address leave the page no wider than a %i px window', async (width) => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/long-names.json`, { viewport: { width, height: 800 } });
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.goto(`${baseUrl}?data=${'x'.repeat(15_000)}.json`);
    await page.getByRole('alert').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await close();
  });
});
