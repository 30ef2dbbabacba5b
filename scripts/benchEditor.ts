/**
 * The editor's figures for `npm run bench`: checking a draft at the limits (500 partners, 2,000
 * events) in Node, and in the page that file opened in the form, a key typed into a field until the
 * next paint (the Event Timing API's duration, as Chrome reports input delay), and the preview
 * redrawn after a pause in typing.
 */
import type { Browser } from 'playwright-core';
import { fileOf, withField, type Draft } from '../src/editor/draft';
import { validateProject } from '../src/data/validate';

export interface EditorFigures {
  /** Checking the whole draft once (what runs a quarter second after typing stops). */
  nodeCheckMs: number;
  /** The file opened in the form → its first partners listed. */
  pageOpenedMs: number;
  /** A key typed into a field → the next paint, median over the keys typed. */
  keyToPaintMs: number;
  /** The last key typed → the preview showing the change (the pause, the check and the three views redrawn). */
  previewMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function editorFigures(browser: Browser, url: string, file: Record<string, unknown>, runs = 3): Promise<EditorFigures> {
  const draft = JSON.parse(JSON.stringify(file)) as Draft;
  const checks: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    validateProject(fileOf(withField(draft, ['partners', 0, 'shortName'], `x${run}`)));
    checks.push(performance.now() - started);
  }
  const opened: number[] = [];
  const keys: number[] = [];
  const previews: number[] = [];
  const text = JSON.stringify(file);
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { __keys: number[] }).__keys = seen;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => entry.name === 'keydown' && seen.push(entry.duration))).observe({ type: 'event', buffered: true, durationThreshold: 0 } as PerformanceObserverInit);
    });
    await page.goto(`${url}?lang=en&edit`);
    await page.locator('[data-edit-new]').waitFor();
    let started = performance.now();
    await page.locator('[data-edit-file]').setInputFiles({ name: 'limit.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('[data-entry-list="partners"] > ol > li').first().waitFor({ timeout: 60_000 });
    opened.push(performance.now() - started);
    // The preview of the file opened first, then a change typed into the project's title.
    await page.locator('[data-preview-note]', { hasText: 'as you type' }).waitFor({ timeout: 120_000 });
    await page.locator('main h1').waitFor();
    await page.focus('#edit-acronym');
    await page.keyboard.type('-EDIT', { delay: 60 });
    started = performance.now();
    await page.waitForFunction(() => document.querySelector('main .acronym')?.textContent?.includes('-EDIT') ?? false, undefined, { timeout: 120_000 });
    previews.push(performance.now() - started);
    keys.push(median(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)));
    await context.close();
  }
  return { nodeCheckMs: median(checks), pageOpenedMs: median(opened), keyToPaintMs: median(keys), previewMs: median(previews) };
}
