/**
 * Trust: the page's Content-Security-Policy holds in every view, language, theme and embed (no
 * violation, no console report), the origin notice says whose data is shown, and huge, deep or
 * duplicate-named files get an answer in the reader's words.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterFrames, openPage, recordViolations, useBrowser, useSharedPages } from './harness';

const { browser, baseUrl } = useBrowser();
/** The default page, shared by the checks that only read it. */
const shared = useSharedPages(browser);

describe('the Content-Security-Policy', () => {
  test('is in the page: own site only, no eval, no inline script but the two that show or hide the page drawn at build time, each by its hash', async () => {
    const { page } = await shared(baseUrl);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(inline).toHaveLength(2);
    const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).toContain(`script-src 'self' ${hashes.join(' ')};`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("connect-src 'self'");
  });

  test('lets the page connect to its own site only: a request to another address is refused by the policy, not sent', async () => {
    // The app in charge, no view asked for: what is checked is the page's policy.
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    const violations = await recordViolations(page);
    // Another address on this machine (loopback, nothing listens there): only the policy may refuse it.
    const answer = await page.evaluate(() => fetch('http://127.0.0.2:9/data.json').then(() => 'answered', () => 'refused'));
    expect(answer).toBe('refused');
    await expect.poll(violations).toEqual([expect.stringMatching(/^connect-src http:\/\/127\.0\.0\.2:9/)]);
    await close();
  });

  test.each([
    ['the page drawn at build time, then the app', '', 1280],
    ['English, light, desktop', '?lang=en&theme=light', 1280],
    ['Latvian, dark, phone', '?lang=lv&theme=dark', 360],
    ['the map embedded', '?embed=map&theme=dark', 800],
    ['the budget embedded, transparent', '?embed=budget&transparent', 800],
    ['the timeline embedded, in Latvian', '?embed=timeline&lang=lv', 800],
  ])('%s: no violation while the views draw and are used', async (_name, query, width) => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}${query}`, { viewport: { width, height: 900 } });
    const violations = await recordViolations(page);
    const marks = { map: '[data-key^="partner-"]', budget: '[data-key]', timeline: '[data-key="project"]' };
    await page.locator(Object.entries(marks).map(([view, mark]) => `#${view} svg ${mark}`).join(', ')).first().waitFor();
    for (const [view, selector] of Object.entries(marks)) {
      const mark = page.locator(`#${view} svg ${selector}`).first();
      if ((await page.locator(`#${view}`).count()) === 0) continue;
      await mark.waitFor();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover({ force: true });
      await page.locator(`#${view} .tooltip`).waitFor();
    }
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await afterFrames(page, 3);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    // The listener hears a real violation: an inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
    });
    await expect.poll(violations).toEqual([expect.stringContaining('script-src')]);
    expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
    await close();
  });
});

describe('whose data it is', () => {
  test('the built-in file names who published it and when it was checked', async () => {
    const { page } = await shared(baseUrl);
    const notice = page.locator('[data-origin]');
    await expect.poll(() => notice.getAttribute('data-origin')).toBe('built-in');
    // Sourced data, the makers' compilation: never "example data".
    expect(await notice.textContent()).toMatch(/^Sourced data: compiled by the dashboard's makers from the public sources .*; last checked against the sources on 26 November 2026\.$/s);
    expect(await notice.textContent()).not.toMatch(/example/i);
  });

  test('another file is named, in Latvian too, and said not to be checked', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/other-project.json&lang=lv`);
    const notice = page.locator('[data-origin]');
    await expect.poll(() => notice.getAttribute('data-origin')).toBe('other');
    expect(await notice.textContent()).toContain('fixtures/other-project.json');
    expect(await notice.textContent()).toContain('nav paneļa pārbaudītie dati');
    await close();
  });
});

describe('files too big, too deep or with twin names', () => {
  /** The file the test site serves (test/browser/serve.ts writes it). */
  const huge = async () => Buffer.from(await (await fetch(`${baseUrl}fixtures/huge.json`)).arrayBuffer());

  test('200,000 partners (20 MB), opened or linked: refused at once with the limit named; the shown project stays', async () => {
    const file = await huge();
    expect(file.length).toBeGreaterThan(10_000_000);
    const { page, errors, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    await page.locator('#budget svg [data-key]').first().waitFor();
    // Opened: a file just over the limit (handing 20 MB to the file input would only time the test tool).
    await page.getByLabel('Open a file…').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: file.subarray(0, 2_100_000) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 5000 }).toContain('at most 2 MB');
    expect(await alert.textContent()).toContain('The project shown before stays on the page.');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Improving innovation delivery');

    // Linked with ?data=, all 200,000 partners, from the web server: the declared size is enough; the body is not read.
    await page.goto(`${baseUrl}?data=fixtures/huge.json&lang=lv`);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 5000 }).toContain('nav lielāks par 2 MB');
    expect(errors).toEqual([]);
    await close();
  });

  test('a broken JSON file says line and column in the reader\'s words, never the engine\'s message', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`, {}, { views: ['budget'] });
    await page.locator('#budget svg [data-key]').first().waitFor();
    await page.getByLabel(/Atvērt/).setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "schemaVersion": 1,\n  "id": \n}') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('4. rinda, 1. kolonna');
    expect(await alert.textContent()).not.toMatch(/Unexpected|position|SyntaxError|JSON at/);
    await close();
  });

  test('two partners with one short name: told apart by their country in every view, and a warning', async () => {
    const file = JSON.parse(await readFile('data/innoindustry.json', 'utf8')) as { partners: { id: string; shortName?: unknown; name: string }[]; events: { host?: string }[] };
    // The lead (Slovenia) and the highlighted ministry (Latvia), whose budget is published; the lead hosts the kick-off.
    file.partners[0]!.shortName = 'Twin';
    file.partners[2]!.shortName = 'Twin';
    file.events[0]!.host = file.partners[0]!.id;
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    await page.locator('#budget svg [data-key]').first().waitFor();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'twins.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'twins.json' }).textContent()).toContain('a name no other partner has');
    // The views come again for the file opened, one per task: the map's table is read once it has come.
    await expect.poll(() => page.locator('#map table th[scope="row"]').count()).toBe(10);
    const twins = (texts: string[]) => texts.join(' | ').match(/Twin(?: \((?:SI|LV)\))?/g) ?? [];
    // The map: the names on it.
    await expect.poll(async () => twins(await page.locator('#map svg text:not([data-halo])').allTextContents()).sort()).toEqual(['Twin (LV)', 'Twin (SI)']);
    // The budget: the highlighted partner in the legend, the caption and its bar; the header's key figure.
    expect(twins(await page.locator('#budget .legend').allTextContents())).toEqual(['Twin (LV)']);
    expect(twins(await page.locator('#budget figcaption').allTextContents())).toEqual(['Twin (LV)']);
    expect(twins(await page.locator('#budget .partner-budgets svg text').allTextContents())).toEqual(['Twin (LV)']);
    expect(twins(await page.locator('.key-figures').allTextContents())).toEqual(['Twin (LV)']);
    // The timeline: the event the lead hosted names its host told apart.
    const kickOff = page.locator('#timeline svg [data-key="event-kick-off"]');
    expect(twins([(await kickOff.getAttribute('aria-label')) ?? (await page.locator(`#${await kickOff.getAttribute('aria-labelledby')}`).textContent()) ?? ''])).toEqual(['Twin (SI)']);
    await close();
  });

  test('a crowded file (200 partners, 500 events): work put off to later tasks is done — a language switch draws every chart again in Latvian, and the long tables fill once opened', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/generated-map-crowd.json`);
    await page.locator('#timeline svg [data-key][tabindex="0"]').waitFor();
    // Before it is opened, a long table draws only its first rows.
    expect(await page.locator('#timeline tr[data-event]').count()).toBe(100);
    await page.locator('.app-bar input[value="lv"]').check();
    // Each heavy chart was drawn again in a task of its own, in the new language.
    await expect.poll(() => page.locator('#timeline svg[role="group"]').textContent()).toContain('Notikumi');
    await expect.poll(() => page.locator('#map svg[role="group"]').getAttribute('aria-label')).toContain('Eiropas karte');
    await expect.poll(() => page.locator('#budget svg[role="group"]').first().textContent()).toContain('līdzfinansējuma likme');
    // Opened, the tables fill to every row, a batch per task.
    await page.locator('#timeline details.data-table summary').click();
    await page.locator('#map details.data-table summary').click();
    await expect.poll(() => page.locator('#timeline tr[data-event]').count()).toBe(500);
    await expect.poll(() => page.locator('#map tr[data-partner]').count()).toBe(200);
    expect(errors).toEqual([]);
    await close();
  });
});
