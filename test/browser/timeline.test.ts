import { describe, expect, test } from 'vitest';
import { everyView, openPage, useBrowser, useSharedPages } from './harness';
import type { Page } from 'playwright-core';

const { browser, baseUrl } = useBrowser();
/** The default page, shared by the checks that only read it. */
const shared = useSharedPages(browser, { views: ['timeline'] });

/** Every dated event of the facts sheet (shared/facts/innoindustry.md), by date. */
/** The facts sheet's event dates, as the page writes them: a range names its month and year once. */
const FACT_SHEET_DATES = [
  '3–4 Sept 2019', '23 Oct 2019', '10 Dec 2019', '3–5 Mar 2020', '8 Oct 2020',
  '27 Nov 2020', '16 Dec 2020', '18 Dec 2020', '25 Jan 2021', '26 Mar 2021', '13 May 2021', '21 May 2021',
  '22 Jun 2021', '30 Jun 2021', '12 Oct 2021', '20 Jan 2022', '25 Jan 2022', '26 May 2022',
];

/** Intl puts thin spaces around a range's dash; the test reads them as plain spaces. */
const thin = (text: string | null) => (text ?? '').replace(/\u2009/g, ' ');

async function svgTexts(page: Page): Promise<string[]> {
  // A name over several lines is one text of several tspans: its lines read with a space between.
  return page.$$eval('#timeline svg text', (texts) => texts.map((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') : (t.textContent ?? ''))));
}

describe('the timeline of InnoIndustry', () => {
  test('shows the project, Phase 1, Phase 2, semesters S1–S5 and more, and the +6 months extension', async () => {
    const { page, errors } = await shared(baseUrl);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    const texts = (await svgTexts(page)).join('|');
    for (const label of ['Project', 'Phase 1: interregional learning', 'Phase 2: monitoring of the action plans', 'S1', 'S2', 'S3', 'S4', 'S5', '+6 months']) {
      expect(texts).toContain(label);
    }
    const project = page.locator('#timeline tr[data-row="project"]');
    expect(thin(await project.locator('td').nth(0).textContent())).toBe('1 Aug 2019 – 31 Jul 2022');
    expect(thin(await project.locator('td').nth(1).textContent())).toBe('1 Aug 2019 – 31 Jan 2023');
    expect(await project.locator('td').nth(2).textContent()).toBe('+6 months');
    expect(await page.locator('#timeline tr[data-row="phase-phase-1"] td').nth(2).textContent()).toBe('+6 months');
    expect(thin(await page.locator('#timeline tr[data-semester="5"] td').textContent())).toBe('1 Aug 2021 – 31 Jan 2022');
    expect(errors).toEqual([]);
  });

  test('lists every dated event of the facts sheet, and draws a mark for each', async () => {
    const { page } = await shared(baseUrl);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    const dates = await page.$$eval('#timeline tr[data-event] td:first-of-type', (cells) => cells.map((c) => c.textContent));
    // In date order: each range starts on its first day ("3–4 Sept 2019" on 3 Sept 2019).
    const firstDay = (range: string) => Date.parse(range.replace(/^(\d+)–\d+/, '$1').split(' – ')[0]!);
    expect(dates.map(thin)).toEqual(FACT_SHEET_DATES.slice().sort((a, b) => firstDay(a) - firstDay(b)));
    expect(await page.locator('#timeline svg [data-key^="event-"]').count()).toBe(FACT_SHEET_DATES.length);
  });

  test('the actual bar is longer than the planned one by the extension, and spans the semesters', async () => {
    const { page } = await shared(baseUrl);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    const actual = (await page.locator('#timeline svg [data-key="project"]').boundingBox())!;
    const planned = (await page.locator('#timeline svg [data-key="planned-project"]').boundingBox())!;
    // 2019-08-01..2022-07-31 is 1096 days; ..2023-01-31 is 1280 days.
    expect(planned.width / actual.width).toBeCloseTo(1096 / 1280, 2);
    expect(planned.x).toBeCloseTo(actual.x, 0);
    const [s1, s7] = await Promise.all([1, 7].map(async (n) => (await page.locator(`#timeline svg [data-key="semester-${n}"]`).boundingBox())!));
    expect(actual.x + actual.width).toBeCloseTo(s7!.x + s7!.width, 0);
    expect(actual.x).toBeCloseTo(s1!.x, 0);
  });

  test('the table reads the same and the bars start on the same pixel in every time zone', async () => {
    const tables: string[] = [];
    const edges: number[] = [];
    const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC'];
    // One page, its time zone set as Playwright sets a context's (Chromium's time zone override),
    // loaded again in each: a context of its own for each zone would start a renderer each.
    const { page, close } = await openPage(browser(), 'about:blank', { timezoneId: undefined }, { asLoaded: true });
    const emulation = await page.context().newCDPSession(page);
    for (const timezoneId of zones) {
      await emulation.send('Emulation.setTimezoneOverride', { timezoneId });
      await page.goto(baseUrl);
      await everyView(page, { views: ['timeline'] });
      // The page itself is in that zone: its clock, not only the override asked for.
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await page.locator('#timeline svg [data-key="semester-2"]').waitFor();
      tables.push((await page.locator('#timeline .data-table').textContent()) ?? '');
      edges.push((await page.locator('#timeline svg [data-key="semester-2"]').boundingBox())!.x);
    }
    await close();
    expect(tables).toHaveLength(zones.length);
    expect(tables[0]).toContain('31 Jan 2023');
    expect(new Set(tables).size).toBe(1);
    expect(new Set(edges).size).toBe(1);
  });

  test('keyboard: arrows move between items, each telling its dates', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['timeline'] });
    const first = page.locator('#timeline svg [data-key="project"]');
    await first.waitFor();
    await first.focus();
    expect(thin(await page.locator('#timeline .tooltip').textContent())).toContain('Actual: 1 Aug 2019 – 31 Jan 2023 (42 months)');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset.key)).toBe('phase-phase-1');
    await page.keyboard.press('End');
    const lastKey = await page.evaluate(() => (document.activeElement as SVGElement).dataset.key);
    expect(lastKey).toMatch(/^event-/);
    expect(await page.locator('#timeline .tooltip').textContent()).toMatch(/2022|2021|2020|2019/);
    await close();
  });

  test('prints on one A4 landscape page with its title and legend', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { viewport: { width: 1047, height: 718 } }, { views: ['timeline'] });
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const box = await page.evaluate(() => {
      const figure = document.querySelector('#timeline figure')!;
      const title = figure.querySelector('.figure-title')!.getBoundingClientRect();
      const chart = figure.querySelector('svg')!.getBoundingClientRect();
      return { top: title.top, bottom: chart.bottom, right: chart.right };
    });
    // A4 landscape less 10 mm margins: 277 × 190 mm, 1047 × 718 CSS pixels.
    expect(box.bottom - box.top).toBeLessThan(718);
    expect(box.right).toBeLessThanOrEqual(1047);
    await close();
  });
});

describe('other timelines', () => {
  test('a running project shows a today line; no phases or events is fine', async () => {
    const context = await browser().newContext({ locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00Z'));
    await page.goto(`${baseUrl}?data=fixtures/other-project.json`);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    expect(await svgTexts(page)).toContain('today');
    expect(await page.locator('#timeline svg [data-key^="event-"]').count()).toBe(0);
    expect(await page.locator('#timeline').textContent()).toContain('No events are listed.');
    await context.close();
  });

  test('Enter on an event says what was chosen beside the chart, and Clear takes it back', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['timeline'] });
    const kickOff = page.locator('#timeline svg [data-key="event-kick-off"]');
    await kickOff.waitFor();
    await kickOff.focus();
    const unchosen = (await page.locator('#timeline svg[role="group"]').elementHandle())!;
    await page.keyboard.press('Enter');
    const said = page.locator('#timeline .chosen-event[role="status"]');
    await expect.poll(() => said.textContent()).toBe('Chosen: Kick-off meeting. Its place is marked on the map.');
    // The chart is drawn anew with the event ringed: wait for it before focusing another mark in it.
    await expect.poll(() => unchosen.evaluate((svg) => svg.isConnected)).toBe(false);
    expect(await said.isVisible()).toBe(true);
    // One of several meetings of the same name is told apart by its country and day, in what is said and in its mark's name.
    const meeting = page.locator('#timeline svg [data-key="event-stakeholders-si-2019-10"]');
    await meeting.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => said.textContent()).toBe('Chosen: Regional stakeholder meeting · Slovenia, 23 Oct 2019. On the map it is counted on Slovenia.');
    expect(await meeting.getAttribute('aria-label')).toMatch(/^Regional stakeholder meeting · Slovenia, 23 Oct 2019; /);
    await page.locator('#timeline .chosen-event-line button').click();
    await expect.poll(() => said.textContent()).toBe('');
    await close();
  });

  test('at 360 px, scrolled sideways, the row names stay in view', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 800 } }, { views: ['timeline'] });
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    const scroller = page.locator('#timeline .chart-scroll');
    await scroller.evaluate((element) => (element.scrollLeft = 300));
    const strip = page.locator('#timeline [data-pinned]');
    await strip.waitFor();
    const host = (await scroller.boundingBox())!;
    const box = (await strip.boundingBox())!;
    expect(Math.round(box.x)).toBe(Math.round(host.x));
    const names = await strip.locator('text').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Project', 'Semesters', 'Events']));
    // The phases' long names whole in the narrow strip (over three lines of smaller type), each inside it.
    const lines = await strip.locator('text').evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')));
    expect(lines).toEqual(expect.arrayContaining(['Phase 1: interregional learning', 'Phase 2: monitoring of the action plans']));
    for (const text of await strip.locator('text').all()) {
      const at = (await text.boundingBox())!;
      expect(at.x).toBeGreaterThanOrEqual(box.x);
      expect(at.x + at.width).toBeLessThanOrEqual(box.x + box.width);
    }
    // The chart's own row names have scrolled out of the box; the copy is for the eye only.
    const own = (await page.locator('#timeline .chart-scroll g[data-plot="y-axis tick label"] text').first().boundingBox())!;
    expect(own.x + own.width).toBeLessThan(host.x);
    expect(await strip.getAttribute('aria-hidden')).toBe('true');
    await close();
  });

  test('a 60-month project with 120 events: every event drawn, no two labels overlap', async () => {
    const events = Array.from({ length: 120 }, (_, i) => {
      const day = new Date(Date.UTC(2021, 0, 1 + i * 15));
      const start = day.toISOString().slice(0, 10);
      return { id: `e${i}`, name: `Event number ${i} with a longish name`, kind: i % 7 === 0 ? 'conference' : 'meeting', start };
    });
    const file = {
      schemaVersion: 1, id: 'busy', acronym: 'Busy', title: 'Test data: a busy project', programme: 'Test',
      budget: { total: 10, eu: 5, sources: ['s'] },
      partners: [{ id: 'p', name: 'P', country: 'LV', role: 'lead' }],
      schedule: { planned: { start: '2021-01-01', end: '2025-12-31' } },
      events,
      sources: [{ id: 's', title: 'Test', url: 'https://example.org/' }],
    };
    const { page, errors, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'busy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('.acronym', { hasText: 'Busy' }).waitFor();
    await page.locator('#timeline svg [data-key="semester-10"]').waitFor();
    expect(await page.locator('#timeline svg [data-key^="event-"]').count()).toBe(120);
    const boxes = await page.$$eval('#timeline svg g[data-plot="text"] text', (texts) =>
      texts.map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
    );
    expect(boxes.length).toBeGreaterThan(20);
    const overlapping = boxes.filter((a, i) => boxes.some((b, j) => i < j && a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1));
    expect(overlapping).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
