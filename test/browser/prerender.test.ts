/**
 * The page drawn at build time (scripts/prerender.ts), as readers meet it: with scripts off it
 * is the same page the app draws (the same headings and figures, at a desktop and a phone
 * width); with scripts on it is on screen before the app has drawn anything and the app takes
 * its place without moving it; wherever the app would draw something else (another file,
 * Latvian, dark colours, an embed) it is never shown.
 */
import { describe, expect, test } from 'vitest';
import type { CDPSession, Page, Route } from 'playwright-core';
import { openPage, useBrowser } from './harness';
import { APP_WAIT_MS } from '../../scripts/prerender';

const { browser, baseUrl } = useBrowser();

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** What a screen reader is given: the names of the headings and figures in the accessibility tree (shadow trees included). */
async function readerOutline(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes.filter((node) => !node.ignored && ['heading', 'figure'].includes(node.role?.value ?? '')).map((node) => `${node.role!.value}: ${node.name?.value ?? ''}`);
}

/** The box of the first element matching `selector` inside the drawing's shadow trees, or undefined where none is laid out. */
async function drawnBox(cdp: CDPSession, selector: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#prerendered > dashboard-drawing' })) as { nodeIds: number[] };
  for (const host of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId: host, depth: 1, pierce: true })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { nodeIds: shadowIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] })) as { nodeIds: number[] };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadowIds[0]!, selector })) as { nodeId: number };
    if (!nodeId) continue;
    try {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[]; width: number; height: number } };
      return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height };
    } catch {
      // Not laid out (the other width's drawing).
    }
  }
  return undefined;
}

/** The app's own outline once it is in charge (scripts on, the built page's drawing gone). */
async function appOutline(width: number): Promise<string[]> {
  const { page, errors, cdp, close } = await openPage(browser(), baseUrl, { viewport: { width, height: 900 } });
  await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
  // The page's title first: it names the project, as the app names it, with scripts or without.
  const outline = [`title ${await page.title()}`, ...(await readerOutline(await cdp()))];
  expect(errors).toEqual([]);
  await close();
  return outline;
}

/** Opens the page with the map's code held back, so the app cannot take over until `release`. */
async function openHeld(url: string, options: Parameters<typeof openPage>[2] = {}): Promise<{ page: Page; cdp: CDPSession; release: () => Promise<void>; close: () => Promise<void> }> {
  const opened = await openPage(browser(), 'about:blank', options);
  const held: Route[] = [];
  let holding = true;
  await opened.page.route('**/assets/map-chart-*.js', (route) => (holding ? held.push(route) : route.continue()));
  await opened.page.goto(url, { waitUntil: 'domcontentloaded' });
  const cdp = await opened.cdp();
  return {
    page: opened.page,
    cdp,
    release: async () => {
      holding = false;
      await Promise.all(held.map((route) => route.continue()));
    },
    close: opened.close,
  };
}

describe('the page drawn at build time', () => {
  test.each([1280, 360])('at %i px, with scripts off, a reader gets the page the app draws: the same headings and figures, once', async (width) => {
    const expected = await appOutline(width);
    expect(expected.filter((line) => line.startsWith('figure')).length).toBeGreaterThanOrEqual(3);
    const opened = await openPage(browser(), baseUrl, { viewport: { width, height: 900 }, javaScriptEnabled: false });
    const { close } = opened;
    const cdp = await opened.cdp();
    expect([`title ${await opened.page.title()}`, ...(await readerOutline(cdp))]).toEqual(expected);
    expect(expected[0]).toBe('title InnoIndustry – EU project dashboard');
    // The map is drawn and laid out within the page's width.
    const map = await drawnBox(cdp, '#map svg');
    expect(map?.width).toBeGreaterThan(width * 0.8);
    expect(map!.x + map!.width).toBeLessThanOrEqual(width);
    // What needs scripts is not offered: no "Share and download", no zoom buttons or zoom hint.
    for (const selector of ['.share', '.zoom-hint', '.zoom-buttons']) expect({ selector, box: await drawnBox(cdp, selector) }).toEqual({ selector, box: undefined });
    expect(await drawnBox(cdp, '.about-map')).toBeDefined();
    await close();
  });

  test('with scripts on it is on screen before the app has drawn anything, and the app takes its place without moving it', async () => {
    // A screen that shows the map's chart: the app takes the map over with the page.
    const { page, cdp, release, close } = await openHeld(baseUrl, { viewport: { width: 1280, height: 1100 } });
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:prerendered').length > 0);
    const drawn = await drawnBox(cdp, '#map svg');
    expect(drawn?.height).toBeGreaterThan(300);
    // The app is laid out unseen beneath it; nothing of it reaches a reader yet.
    expect(await page.locator('#app').evaluate((app) => getComputedStyle(app).visibility)).toBe('hidden');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    await release();
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    expect(await page.locator('#prerendered').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const live = (await page.locator('#map .chart-host svg').first().boundingBox())!;
    expect([live.x, live.y, live.width, live.height].map(Math.round)).toEqual([drawn!.x, drawn!.y, drawn!.width, drawn!.height].map(Math.round));
    await close();
  });

  test('the app takes its place when every view near the screen has said it is in, however long a view takes: with Europe\'s geometry 3.5 s late, the budget and the timeline come, and the drawing stays until the app\'s map is drawn', async () => {
    // A screen tall enough to show all three views.
    const { page, close } = await openPage(browser(), 'about:blank', { viewport: { width: 1280, height: 4000 } });
    // What the app had drawn when the page's drawing was taken away.
    await page.addInitScript(() => {
      const seen = (window as unknown as { takenOver?: Record<string, number> });
      new MutationObserver((_, observer) => {
        if (document.readyState === 'loading' || document.getElementById('prerendered') || !document.getElementById('app')) return;
        observer.disconnect();
        const count = (selector: string) => document.querySelectorAll(`#app ${selector}`).length;
        seen.takenOver = { map: count('#map .chart-host svg .partner'), budget: count('#budget .chart-host svg [data-key]'), timeline: count('#timeline .chart-host svg [data-key]') };
      }).observe(document, { childList: true, subtree: true });
    });
    // A slow view holds back no other: the budget and the timeline come (unseen) while the map waits.
    let othersCame = false;
    await page.route('**/geo/europe.json', async (route: Route) => {
      await new Promise((done) => setTimeout(done, 3500));
      othersCame = await page
        .locator('#app #timeline .chart-host svg [data-key]')
        .first()
        .waitFor({ state: 'attached', timeout: 5000 })
        .then(() => true, () => false);
      await route.continue();
    });
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0, undefined, { timeout: 20_000 });
    const takenOver = await page.evaluate(() => (window as unknown as { takenOver?: Record<string, number> }).takenOver);
    expect(takenOver?.map).toBe(10);
    expect(takenOver?.budget).toBeGreaterThan(0);
    expect(takenOver?.timeline).toBeGreaterThan(0);
    expect(othersCame).toBe(true);
    await close();
  });

  test('should the app never come (its script blocked), the drawing stops being inert after 10 s, so its links and tables can be used', async () => {
    const { page, close } = await openPage(browser(), 'about:blank');
    await page.clock.install();
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
    const hosts = page.locator('#prerendered > dashboard-drawing');
    expect(await hosts.evaluateAll((elements) => elements.map((host) => (host as HTMLElement).inert))).toEqual([true, true]);
    await page.clock.fastForward(APP_WAIT_MS + 100);
    expect(await hosts.evaluateAll((elements) => elements.map((host) => (host as HTMLElement).inert))).toEqual([false, false]);
    await close();
  });

  test.each([
    ['another file', '?data=fixtures/other-project.json', {}],
    ['Latvian asked for', '?lang=lv', {}],
    ['a Latvian browser', '', { locale: 'lv-LV' }],
    ['dark colours asked for by the system', '', { colorScheme: 'dark' as const }],
    ['an embed on the dashboard page', '?embed=map', {}],
  ])('is never shown for %s (%s)', async (_, query, options) => {
    const { page, release, close } = await openHeld(`${baseUrl}${query}`, options);
    // Removed as it was parsed, before any paint: the page shows its loading line, then the app.
    expect(await page.evaluate(() => [document.getElementById('prerendered'), performance.getEntriesByName('dashboard:prerendered').length])).toEqual([null, 0]);
    expect(await page.locator('#app').evaluate((app) => app.classList.contains('taking-over'))).toBe(false);
    await release();
    await close();
  });

  test('a view kept drawn comes when the reader tabs into it, and focus goes on into the view', async () => {
    // A screen that shows the map's chart (the app's at once) and not the budget's.
    const { page, errors, close } = await openPage(browser(), 'about:blank', { viewport: { width: 1280, height: 1100 } });
    // The budget's code held back, so that focus is in its drawing when it comes.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/assets/BudgetView-*.js', (route) => (holding ? held.push(route) : route.continue()));
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    expect(await page.locator('[data-drawn-view="budget"]').count()).toBe(1);
    // Tab on from the map until focus leaves it: the next stop is in the budget's drawing.
    await page.locator('#map').evaluate((map) => map.querySelector<HTMLElement>('[tabindex="0"]')?.focus());
    for (let step = 0; step < 40 && (await page.evaluate(() => document.activeElement?.closest('#map') !== null)); step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-drawn-view="budget"]') !== null)).toBe(true);
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
    await page.locator('#budget .chart-host svg [data-key]').first().waitFor();
    expect(await page.locator('[data-drawn-view="budget"]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#budget') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test('a view kept drawn shows its drawing as drawn: each copy fills its marks with its own patterns, and keeps its own checked controls', async () => {
    const { page, errors, cdp: reading, close } = await openPage(browser(), 'about:blank');
    // The budget's code never comes: its place keeps the drawing.
    await page.route('**/assets/BudgetView-*.js', () => undefined);
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    const cdp = await reading();
    interface DomNode { nodeName: string; backendNodeId: number; shadowRootType?: string; children?: DomNode[]; shadowRoots?: DomNode[] }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode & { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-drawn-view="budget"]' })) as { nodeId: number };
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: DomNode };
    const shadowRoots: DomNode[] = [];
    const walk = (each: DomNode) => {
      // The drawing's own roots, not the browser's inside its controls.
      shadowRoots.push(...(each.shadowRoots ?? []).filter((shadow) => shadow.shadowRootType === 'closed'));
      for (const child of [...(each.children ?? []), ...(each.shadowRoots ?? [])]) walk(child);
    };
    walk(node);
    const copies = [];
    for (const shadow of shadowRoots) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          const filled = [...this.querySelectorAll('[fill^="url(#"]')];
          const own = (element) => this.getElementById(element.getAttribute('fill').slice(5, -1))?.closest('.prerendered-page') === element.closest('.prerendered-page');
          return {
            copies: this.querySelectorAll('.prerendered-page').length,
            ownPatterns: filled.length > 0 && filled.every(own),
            checked: [...this.querySelectorAll('input[type="radio"]')].filter((radio) => radio.checked).length,
          };
        }`,
      })) as { result: { value: unknown } };
      copies.push(result.value);
    }
    expect(copies).toEqual([
      { copies: 1, ownPatterns: true, checked: 1 },
      { copies: 1, ownPatterns: true, checked: 1 },
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  /** The first partner's marker in the drawing on screen (scrolled to the middle of the screen), and the tooltip a drawing shows (lines and box), read through the roots its gate hands out. */
  const drawnPartner = (page: Page) =>
    page.evaluate(() => {
      const roots = window.dashboardDrawings!().filter((root) => root !== null && root.host.isConnected && root.host.getClientRects().length > 0);
      const mark = roots.map((root) => root!.querySelector('#map .partner[data-tip]')).find((found) => found !== null)!;
      mark.scrollIntoView({ block: 'center' });
      const box = mark.querySelector('[data-marker]')!.getBoundingClientRect();
      return { key: mark.getAttribute('data-key')!, x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
  const drawnTipShown = (page: Page) =>
    page.evaluate(() => {
      const tips = window.dashboardDrawings!().flatMap((root) => (root?.host.isConnected ? [...root.querySelectorAll<HTMLElement>('.tooltip')] : []));
      return tips.map((tip) => ({ lines: [...tip.children].map((line) => line.textContent), box: tip.getBoundingClientRect().toJSON() as DOMRect }));
    });
  const appTipShown = (page: Page) =>
    page.locator('#map .chart-host > .tooltip').evaluateAll((tips) => tips.map((tip) => ({ lines: [...tip.children].map((line) => line.textContent), box: tip.getBoundingClientRect().toJSON() as DOMRect })));
  const place = ({ box }: { box: DOMRect }) => [box.x, box.y, box.width, box.height].map(Math.round);

  test('before the app is there, the drawing answers a pointer on a map mark with the tooltip the app shows, in its place; it goes when the pointer leaves, and the app shows it on when it takes over', async () => {
    const { page, errors, close } = await openPage(browser(), 'about:blank', { viewport: { width: 1280, height: 1100 } });
    // The app's script held back: whatever answers the pointer is the drawing.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/assets/index-*.js', (route) => (holding ? held.push(route) : route.continue()));
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:prerendered').length > 0);
    const mark = await drawnPartner(page);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(async () => (await drawnTipShown(page)).length).toBe(1);
    const [drawnTip] = await drawnTipShown(page);
    expect(drawnTip!.lines.length).toBeGreaterThanOrEqual(2);
    // Above its mark, as the app places its own.
    expect(drawnTip!.box.bottom).toBeLessThan(mark.y);
    expect(Math.abs(drawnTip!.box.x + drawnTip!.box.width / 2 - mark.x)).toBeLessThan(drawnTip!.box.width / 2);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await drawnTipShown(page)).length).toBe(0);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(async () => (await drawnTipShown(page)).length).toBe(1);
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    // The pointer has not moved: the app shows the same tooltip, in the same place.
    await expect.poll(async () => (await appTipShown(page)).map((tip) => tip.lines)).toEqual([drawnTip!.lines]);
    expect(place((await appTipShown(page))[0]!)).toEqual(place(drawnTip!));
    expect(errors).toEqual([]);
    await close();
  });

  test('a map kept drawn answers a pointer on its marks too, and the pointer on it brings the app’s map, which shows the tooltip on', async () => {
    // The map's heading alone is on the first screen: its drawing is kept; its code is held back.
    const { page, release, close } = await openHeld(baseUrl, { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    expect(await page.locator('[data-drawn-view="map"]').count()).toBe(1);
    const mark = await drawnPartner(page);
    await page.mouse.move(mark.x, mark.y);
    await expect.poll(async () => (await drawnTipShown(page)).length).toBe(1);
    const [drawnTip] = await drawnTipShown(page);
    await release();
    await page.locator('#map .chart-host svg .partner').first().waitFor();
    expect(await page.locator('[data-drawn-view="map"]').count()).toBe(0);
    await expect.poll(async () => (await appTipShown(page)).map((tip) => tip.lines)).toEqual([drawnTip!.lines]);
    expect(place((await appTipShown(page))[0]!)).toEqual(place(drawnTip!));
    await close();
  });

  test('a change of language wants every view at once: none is left drawn in English', async () => {
    const { page, errors, close } = await openPage(browser(), baseUrl, {}, { asLoaded: true });
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
    expect(await page.locator('[data-drawn-view]').count()).toBe(3);
    await page.locator('.app-bar input[value="lv"]').check();
    await page.locator('#timeline .chart-host svg [data-key]').first().waitFor({ state: 'attached' });
    await page.locator('#budget .chart-host svg [data-key]').first().waitFor({ state: 'attached' });
    await page.locator('#map .chart-host svg .partner').first().waitFor({ state: 'attached' });
    expect(await page.locator('[data-drawn-view]').count()).toBe(0);
    expect(await page.locator('#budget h2').textContent()).toBe('Budžets');
    expect(errors).toEqual([]);
    await close();
  });

  test('is kept for ?lang=en, the language it is drawn in', async () => {
    const { page, release, close } = await openHeld(`${baseUrl}?lang=en`, { locale: 'lv-LV' });
    expect(await page.evaluate(() => performance.getEntriesByName('dashboard:prerendered').length)).toBe(1);
    await release();
    await close();
  });
});
