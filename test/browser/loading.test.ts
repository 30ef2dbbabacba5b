/**
 * How the page arrives: every download the first screen needs is asked for by index.html
 * itself (no waterfall of script → data → view code → geometry), nothing is fetched twice,
 * what only a click needs is not fetched at all, and nothing on screen is pushed around while
 * the views come in. Sizes and times are `npm run bench`'s business, not asserted here.
 */
import { describe, expect, test } from 'vitest';
import { afterFrames, openPage, useBrowser } from './harness';

const { browser, baseUrl } = useBrowser();

interface Fetched {
  path: string;
  initiator: string;
  start: number;
  end: number;
}

describe('loading the page', () => {
  test('where the app draws the first screen, the data file, the geometry and the views’ code all start from the page, once each; click-only code is not fetched', async () => {
    // Latvian: the page drawn at build time (English) is not shown, so the app draws the first screen.
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=lv`);
    await page.locator('#map svg .partner').first().waitFor();
    await page.locator('#timeline svg [data-key]').first().waitFor();
    const fetched: Fetched[] = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        path: new URL(r.name).pathname,
        initiator: r.initiatorType,
        start: r.startTime,
        end: r.responseEnd,
      })),
    );
    const named = (pattern: RegExp) => fetched.filter((f) => pattern.test(f.path));
    const data = named(/\/data\/innoindustry\.json$/);
    const geometry = named(/\/geo\/europe\.json$/);
    expect([data.length, geometry.length]).toEqual([1, 1]);
    expect([data[0]!.initiator, geometry[0]!.initiator]).toEqual(['link', 'link']);
    // The views' chunks and the chart libraries were asked for before the data had even arrived.
    const chunk = /\/(MapView|BudgetView|TimelineView|plot|map-chart|budget-chart|timeline-chart|chart-core)-[\w-]+\.js$/;
    const viewCode = named(chunk);
    expect(viewCode.map((f) => chunk.exec(f.path)![1]).sort()).toEqual(
      ['BudgetView', 'MapView', 'TimelineView', 'budget-chart', 'chart-core', 'map-chart', 'plot', 'timeline-chart'].sort(),
    );
    for (const file of [...viewCode, geometry[0]!]) expect(file.start, file.path).toBeLessThan(data[0]!.end);
    const paths = fetched.map((f) => f.path);
    expect(paths.length).toBe(new Set(paths).size);
    expect(named(/\/(csv|pptxgen[\w.]*|picture|Presentation)-[\w-]+\.js$/)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('where the page drawn at build time is the first screen, the views’ code waits until it is parsed; the data file and the geometry start from the page, once each', async () => {
    const { page, errors, close } = await openPage(browser(), baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    const { drawn, fetched } = await page.evaluate(() => ({
      drawn: performance.getEntriesByName('dashboard:prerendered')[0]?.startTime ?? NaN,
      fetched: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname, initiator: r.initiatorType, start: r.startTime })),
    }));
    const views = fetched.filter((f) => /\/(MapView|BudgetView|TimelineView|plot|chart-core)-[\w-]+\.js$/.test(f.path));
    expect(views).toHaveLength(5);
    for (const view of views) expect(view.start, view.path).toBeGreaterThan(drawn);
    const files = fetched.filter((f) => /\/(data\/innoindustry|geo\/europe)\.json$/.test(f.path));
    expect(files.map((f) => f.initiator)).toEqual(['link', 'link']);
    const paths = fetched.map((f) => f.path);
    expect(paths.length).toBe(new Set(paths).size);
    expect(errors).toEqual([]);
    await close();
  });

  test.each([360, 1280])('at %i px nothing on screen moves while the page loads (no layout shift)', async (width) => {
    const { page, close } = await openPage(browser(), 'about:blank', { viewport: { width, height: 800 } }, { firstVisit: true });
    await page.addInitScript(() => {
      const shifts: { value: number; moved: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[])
          if (!entry.hadRecentInput)
            // What moved, and from where to where: a failure says which element to look at.
            shifts.push({
              value: entry.value,
              moved: (entry.sources ?? []).map(({ node, previousRect: a, currentRect: b }) => `${node?.nodeName ?? '?'}.${(node as Element | undefined)?.getAttribute?.('class') ?? ''} ${Math.round(a.y)}→${Math.round(b.y)}`),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(baseUrl);
    await page.locator('#timeline svg [data-key]').first().waitFor();
    await page.locator('.page-footer').waitFor();
    // A shift is reported with the frame it happens in: a few frames after the last part came in, all are heard.
    await afterFrames(page, 5);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
    await close();
  });
});
