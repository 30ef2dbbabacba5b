/**
 * How the page arrives: every download the first screen needs is asked for by index.html
 * itself (no waterfall of script → data → view code → geometry), nothing is fetched twice,
 * what only a click needs is not fetched at all, and nothing on screen is pushed around while
 * the views come in. Sizes and times are `npm run bench`'s business, not asserted here.
 */
import { describe, expect, test } from 'vitest';
import { afterFrames, everyView, openPage, useBrowser } from './harness';

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

  const allViews = ['MapView', 'BudgetView', 'TimelineView', 'plot', 'chart-core', 'map-chart', 'budget-chart', 'timeline-chart'];
  test.each([
    // A desktop's first screen shows the map's heading, not its chart; a taller one shows its chart.
    [1280, 900, ['map', 'budget', 'timeline'], []],
    [1280, 1100, ['budget', 'timeline'], ['MapView', 'chart-core', 'map-chart']],
    // On a phone's, the header and the key figures fill it.
    [360, 800, ['map', 'budget', 'timeline'], []],
  ])(
    'where the page drawn at build time is shown, at %i × %i px only the views whose chart is on the first screen are the app’s: their code waits until the drawing is parsed, the others’ code, data and drawing wait until the reader scrolls to them',
    async (width, height, drawnViews, near) => {
      const far = allViews.filter((chunk) => !near.includes(chunk));
      const { page, errors, close } = await openPage(browser(), baseUrl, { viewport: { width, height } }, { firstVisit: true, asLoaded: true });
      await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
      await afterFrames(page, 3);
      const read = () =>
        page.evaluate(() => ({
          drawn: performance.getEntriesByName('dashboard:prerendered')[0]?.startTime ?? NaN,
          fetched: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ path: new URL(r.name).pathname, initiator: r.initiatorType, start: r.startTime })),
        }));
      const chunk = /\/(MapView|BudgetView|TimelineView|plot|map-chart|budget-chart|timeline-chart|chart-core)-[\w-]+\.js$/;
      const { drawn, fetched } = await read();
      const views = fetched.filter((f) => chunk.test(f.path));
      expect(views.map((f) => chunk.exec(f.path)![1]).sort()).toEqual([...near].sort());
      for (const view of views) expect(view.start, view.path).toBeGreaterThan(drawn);
      // The data file from the page; the map's geometry only with the map's code.
      const files = fetched.filter((f) => /\/(data\/innoindustry|geo\/europe)\.json$/.test(f.path));
      expect(files.map((f) => f.path.split('/').pop())).toEqual(drawnViews.includes('map') ? ['innoindustry.json'] : ['innoindustry.json', 'europe.json']);
      // The views further down keep the drawing, in their place.
      const kept = await page.locator('[data-drawn-view]').evaluateAll((places) => places.map((place) => (place as HTMLElement).dataset.drawnView));
      expect(kept).toEqual(drawnViews);
      for (const place of await page.locator('[data-drawn-view]').all()) expect((await place.boundingBox())?.height).toBeGreaterThan(300);
      // Scrolled to, each comes: its code, then its chart, in place of the drawing.
      await everyView(page, { scroll: true });
      const after = (await read()).fetched.filter((f) => chunk.test(f.path));
      expect(after.map((f) => chunk.exec(f.path)![1]).sort()).toEqual([...near, ...far].sort());
      for (const view of ['map', 'budget', 'timeline']) await page.locator(`#${view} .chart-host svg [data-key]`).first().waitFor({ state: 'attached' });
      const paths = (await read()).fetched.map((f) => f.path);
      expect(paths.length).toBe(new Set(paths).size);
      expect(errors).toEqual([]);
      await close();
    },
  );

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
    await page.locator('.page-footer').waitFor();
    // Then as a reader scrolls down: each view the app takes over as it nears comes in place of its drawing.
    await everyView(page, { scroll: true });
    await page.locator('#timeline svg [data-key]').first().waitFor();
    // A shift is reported with the frame it happens in: a few frames after the last part came in, all are heard.
    await afterFrames(page, 5);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts);
    expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
    await close();
  });
});
