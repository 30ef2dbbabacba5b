/**
 * Embed and share: one chart in an iframe that sizes itself through embed.js, the share
 * panel's link, embed code and CSV, the page's zip, the print layout, and the state in the
 * address so a copied link opens the same view.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { PRINT_WIDTH } from '../../src/page/printing';
import { downloadedBytes, openPage, useBrowser } from './harness';
import { DARK, LIGHT } from '../../src/chart/theme';

const { browser, baseUrl } = useBrowser();

describe('embedded', () => {
  test.each(['map', 'budget', 'timeline'])('embed.html?embed=%s shows that one chart with its title, a source line and a link to the dashboard, and no page header (nor the drawing made at build time)', async (view) => {
    // The map with a partner open (its country's panel has headings of its own); the timeline at a width where its events are numbered.
    const state = view === 'map' ? '&partner=ministry-of-economics-lv' : '';
    const { page, errors, close } = await openPage(browser(), `${baseUrl}embed.html?embed=${view}&lang=en${state}`, { viewport: { width: 700, height: 900 } });
    // The page for embeds does not carry the built-in page drawn at build time.
    const html = await (await page.request.get(`${baseUrl}embed.html`)).text();
    expect(html).not.toContain('prerendered');
    expect(html.length).toBeLessThan(5000);
    await page.locator(`#${view} .chart-host svg [role="img"]`).first().waitFor();
    expect(await page.locator('figure').count()).toBe(1);
    expect(await page.locator('[data-view]').count()).toBe(1);
    expect(await page.locator(`#${view} .figure-title`).textContent()).not.toBe('');
    expect(await page.locator(`#${view} .view-source`).textContent()).toMatch(/^Source: .+ · checked 26 Nov 2026$/);
    const link = page.locator('.embed-source a[data-open-dashboard]');
    expect(await link.textContent()).toBe('Open the full dashboard');
    expect(await link.getAttribute('href')).not.toContain('embed=');
    expect(new URL((await link.getAttribute('href'))!).pathname).toMatch(/\/sub\/path\/$/);
    expect(await page.locator('.project-header, .app-bar, .sources').count()).toBe(0);
    // One h1, the chart's title; every heading inside it one level below the one before at most.
    if (view === 'map') await page.locator('#map .map-details').waitFor();
    const headings = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((all) => all.map((h) => ({ level: Number(h.tagName[1]), text: h.textContent ?? '' })));
    expect(headings.filter((h) => h.level === 1)).toEqual([{ level: 1, text: await page.locator(`#${view} .figure-title`).textContent() }]);
    expect(headings[0]!.level).toBe(1);
    expect(headings.length).toBeGreaterThan(view === 'budget' ? 1 : view === 'map' ? 3 : 0);
    for (const [i, heading] of headings.entries()) if (i > 0) expect({ heading: heading.text, step: heading.level - headings[i - 1]!.level <= 1 }).toEqual({ heading: heading.text, step: true });
    expect(errors).toEqual([]);
    await close();
  });

  test('an embed with lang=lv&theme=dark is Latvian and dark', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?embed=budget&lang=lv&theme=dark`);
    await page.locator('#budget svg [data-key="own"]').waitFor();
    expect(await page.locator('#budget svg [data-key="own"]').getAttribute('fill')).toBe(DARK.own);
    expect(await page.locator('#budget .view-source').textContent()).toMatch(/^Avots: /);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('lv');
    await close();
  });

  test('a host page with two dashboard iframes and embed.js gets each iframe to its own content height', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}fixtures/host.html`, { viewport: { width: 900, height: 800 } });
    const frames = ['map-frame', 'timeline-frame'];
    for (const id of frames) {
      const frame = page.frameLocator(`#${id}`);
      await frame.locator('.chart-host svg [role="img"]').first().waitFor();
    }
    for (const id of frames) {
      await expect
        .poll(async () => {
          const outer = await page.locator(`#${id}`).evaluate((iframe: HTMLIFrameElement) => iframe.getBoundingClientRect().height);
          const inner = await page.locator(`#${id}`).evaluate((iframe: HTMLIFrameElement) => Math.ceil(iframe.contentDocument!.body.getBoundingClientRect().height));
          return Math.abs(outer - inner);
        })
        .toBeLessThanOrEqual(4);
    }
    const [map, timeline] = await Promise.all(frames.map((id) => page.locator(`#${id}`).evaluate((iframe) => iframe.getBoundingClientRect().height)));
    expect(map).not.toBe(timeline);
    await close();
  });

  test('an embedded chart tells its host its height is final only once the chart is drawn: with Europe\'s geometry late, not before the map', async () => {
    const { page, close } = await openPage(browser(), 'about:blank', { viewport: { width: 900, height: 800 } });
    // What each frame showed when the host marked it complete.
    await page.addInitScript(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { completeWith: Record<string, number> }).completeWith = seen;
      new MutationObserver((changes) => {
        for (const change of changes) {
          const frame = change.target as HTMLIFrameElement;
          if (change.attributeName === 'data-dashboard-complete' && frame.hasAttribute('data-dashboard-complete') && !(frame.id in seen))
            seen[frame.id] = frame.contentDocument?.querySelectorAll('.chart-host svg [data-key]').length ?? -1;
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-dashboard-complete'] });
    });
    await page.route('**/geo/europe.json', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await page.goto(`${baseUrl}fixtures/host.html`);
    await expect.poll(() => page.evaluate(() => Object.keys((window as unknown as { completeWith: Record<string, number> }).completeWith).sort())).toEqual(['map-frame', 'timeline-frame']);
    const completeWith = await page.evaluate(() => (window as unknown as { completeWith: Record<string, number> }).completeWith);
    expect(completeWith['map-frame']).toBeGreaterThanOrEqual(10);
    expect(completeWith['timeline-frame']).toBeGreaterThan(0);
    await close();
  });
});

describe('share and download', () => {
  test('embed.js sizes only dashboard frames, from their own window, with finite heights; a chart below the fold is sized unseen; a failing one keeps its given height', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}fixtures/host-guarded.html`, { viewport: { width: 900, height: 800 } });
    const below = page.locator('#below');
    // Far below the fold and lazy, it still gets its content's height without being scrolled to.
    await expect.poll(() => below.getAttribute('height'), { timeout: 20_000 }).not.toBe('300');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // An iframe that is no dashboard is not resized by its own messages (it sends one every 50 ms).
    // Five of its messages have arrived (each a claim to be 999 px tall), counted rather than timed.
    await page.evaluate(() => new Promise<void>((resolve) => {
      let heard = 0;
      const impostor = document.querySelector<HTMLIFrameElement>('#impostor')!.contentWindow;
      addEventListener('message', (event) => {
        if (event.source === impostor && ++heard === 5) resolve();
      });
    }));
    expect(await page.locator('#impostor').getAttribute('height')).toBe('120');
    // The chart that cannot load its data tells it, and its frame keeps the height the page gave it.
    const failing = page.frameLocator('#failing');
    await failing.locator('.notice.error').first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.locator('#failing').getAttribute('height')).toBe('600');
    // Heights that are not finite numbers are ignored; the next real one is taken.
    const frame = page.frames().find((f) => f.url().includes('embed=timeline'))!;
    await below.evaluate((iframe) => {
      const heights: string[] = ((window as unknown as { heights: string[] }).heights = []);
      new MutationObserver(() => heights.push(iframe.getAttribute('height') ?? '')).observe(iframe, { attributes: true, attributeFilter: ['height'] });
    });
    await frame.evaluate(() => {
      for (const height of ['900', Number.NaN, Number.POSITIVE_INFINITY, null, { value: 5 }]) parent.postMessage({ type: 'eu-project-dashboard:height', height, complete: true }, '*');
      parent.postMessage({ type: 'eu-project-dashboard:height', height: 777, complete: true }, '*');
    });
    await expect.poll(() => below.getAttribute('height')).toBe('777');
    // Not one of them was taken on the way: only the real height was ever set.
    expect(await page.evaluate(() => (window as unknown as { heights: string[] }).heights)).toEqual(['777']);
    expect(await below.evaluate((iframe) => iframe.style.height)).toBe('777px');
    await close();
  });

  test('the share panel copies a link and an iframe snippet with the state (the colours the presenter sees, or each reader\'s), and downloads the chart data as CSV with a byte-order mark', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv&partner=rra-posavje`, {}, { views: ['map'] });
    await page.locator('#map svg .partner').first().waitFor();
    const panel = page.locator('#map details.share');
    await panel.locator('summary').click();
    const snippet = (await panel.locator('textarea').inputValue()).replace(/&amp;/g, '&');
    for (const part of ['<iframe', 'title=', 'embed.html?', 'embed=map', 'lang=lv', 'partner=rra-posavje', 'embed.js']) expect(snippet).toContain(part);
    // The embed keeps the colours the presenter sees (the system's light here), unless told to follow each reader's.
    expect(snippet).toContain('theme=light');
    await panel.locator('[data-embed-follow]').check();
    expect(await panel.locator('textarea').inputValue()).not.toContain('theme=');
    await panel.locator('[data-embed-follow]').uncheck();
    await page.getByLabel('Tumšs', { exact: true }).check();
    await expect.poll(() => panel.locator('textarea').inputValue()).toContain('theme=dark');
    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('[data-download="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('innoindustry-partners.csv');
    const csv = (await downloadedBytes(download)).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('ministry-of-economics-lv');
    expect(csv).toContain('Ekonomikas ministrija');
    await close();
  });

  test('the page gives all the data as one zip: four tables and the JSON file as loaded', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.locator('.project-header').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="zip"]').click()]);
    const files = unzipSync(new Uint8Array(await downloadedBytes(download)));
    expect(Object.keys(files).sort()).toEqual(['innoindustry-budget.csv', 'innoindustry-events.csv', 'innoindustry-partners.csv', 'innoindustry-schedule.csv', 'innoindustry.json']);
    expect(strFromU8(files['innoindustry.json']!)).toBe(readFileSync('data/innoindustry.json', 'utf8'));
    await close();
  });

  test('the budget measure and the chosen event are in the address, so a copied link opens the same view', async () => {
    const { page, close } = await openPage(browser(), baseUrl);
    await page.locator('#budget svg [data-key="own"]').waitFor();
    await page.locator('#budget').getByLabel('Shares of the total').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('measure')).toBe('share');
    const kickOff = page.locator('#timeline svg [data-key="event-kick-off"]');
    await kickOff.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('kick-off');
    const copied = page.url();
    await page.goto(copied);
    await page.locator('#map svg .event-place.selected').waitFor();
    expect(await page.locator('#budget').getByLabel('Shares of the total').isChecked()).toBe(true);
    await close();
  });
});

describe('an embed loads only its view', () => {
  test.each(['budget', 'timeline', 'map'])('embed=%s asks for its own view’s code and data, not the others’ (the map’s geometry only for the map, once)', async (view) => {
    const context = await browser().newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 700, height: 900 } });
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}embed.html?embed=${view}&lang=en`);
    await page.locator(`#${view} .chart-host svg [role="img"]`).first().waitFor();
    const geometry = asked.filter((path) => path.endsWith('/geo/europe.json'));
    const viewCode = (name: string) => asked.some((path) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(path));
    expect({ geometry: geometry.length, MapView: viewCode('MapView'), BudgetView: viewCode('BudgetView'), TimelineView: viewCode('TimelineView') }).toEqual({
      geometry: view === 'map' ? 1 : 0,
      MapView: view === 'map',
      BudgetView: view === 'budget',
      TimelineView: view === 'timeline',
    });
    // The map's embed starts its geometry's download as the app starts, beside its code's (not after it).
    expect(await page.locator('link[rel="preload"][href="geo/europe.json"]').count()).toBe(view === 'map' ? 1 : 0);
    await context.close();
  });
});

describe('print', () => {
  test.each(['en', 'lv'])('in %s, the whole dashboard prints on at most 4 A4 landscape pages: the map drawn for the paper’s width, the sources’ addresses, no buttons; a dark page prints light', async (lang) => {
    // The Latvian page in the dark theme: paper is white and browsers leave backgrounds out, so it prints in the light colours.
    const dark = lang === 'lv';
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=${lang}${dark ? '&theme=dark' : ''}`, { viewport: { width: 1122, height: 794 } });
    const ink = () => page.evaluate(() => getComputedStyle(document.querySelector('main')!).color);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    if (dark) expect(await ink()).toBe(rgb(DARK.ink));
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await page.locator('#map svg .partner').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('button:visible, .share:visible, .zoom-buttons:visible').count()).toBe(0);
    // The map laid out again for paper, at the printable width of A4 landscape (277 mm), in place of the screen's.
    const printed = page.locator('#map .print-map > svg');
    await printed.waitFor();
    expect(await ink()).toBe(rgb(LIGHT.ink));
    // Its charts in the light colours too: no text in the dark theme's ink.
    const fills = await page.locator('.print-map svg text, .print-chart svg text').evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fill));
    expect(fills.length).toBeGreaterThan(10);
    expect(fills).not.toContain(rgb(DARK.ink));
    expect(Number(await printed.getAttribute('width'))).toBe(PRINT_WIDTH);
    expect(await page.locator('#map .map-layout').isVisible()).toBe(false);
    expect(await printed.locator('.partner').count()).toBeGreaterThan(0);
    // Every source with its address written out.
    const sources = await page.locator('.sources li').evaluateAll((items) => items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), printed: (li.querySelector('[data-print-url]') as HTMLElement | null)?.innerText.replace(/\s+/g, '') })));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source.printed).toBe(source.href);
    expect(await page.locator('[data-print-url]').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    // Back on screen, the screen's map again.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('#map .print-map').count()).toBe(0);
    expect(await page.locator('#map .map-layout').isVisible()).toBe(true);
    await close();
  });

  test('with scripts off, a page in the system’s dark colours prints in the light ones', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=en`, { javaScriptEnabled: false, colorScheme: 'dark' });
    const ink = () => page.evaluate(() => getComputedStyle(document.body).color);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(await ink()).toBe(rgb(DARK.ink));
    await page.emulateMedia({ media: 'print' });
    expect(await ink()).toBe(rgb(LIGHT.ink));
    await close();
  });

  test.each([
    ['thirty-countries', 'lv'],
    ['generated-crowded', 'en'],
    ['generated-crowded', 'lv'],
  ])('%s (in %s) prints on at most 4 pages: the map first, with the key figures, its long key flowing on; each chart laid out for paper', async (file, lang) => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/${file}.json&lang=${lang}`, { viewport: { width: 1122, height: 794 } });
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await page.locator('#map svg .partner').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    // Nothing to press on paper (polled: the page is laid out for paper as the print media comes into force).
    await expect.poll(() => page.locator('button:visible, summary:visible, input:visible, .share:visible').count()).toBe(0);
    // The budget's bar and the timeline drawn again at the printable width, in place of the screen's.
    for (const view of ['budget', 'timeline']) {
      const paper = page.locator(`#${view} .chart-host > .print-chart > svg`);
      expect(Number(await paper.first().getAttribute('width'))).toBe(PRINT_WIDTH);
      expect(await page.locator(`#${view} .chart-host > .chart-stage`).first().isVisible()).toBe(false);
    }
    if (file === 'generated-crowded') {
      // 40 partners: the published budgets listed with a bar each (largest first, on one scale), not a chart of 40 rows.
      const published = await page.locator('#budget .print-partner-list li').evaluateAll((items) => items.map((li) => (li.querySelector('.paper-bar') as HTMLElement).getBoundingClientRect().width));
      expect(published.length).toBeGreaterThan(12);
      expect(published).toEqual([...published].sort((a, b) => b - a));
      expect(await page.locator('#budget .partner-budgets .chart-host').isVisible()).toBe(false);
      // Paper has no tooltips: every event on the printed timeline is named or numbered, and each number is in the printed key.
      const texts = await page.locator('#timeline .print-chart svg text').allTextContents();
      const numbered = new Set(
        texts.flatMap((text) => {
          const range = /^(\d{1,3})(?:–(\d{1,3}))?$/.exec(text.trim());
          return range ? Array.from({ length: Number(range[2] ?? range[1]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : [];
        }),
      );
      const keyed = await page.locator('#timeline .timeline-key li').count();
      expect(numbered.size).toBeGreaterThan(10);
      expect([...numbered].sort((a, b) => a - b)).toEqual(Array.from({ length: keyed }, (_, i) => i + 1));
    }
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(4);
    await close();
  });
});
