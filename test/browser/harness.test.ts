/**
 * The harness hands a page back after its test to the next test asking for the same options: that
 * page must be as a new one would be, or tests would pass or fail by the order they run in.
 */
import { expect, inject, test } from 'vitest';
import { disabledFeatures } from '../../scripts/browser';
import { audit, openPage, useBrowser } from './harness';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { browser, baseUrl } = useBrowser();

test('a page handed back comes to the next test as new: storage, cookies, media, size, routes, listeners and history put back; one changed for good is not handed on', async () => {
  const first = await openPage(browser(), baseUrl);
  const { page } = first;
  const newHistory = await page.evaluate(() => history.length);
  await page.evaluate(() => {
    localStorage.setItem('left-behind', 'yes');
    document.cookie = 'left=behind; max-age=3600';
    history.pushState(null, '', '?left=behind');
  });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.setViewportSize({ width: 500, height: 500 });
  await page.route('**/robots.txt', (route) => route.fulfill({ body: 'routed' }));
  let heard = 0;
  page.on('console', () => heard++);
  first.errors.push('an error of the first test');
  await first.close();

  const second = await openPage(browser(), baseUrl);
  expect(second.page).toBe(page);
  expect(second.errors).toEqual([]);
  expect(
    await page.evaluate(async () => ({
      stored: localStorage.getItem('left-behind'),
      cookie: document.cookie,
      print: matchMedia('print').matches,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      width: innerWidth,
      history: history.length,
    })),
  ).toMatchObject({ stored: null, cookie: '', print: false, dark: false, width: 1280, history: newHistory });
  expect(await page.evaluate(async () => (await fetch('robots.txt')).text())).not.toBe('routed');
  await page.evaluate(() => console.log('heard only by the harness'));
  expect(heard).toBe(0);
  // A script added to every document cannot be taken off: that page is closed after its test.
  await page.addInitScript(() => undefined);
  await second.close();
  expect(page.isClosed()).toBe(true);
  const third = await openPage(browser(), baseUrl);
  expect(third.page).not.toBe(page);
  await third.close();
  // The same context options at another size: the page is handed on, at the size asked for.
  const phone = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 800 } });
  expect(phone.page).toBe(third.page);
  expect(await phone.page.evaluate(() => [innerWidth, innerHeight, screen.width, matchMedia('(max-width: 400px)').matches])).toEqual([360, 800, 360, true]);
  await phone.close();
  // A first visit is never a page handed back.
  const visit = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 800 } }, { firstVisit: true });
  expect(visit.page).not.toBe(phone.page);
  await visit.close();
});

test('requests that leave 127.0.0.1 are recorded where asked for, and read elsewhere they throw; a CDP session for reading leaves the page to the next test', async () => {
  const watched = await openPage(browser(), 'about:blank', {}, { requests: true });
  // A blank page has no policy: the request is sent (and fails), and is recorded.
  await watched.page.evaluate(() => fetch('http://192.0.2.1/leaving').catch(() => undefined));
  expect(watched.foreignRequests).toEqual(['http://192.0.2.1/leaving']);
  const { page } = watched;
  await (await watched.cdp()).send('DOM.getDocument');
  await watched.close();
  const unwatched = await openPage(browser(), 'about:blank');
  expect(unwatched.page).toBe(page);
  expect(() => unwatched.foreignRequests).toThrow('{ requests: true }');
  await unwatched.close();
});

test("the run's Chromium turns off what Playwright turns off, and keeps a page's renderer from load to load", () => {
  // Chromium takes the last --disable-features alone: it must carry Playwright's list as well as ours.
  expect(disabledFeatures(inject('browserSwitches'))).toEqual(expect.arrayContaining(['PaintHolding', 'MediaRouter', 'RenderDocument']));
});

test('the audit is the axe-core the builder carries, and finds what it should: an image without a text alternative, faint text', async () => {
  const { page, close } = await openPage(browser(), 'about:blank');
  await page.setContent('<html lang="en"><title>Audited</title><main><h1>Audited</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color: #bbb; background: #fff">faint words</p></main></html>');
  const results = await audit(page);
  const carried = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/package.json');
  expect(results.testEngine.version).toBe((JSON.parse(readFileSync(carried, 'utf8')) as { version: string }).version);
  expect(results.violations.map((violation) => violation.id).sort()).toEqual(['color-contrast', 'image-alt']);
  await close();
});
