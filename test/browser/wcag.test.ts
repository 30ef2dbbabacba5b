/**
 * WCAG 2.2 AA beyond the automatic audit, as a reader meets it: tooltips (1.4.13), target size
 * (2.5.8) and what a screen reader hears (names and descriptions from the accessibility tree),
 * in both languages and both themes. The accessibility statement (accessibility.html) names
 * these tests and the date they last passed.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { audit, openPage, useBrowser, useSharedPages } from './harness';

const { browser, baseUrl } = useBrowser();
/** The page of each language at the desktop's width, read by the screen-reader and the target-size checks alike. */
const desktop = useSharedPages(browser);

/** What can be clicked: the charts' focusable marks, and the map's partners and event places (the map is one Tab stop). */
const MAP_MARKS = '#map svg .partner[data-key], #map svg .event-place[data-key]';
const CLICKABLE = `svg [data-key][tabindex], ${MAP_MARKS}`;

const VARIANTS = [
  ['en', 'light'],
  ['lv', 'dark'],
] as const;

async function ready(page: Page) {
  for (const marks of [MAP_MARKS, '#budget svg [data-key][tabindex]', '#timeline svg [data-key][tabindex]']) await page.locator(marks).first().waitFor({ state: 'attached' });
  // Every chart's small marks have their hit areas (they may come a frame after the chart).
  await page.waitForFunction(() => [...document.querySelectorAll('#budget .chart-host > .chart-scroll > svg, #timeline .chart-host > .chart-scroll > svg')].every((svg) => svg.hasAttribute('data-hit-areas')));
}

/** Holds the page's clock a moment from now (a busy machine may pass the moment before it is asked for: then a later one). */
async function holdClock(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 250);
      return;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
}

describe.each(VARIANTS)('in %s, %s theme', (lang, theme) => {
  test('1.4.13 content on hover or focus: Escape dismisses, the pointer can move onto the tooltip, it stays until left', async () => {
    const { page, close } = await openPage(browser(), 'about:blank');
    // The page's clock, held and moved on by hand: "it stays" is checked past the hide delay without waiting for it.
    await page.clock.install();
    await page.goto(`${baseUrl}?lang=${lang}&theme=${theme}`);
    await ready(page);
    const tooltip = page.locator('#budget .tooltip');
    const mark = page.locator('#budget svg [data-key][tabindex]').first();
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    await tooltip.waitFor();
    // Escape, with the pointer still on the mark: gone, and nothing else moved.
    const focusBefore = await page.evaluate(() => document.activeElement?.tagName);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focusBefore);

    // Back on the mark, then onto the tooltip: it stays.
    await page.mouse.move(centre.x, box.y + box.height + 60);
    await page.mouse.move(centre.x, centre.y, { steps: 3 });
    await tooltip.waitFor();
    const tip = (await tooltip.boundingBox())!;
    // The clock held while the pointer travels, so however slow the machine, the hide delay is
    // not what decides; then moved well past it.
    await holdClock(page);
    await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 8 });
    await page.clock.runFor(1_000);
    expect(await tooltip.isVisible()).toBe(true);
    await page.clock.resume();
    // Leaving both: it goes.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect.poll(() => tooltip.count()).toBe(0);

    // By keyboard: a focused mark shows it; Escape hides it and focus stays on the mark.
    await mark.focus();
    await tooltip.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(await mark.getAttribute('data-key'));
    await close();
  });

  test('screen readers: each figure is named by its title and described by its summary; every mark has a name with its figures', async () => {
    const { page, cdp: reading } = await desktop(`${baseUrl}?lang=${lang}&theme=${theme}`);
    await ready(page);
    const cdp = await reading();
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const figures = nodes.filter((node) => node.role?.value === 'figure');
    expect(figures.length).toBe(3);
    const titles = await page.locator('figure .figure-title').allTextContents();
    expect(figures.map((f) => f.name?.value)).toEqual(titles);
    const summaries = [await page.locator('#map [data-summary]').textContent(), await page.locator('#budget [data-summary]').textContent()];
    const described = figures.map((f) => f.description?.value ?? '');
    const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(plain(described[0]!)).toBe(plain(summaries[0]!));
    expect(plain(described[1]!)).toBe(plain(summaries[1]!));
    expect(described[2]!.length).toBeGreaterThan(40);

    // Every budget and timeline mark: a name of its own with its figures or dates (a number in it);
    // every map marker: the organisation and where it is (name, role, place, country).
    // A name in another language is given by a hidden text (aria-labelledby), a name in the page's by aria-label.
    const markNames = await page.$$eval('svg [data-key][tabindex]', (marks) => marks.map((m) => m.getAttribute('aria-label') ?? document.getElementById(m.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    expect(markNames.length).toBeGreaterThan(20);
    for (const name of markNames) expect(name).toMatch(/\d/);
    const countries = lang === 'en' ? /Slovenia|Latvia|Spain|Sweden|Austria|Portugal|Slovakia|Hungary|Romania|United Kingdom/ : /Slovēnija|Latvija|Spānija|Zviedrija|Austrija|Portugāle|Slovākija|Ungārija|Rumānija|Apvienotā Karaliste/;
    const partnerNames = await page.$$eval('#map svg .partner[data-key]', (marks) => marks.map((m) => m.getAttribute('aria-label') ?? document.getElementById(m.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    expect(partnerNames).toHaveLength(10);
    for (const name of partnerNames) expect(name).toMatch(countries);
    // No empty or library-default names anywhere in the tree.
    const named = nodes.filter((node) => !node.ignored && node.name?.value !== undefined);
    const defaults = named.map((node) => node.name!.value.trim()).filter((name) => /^(svg|plot|figure|image|graphic|x|y|fx|fy|undefined|null)$/i.test(name));
    expect(defaults).toEqual([]);
    const emptyInteractive = nodes.filter((node) => !node.ignored && ['button', 'link', 'img', 'checkbox', 'radio', 'combobox'].includes(node.role?.value ?? '') && !node.name?.value?.trim());
    expect(emptyInteractive.map((node) => node.role?.value)).toEqual([]);
  });
});

interface AxNode {
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
}

describe.each(VARIANTS.flatMap(([lang, theme]) => [1280, 360].map((width) => [lang, theme, width] as const)))('2.5.8 target size, in %s, %s theme, at %i px', (lang, theme, width) => {
  test('every mark that can be clicked is hit across 24 × 24 px; every control is at least 24 × 24 px', async () => {
    // At 1280 px the page the screen-reader check read (900 px high, as here); scrolling marks into view changes nothing it reads.
    const url = `${baseUrl}?lang=${lang}&theme=${theme}`;
    const shared = width === 1280;
    const opened = shared ? await desktop(url) : await openPage(browser(), url, { viewport: { width, height: 900 } });
    const { page } = opened;
    await ready(page);
    const misses = await page.evaluate((clickable) => {
      const missed: string[] = [];
      for (const mark of document.querySelectorAll<SVGGraphicsElement>(clickable)) {
        mark.scrollIntoView({ block: 'center', inline: 'center' });
        // A map marker's group holds its label too: the target is the marker itself.
        const box = (mark.querySelector('[data-hit-area]') ?? mark).getBoundingClientRect();
        const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
        const key = mark.dataset.key;
        for (const [dx, dy] of [[0, 0], [-11, 0], [11, 0], [0, -11], [0, 11]] as const) {
          const hit = document.elementFromPoint(cx + dx, cy + dy);
          const owner = hit?.closest('[data-key]')?.getAttribute('data-key') ?? (hit as HTMLElement | null)?.dataset?.hitFor;
          if (owner !== key) {
            missed.push(`${key} at ${dx},${dy} → ${owner ?? hit?.tagName}`);
            break;
          }
        }
      }
      return missed;
    }, CLICKABLE);
    expect(misses).toEqual([]);
    const small = await page.evaluate(() => {
      const found: string[] = [];
      for (const control of document.querySelectorAll<HTMLElement>('main button, main select, main summary, main input, header button, header input, header summary')) {
        if (control.closest('details:not([open])') && control.tagName !== 'SUMMARY') continue;
        // A radio or checkbox is hit through its label too.
        const target = (control as HTMLInputElement).type === 'radio' || (control as HTMLInputElement).type === 'checkbox' ? (control.closest('label') ?? control) : control;
        const box = target.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width < 24 || box.height < 24) found.push(`${control.tagName} "${(target.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return found;
    });
    expect(small).toEqual([]);
    // The shared page stays for the file (useSharedPages hands it back after it).
    if (!shared) await opened.close();
  });
});

/** WCAG 1.4.12's spacing, applied as a reader's style sheet would. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

describe.each(VARIANTS)('1.4.12 text spacing and 1.4.10 reflow, in %s, %s theme', (lang, theme) => {
  test('at 320 px (1280 px at 400 %) with the spacing applied: no sideways page scroll, no text cut off, the app bar in one piece', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=${lang}&theme=${theme}`, { viewport: { width: 320, height: 640 }, bypassCSP: true });
    await ready(page);
    await page.addStyleTag({ content: TEXT_SPACING });
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    // The charts lay themselves out again for the new spacing in tasks of their own: the page is
    // asked until it has settled (and the test fails if it never does), not after a fixed wait.
    const report = () => page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const pageScroll = document.documentElement.scrollWidth - width;
      const cut: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        if (element.closest('svg, .visually-hidden, .table-scroll, .chart-scroll, .tooltip') || element.matches('.visually-hidden, .skip-link')) continue;
        const style = getComputedStyle(element);
        const clips = (value: string) => value === 'hidden' || value === 'clip';
        if (!element.textContent?.trim() || style.display === 'none') continue;
        if ((clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1)) {
          cut.push(`${element.tagName}.${element.className}: ${element.textContent.trim().slice(0, 40)}`);
        }
      }
      // What sticks out of the window to the right (charts and tables scroll inside their own box).
      const outside = [...document.querySelectorAll<HTMLElement>('main *, header *')]
        .filter((element) => !element.closest('svg, .table-scroll, .chart-scroll, .tooltip, .visually-hidden') && element.getClientRects().length > 0)
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .map((element) => `${element.tagName}.${element.className}`);
      const bar = [...document.querySelectorAll('.app-bar > *')].map((element) => element.getBoundingClientRect()).filter((box) => box.width > 0);
      const overlaps = bar.flatMap((a, i) => bar.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map(() => i));
      return { pageScroll, cut, outside: outside.slice(0, 10), overlaps };
    });
    await expect.poll(report, { timeout: 10_000 }).toEqual({ pageScroll: 0, cut: [], outside: [], overlaps: [] });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the accessibility statement', () => {
  /** The tests the statement names; its date must be no older than their last change. */
  /** What the tests the statement names say now: a short hash of their text (line ends made alike). */
  const testsFingerprint = (files: readonly string[]) =>
    createHash('sha256')
      .update(files.map((file) => readFileSync(file, 'utf8').replace(/\r\n/g, '\n')).join('\0'))
      .digest('hex')
      .slice(0, 16);
  const BACKING = ['test/browser/wcag.test.ts', 'test/browser/accessibility.test.ts', 'src/chart/colourAlone.test.ts', 'src/chart/contrast.test.ts'];

  test.each([
    ['en', 'Accessibility statement', 'Compliance status'],
    ['lv', 'Piekļūstamības paziņojums', 'Atbilstības statuss'],
  ])('is linked from the page in %s, in the model form, axe-clean, dated as its tests', async (lang, title, status) => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=${lang}`);
    const link = page.locator('[data-accessibility-statement]');
    expect(await link.textContent()).toBe(title);
    await link.click();
    await page.waitForURL(/accessibility\.html#/);
    const article = page.locator(`article#${lang}[lang="${lang}"]`);
    expect(await article.locator('h1').textContent()).toBe(title);
    expect(await article.locator('h2').allTextContents()).toContain(status);
    expect(await article.locator('h2').count()).toBe(5);
    const results = await audit(page, { bestPractice: false });
    expect(results.violations.map((v) => v.id)).toEqual([]);

    const dates = await page.locator('time[data-tested]').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(new Set(dates).size).toBe(1);
    // The statement is dated with the tests it names as they were then (their fingerprint in
    // `data-tests`): a change to those tests asks for the statement to be checked and dated anew.
    const fingerprints = await page.locator('time[data-tested]').evaluateAll((times) => times.map((t) => t.getAttribute('data-tests')));
    const now = testsFingerprint(BACKING);
    expect(fingerprints, `the tests the statement names have changed since it was dated ${dates[0]}: check the statement, date it anew and set data-tests="${now}"`).toEqual(fingerprints.map(() => now));
    // Back to the dashboard in the language the reader came in.
    await page.locator(`nav a[href="./?lang=${lang}"]`).click();
    await page.waitForURL((url) => !url.pathname.endsWith('accessibility.html'));
    await page.locator('h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(errors).toEqual([]);
    await close();
  });
});
