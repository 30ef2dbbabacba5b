/**
 * Hostile input, as a reader meets it in the page: the deck made without breaking the page's
 * Content-Security-Policy, a file opened from disk that the address and the embed code stop
 * pretending to show, and addresses and bodies that try to hide, reorder or outgrow what the
 * page says.
 */
import { describe, expect, test } from 'vitest';
import { openPage, recordViolations, useBrowser } from './harness';
import { directionLeaks, stackedMarks } from '../directions';

const { browser, baseUrl } = useBrowser();

describe('the page under hostile input', () => {
  test('the deck downloads with no Content-Security-Policy violation', async () => {
    const { page, errors, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    const seen = await recordViolations(page);
    const panel = page.locator('[data-slides="budget"]');
    await page.locator('[data-share="budget"] summary').click();
    const download = page.waitForEvent('download');
    await panel.locator('[data-download="pptx"]').click();
    expect((await download).suggestedFilename()).toBe('innoindustry-slides-en-light.pptx');
    expect(await seen()).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('after a file is opened from disk, the address, Copy link and the embed code no longer name the file shown before', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/other-project.json&lang=en`);
    await page.locator('.acronym').filter({ hasText: 'TestHarbours' }).waitFor();
    await page.locator('[data-share="map"] summary').click();
    expect(await page.locator('[data-share="map"] [data-snippet]').inputValue()).toContain('other-project.json');
    await page.getByLabel('Open a file…').setInputFiles('test/fixtures/minimal.json');
    await expect.poll(() => page.url()).not.toContain('data=');
    // The views are drawn anew for the new file, the panel closed.
    await page.locator('.acronym').filter({ hasText: 'TestMinimal' }).waitFor();
    const map = page.locator('[data-share="map"]');
    await map.locator('summary').click();
    await map.locator('[data-share-local]').waitFor();
    expect(await map.locator('[data-snippet]').count()).toBe(0);
    expect(await map.textContent()).not.toContain('other-project.json');
    expect(await map.locator('[data-share-local]').textContent()).toContain('opened from a file on your computer');
    await close();
  });

  for (const lang of ['en', 'lv'] as const) {
    test(`in ${lang}: a bidirectional override and an 8,000-character name in ?data= (100,000 in the unit tests; servers refuse longer addresses) are shown escaped and short; ?data=%00 never loads the page itself`, async () => {
      const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=${lang}&data=${'x'.repeat(8_000)}%E2%80%AEnosj.json`);
      const alert = page.locator('.notice.error');
      await alert.waitFor();
      const heading = (await alert.locator('h2').textContent()) ?? '';
      expect(heading.length).toBeLessThan(200);
      expect(heading).toContain('\\u202E');
      expect(await page.evaluate(() => document.body.textContent!.includes('\u202E'))).toBe(false);
      await page.goto(`${baseUrl}?lang=${lang}&data=%00`);
      await page.locator('.notice.error').waitFor();
      const text = (await page.locator('.notice.error').textContent()) ?? '';
      expect(text).toContain(lang === 'en' ? 'the address of a JSON file' : 'ceļš uz JSON failu');
      expect(text).not.toMatch(/line 1|<!doctype/i);
      expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
      await close();
    });
  }

  test('?data= of 5.7 MB of Latvian and CJK text in fewer than 2 million characters, refused by its bytes (not its characters), naming the limit, in both languages', async () => {
    const { page, close } = await openPage(browser(), 'about:blank');
    const body = `{"summary":"${'漢ā'.repeat(950_000)}"}`;
    expect(body.length).toBeLessThan(2_000_000);
    await page.route('**/fixtures/wide.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(`${baseUrl}?data=fixtures/wide.json`);
    const alert = page.locator('.notice.error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('a file of at most 2 MB');
    await page.getByLabel('Latviešu').check();
    await expect.poll(() => alert.textContent()).toContain('nav lielāks par 2 MB');
    await close();
  });

  test('names in Arabic and Hebrew, and names with a right-to-left override or a stray end of an isolate, keep to themselves in every view, both languages: the page’s words around them stay in their order, and no letter carries more than four marks', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/directions.json&lang=en`);
    for (const lang of ['en', 'lv'] as const) {
      if (lang === 'lv') await page.getByLabel('Latviešu').check();
      await page.locator(`html[lang="${lang}"] #map svg .partner`).first().waitFor();
      await page.locator('#timeline svg').first().waitFor();
      await page.locator('#budget svg').first().waitFor();
      // Every text the page shows or says (its text, and the labels and titles a voice or a pointer
      // reads), outside elements that set their own direction (an element with `dir` is an isolate).
      const shown = await page.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('body [dir]')) texts.push(node.nodeValue ?? '');
        for (const element of document.querySelectorAll('[aria-label], [title], [alt], [aria-roledescription]')) {
          for (const name of ['aria-label', 'title', 'alt', 'aria-roledescription']) if (element.hasAttribute(name)) texts.push(element.getAttribute(name)!);
        }
        return { texts, title: document.title };
      });
      expect([...shown.texts, shown.title].flatMap((text) => [...directionLeaks(text), ...stackedMarks(text)])).toEqual([]);
      expect(shown.texts.some((text) => text.includes('Evil\u202E Corp'))).toBe(true);
      // As drawn: the page's words after the lead's name (", led by Evil‮ Corp (Latvia).") run left
      // to right, not reversed by the name's override.
      const after = await page.locator('#map p').filter({ hasText: 'Evil\u202E Corp' }).first().evaluate((paragraph) => {
        // The text after the name's end, through the paragraph's text nodes (a name in another
        // language than the page's is an element of its own).
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const named = nodes.findIndex((node) => node.data.includes('\u202E'));
        const range = document.createRange();
        const lefts: number[] = [];
        let words = '';
        nodes.slice(named).forEach((node, index) => {
          const from = index === 0 ? node.data.lastIndexOf('\u2069') + 1 : 0;
          words += node.data.slice(from);
          for (let i = from; i < node.data.length; i++) {
            if (node.data[i] === ' ') continue;
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            lefts.push(range.getBoundingClientRect().left);
          }
        });
        return { words, lefts };
      });
      expect(after.words).toMatch(lang === 'en' ? /\(Latvia\)/ : /\(Latvij/);
      expect(after.lefts.length).toBeGreaterThan(5);
      expect(after.lefts).toEqual([...after.lefts].sort((a, b) => a - b));
    }
    // The editor's list of partners names them among its own words too.
    await page.locator('details.open-file summary').click();
    await page.locator('[data-open-editor]').click();
    await page.locator('[data-edit-shown]').click();
    const partners = page.locator('[data-entry-list="partners"] [data-entry] summary');
    await expect.poll(() => partners.count()).toBe(8);
    const entries = await partners.allTextContents();
    expect(entries.some((text) => text.includes('Evil\u202E Corp'))).toBe(true);
    expect(entries.flatMap((text) => [...directionLeaks(text), ...stackedMarks(text)])).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
