/**
 * The page and its picture agree: what a presenter sees in a view — its title, its legend, the
 * partner opened, the event chosen, shares rather than amounts, event places hidden — is what the
 * picture downloaded from that view shows, in each language.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { downloadedBytes, openPage, useBrowser } from './harness';
import { LIGHT } from '../../src/chart/theme';
import { en } from '../../src/i18n/en';
import { lv } from '../../src/i18n/lv';

const { browser, baseUrl } = useBrowser();

const PARTNER = 'ministry-of-economics-lv';
/** An event with a place of its own on the map. */
const EVENT = 'study-visit-krems';
const VIEWS = ['map', 'budget', 'timeline'] as const;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The picture the view's slide panel downloads, as an SVG document. */
async function pictureOf(page: Page, view: string): Promise<Document> {
  const details = page.locator(`[data-share="${view}"]`);
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
  const panel = page.locator(`[data-slides="${view}"]`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), panel.locator('[data-download="svg"]').click()]);
  const text = (await downloadedBytes(download)).toString('utf8');
  return new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
}

/** What the page shows of a view: its title, its legend, and the marks the reader's state touches. */
async function pageFacts(page: Page, view: string) {
  return page.evaluate(
    ({ view, partner, event }) => {
      const section = document.getElementById(view)!;
      const svg = section.querySelector('figure svg:has([data-key])')!;
      return {
        title: section.querySelector('.figure-title')?.textContent ?? '',
        /** The heading over the partners' budgets. */
        heading: section.querySelector('.partner-budgets .inner-heading')?.textContent ?? null,
        legend: [...section.querySelectorAll('ul.legend li[data-legend]')].map((li) => [li.getAttribute('data-legend'), li.textContent?.replace(/\s+/g, ' ').trim()]),
        symbols: [...section.querySelectorAll('ul.legend li[data-legend]')].map((li) =>
          [...li.querySelectorAll('svg :is(rect, line, circle, path):not(pattern *)')].map((shape) =>
            ['fill', 'stroke', 'stroke-dasharray', 'data-pattern'].reduce((said, name) => `${said} ${(shape.getAttribute(name) ?? '').replace(/^url\(.*\)$/, 'pattern')}`, shape.tagName),
          ),
        ),
        selectedPartners: [...svg.querySelectorAll('.partner.selected')].map((m) => m.getAttribute('data-partners')),
        eventPlaces: [...svg.querySelectorAll('.event-place')].map((m) => m.getAttribute('data-events')),
        eventStroke: svg.querySelector(`[data-key="event-${event}"]`)?.getAttribute('stroke') ?? null,
        partnerMarks: svg.querySelectorAll(`[data-partners~="${partner}"]`).length,
        ticks: [...svg.querySelectorAll('g[data-plot="x-axis tick label"] text')].map((t) => t.textContent ?? ''),
      };
    },
    { view, partner: PARTNER, event: EVENT },
  );
}

function pictureFacts(doc: Document) {
  const frame = doc.querySelector('g[data-frame]')!;
  return {
    // The title: the frame's bold lines above the legend (it may wrap over two or three).
    title: clean([...frame.querySelectorAll(':scope > text[font-weight="700"]')].map((t) => t.textContent).join(' ')),
    legend: [...frame.querySelectorAll('g[data-legend]')].map((g) => [g.getAttribute('data-legend'), clean(g.textContent)]),
    heading: [...doc.querySelectorAll('[data-panel-heading="partners"]')].map((h) => h.textContent ?? '')[0] ?? null,
    symbols: [...frame.querySelectorAll('g[data-legend]')].map((g) =>
      [...g.querySelectorAll(':is(rect, line, circle, path)')].map((shape) =>
        ['fill', 'stroke', 'stroke-dasharray', 'data-pattern'].reduce((said, name) => `${said} ${(shape.getAttribute(name) ?? '').replace(/^url\(.*\)$/, 'pattern')}`, shape.tagName),
      ),
    ),
    selectedPartners: [...doc.querySelectorAll('.partner.selected')].map((m) => m.getAttribute('data-partners')),
    eventPlaces: [...doc.querySelectorAll('.event-place')].map((m) => m.getAttribute('data-events')),
    eventStroke: doc.querySelector(`[data-key="event-${EVENT}"]`)?.getAttribute('stroke') ?? null,
    ticks: [...doc.querySelectorAll('g[data-plot="x-axis tick label"] text')].map((t) => t.textContent ?? ''),
  };
}

describe.each(['en', 'lv'])('in %s, the picture shows what the page shows', (lang) => {
  test('as the chart first opens, and with a partner opened, an event chosen, shares and event places hidden', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=${lang}`);
    for (const view of VIEWS) await page.locator(`#${view} figure svg [data-key]`).first().waitFor({ state: 'attached' });

    // As it opens: the same title and legend in each view.
    for (const view of VIEWS) {
      const shown = await pageFacts(page, view);
      const picture = pictureFacts(await pictureOf(page, view));
      expect(picture.title, view).toBe(clean(shown.title));
      expect(picture.legend, view).toEqual(shown.legend);
      // The partners' budgets under the same heading, which names their scale.
      expect(picture.heading, view).toBe(shown.heading && clean(shown.heading));
      if (view === 'budget') expect(shown.heading).toMatch(/\(/);
      // Each entry drawn by the same shapes, in the same colours, dashes and patterns.
      expect(picture.symbols, view).toEqual(shown.symbols);
      expect(shown.symbols.flat().length, view).toBeGreaterThanOrEqual(shown.legend.length);
    }

    // The reader sets the page up: opens a partner, chooses an event, asks for shares, hides event places.
    await page.evaluate(({ partner, event }) => {
      const url = new URL(location.href);
      url.searchParams.set('partner', partner);
      url.searchParams.set('event', event);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, { partner: PARTNER, event: EVENT });
    await page.locator('#budget input[type="radio"][value="share"]').check();
    await page.locator('#map').getByLabel(lang === 'en' ? en.map.showEvents : lv.map.showEvents).uncheck();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('places'))).toBe('hidden');
    await expect.poll(async () => (await pageFacts(page, 'map')).eventPlaces).toEqual([EVENT]);
    await expect.poll(async () => (await pageFacts(page, 'timeline')).eventStroke).toBe(LIGHT.today);

    const map = await pageFacts(page, 'map');
    const mapPicture = pictureFacts(await pictureOf(page, 'map'));
    expect(map.selectedPartners.join(' ')).toContain(PARTNER);
    expect(mapPicture.selectedPartners).toEqual(map.selectedPartners);
    // Event places hidden, but for the chosen event's, in both.
    expect(mapPicture.eventPlaces).toEqual([EVENT]);
    expect(mapPicture.title).toBe(clean(map.title));
    expect(mapPicture.legend).toEqual(map.legend);

    const budget = await pageFacts(page, 'budget');
    const budgetPicture = pictureFacts(await pictureOf(page, 'budget'));
    expect(budget.ticks.some((tick) => tick.endsWith('%'))).toBe(true);
    // The whole budget's scale in shares (the partners' own panel stays in money).
    expect(budgetPicture.ticks.some((tick) => tick.endsWith('%'))).toBe(true);
    expect(budgetPicture.title).toBe(clean(budget.title));
    expect(budgetPicture.legend).toEqual(budget.legend);

    const timeline = await pageFacts(page, 'timeline');
    const timelinePicture = pictureFacts(await pictureOf(page, 'timeline'));
    expect(timeline.eventStroke).toBe(LIGHT.today);
    expect(timelinePicture.eventStroke).toBe(timeline.eventStroke);
    expect(timelinePicture.title).toBe(clean(timeline.title));
    expect(timelinePicture.legend).toEqual(timeline.legend);

    // The words under each chart on the page are the words its picture is presented with (and its slide's notes).
    const said = await page.evaluate(() =>
      Object.fromEntries(['map', 'budget', 'timeline'].map((view) => [view, document.querySelector(`#${view} [data-summary]`)?.textContent ?? ''])),
    );
    const status = (lang === 'en' ? en : lv).timeline.captionCompleted(lang === 'en' ? '31 Jan 2023' : '2023. gada 31. janv.');
    expect(clean(said.timeline)).toContain(status);

    // Presentation mode shows the same state.
    await page.evaluate(() => {
      const url = new URL(location.href);
      url.searchParams.set('present', 'map');
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    const stage = page.locator('[data-present="map"] .stage > svg');
    await stage.locator('.partner').first().waitFor({ state: 'attached' });
    expect(await stage.evaluate((svg) => [...svg.querySelectorAll('.partner.selected')].map((m) => m.getAttribute('data-partners')))).toEqual(map.selectedPartners);
    expect(await stage.evaluate((svg) => [...svg.querySelectorAll('.event-place')].map((m) => m.getAttribute('data-events')))).toEqual([EVENT]);
    const presented = (view: string) => page.locator(`[data-present="${view}"] .stage > svg`).getAttribute('aria-label').then(clean);
    expect(await presented('map')).toBe(clean(`${map.title}. ${said.map}`));
    await page.keyboard.press('ArrowRight');
    expect(await presented('budget')).toBe(clean(`${budget.title}. ${said.budget}`));
    await page.keyboard.press('ArrowRight');
    expect(await presented('timeline')).toBe(clean(`${timeline.title}. ${said.timeline}`));
    expect(errors).toEqual([]);
    await close();
  });
});

/** A key entry's words, spaces made plain. */
const entryText = (text: string | null | undefined) => clean(text).replace(/[\u00a0\u202f\u2009]/g, ' ');

/** The picture's entry says the page's, or the part of it its column had room for ("Name of th…", "… what tells it apart"). */
function saysTheSame(page: string, picture: string): boolean {
  if (picture === page) return true;
  if (picture.endsWith('…') && page.startsWith(picture.slice(0, -1).trimEnd())) return true;
  return picture.startsWith('… ') && page.includes(picture.slice(2).replace(/…$/, '').trim());
}

describe.each(['en', 'lv'])('in %s, a crowded map', (lang) => {
  test('a number means the same partner in the page\'s key and in the picture\'s', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=${lang}&data=fixtures/generated-crowded.json`);
    await page.locator('#map figure svg .partner').first().waitFor({ state: 'attached' });
    const onPage = new Map(
      await page.$$eval('#map .map-key li', (items) => items.map((li) => [Number(li.getAttribute('value')), li.textContent ?? ''] as [number, string])),
    );
    const picture = await pictureOf(page, 'map');
    const inPicture = [...picture.querySelectorAll('g[data-frame-key] g[data-key-entry]')]
      .map((entry) => [Number(entry.getAttribute('data-key-entry')), [...entry.querySelectorAll(':scope > text')].slice(1).map((t) => t.textContent ?? '').join(' ')] as const)
      .filter(([number]) => number > 0);
    // Both have keys, and some numbers in common: a test that compared nothing would prove nothing.
    const shared = inPicture.filter(([number]) => onPage.has(number));
    expect(shared.length).toBeGreaterThan(3);
    const differ = shared.filter(([number, name]) => !saysTheSame(entryText(onPage.get(number)), entryText(name))).map(([number, name]) => `${number}: page "${onPage.get(number)}", picture "${name}"`);
    expect(differ).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

