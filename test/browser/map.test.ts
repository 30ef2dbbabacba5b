import { describe, expect, test } from 'vitest';
import { openPage, useBrowser, useSharedPages } from './harness';
import type { Page } from 'playwright-core';
import { LIGHT } from '../../src/chart/theme';

const { browser, baseUrl } = useBrowser();
/** The default page, shared by the checks that only read it. */
const shared = useSharedPages(browser, { views: ['map'] });
const mapSvg = '#map svg[role="group"]';

async function activeId(page: Page): Promise<string | null> {
  return page.locator(mapSvg).getAttribute('aria-activedescendant');
}

describe('the map of InnoIndustry', () => {
  test('shows 10 partner countries, 10 partner points, the lead in Slovenia and the focus in Latvia', async () => {
    const { page, errors, foreignRequests } = await shared(baseUrl);
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    expect(await page.locator(`${mapSvg} path.partner-country`).count()).toBe(10);
    expect(await page.locator(`${mapSvg} .partner`).count()).toBe(10);
    expect(await page.locator(`${mapSvg} path.lead-country`).getAttribute('data-iso')).toBe('SI');
    expect(await page.locator(`${mapSvg} path.focus-country`).getAttribute('data-iso')).toBe('LV');
    expect(await page.locator(`${mapSvg} .partner.lead`).getAttribute('data-partner')).toBe('rra-posavje');
    expect(await page.locator(`${mapSvg} .partner.approximate`).count()).toBe(6);
    expect(await page.locator('#map [data-summary]').textContent()).toBe(
      '10 partners in 10 countries, led by Regional Development Agency Posavje (Slovenia).',
    );
    expect(await page.locator('#map table tbody tr').count()).toBe(10);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('every partner point lies inside the map, Portugal to Sweden and Latvia', async () => {
    const { page } = await shared(baseUrl);
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    const frame = (await page.locator(mapSvg).boundingBox())!;
    for (const marker of await page.locator(`${mapSvg} .partner [data-marker]`).all()) {
      const box = (await marker.boundingBox())!;
      expect(box.x).toBeGreaterThan(frame.x);
      expect(box.y).toBeGreaterThan(frame.y);
      expect(box.x + box.width).toBeLessThan(frame.x + frame.width);
      expect(box.y + box.height).toBeLessThan(frame.y + frame.height);
    }
  });

  test('country names are in the UI language', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`, {}, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    expect(await page.locator('#map [data-summary]').textContent()).toContain('(Slovēnija)');
    expect(await page.locator('#map table').textContent()).toContain('Apvienotā Karaliste');
    await close();
  });
});

describe('keyboard and selection', () => {
  test('the map is one Tab stop; arrow keys alone reach every partner; Enter opens its details; Escape closes', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    await page.locator('#map input[type="checkbox"]:not([data-slide-sharp]):not([data-slide-emblem]):not([data-embed-follow])').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    expect(await activeId(page)).toMatch(/-partner-rra-posavje$/);
    expect(await page.locator('#map .tooltip').textContent()).toContain('Regional Development Agency Posavje');

    // The arrows step through every partner and every event place.
    const stops = await page.locator(`${mapSvg} .partner, ${mapSvg} .event-place`).count();
    const reached = new Set<string | null>([await activeId(page)]);
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('ArrowRight');
      reached.add(await activeId(page));
    }
    expect([...reached].filter((id) => id?.includes('-partner-'))).toHaveLength(10);
    expect([...reached].filter((id) => id?.includes('-event-')).length).toBeGreaterThan(0);

    while (!(await activeId(page))?.endsWith('-partner-ministry-of-economics-lv')) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const details = page.locator('#map .map-details');
    await details.waitFor();
    expect(await details.locator('.inner-heading').textContent()).toBe('Latvia: partners and events');
    expect(await details.locator('li.chosen').getAttribute('data-partner')).toBe('ministry-of-economics-lv');
    expect((await details.textContent())?.replace(/\u00a0/g, ' ')).toContain('EU funds: EUR 83.5 thousand');
    expect(new URL(page.url()).searchParams.get('partner')).toBe('ministry-of-economics-lv');

    await page.keyboard.press('Escape');
    expect(await details.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('partner')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    // Back on the partner that was opened, not on the first stop.
    await expect.poll(() => activeId(page)).toMatch(/-partner-ministry-of-economics-lv$/);
    await close();
  });

  test('?partner= reopens a selection, with the events held in its country', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?partner=rra-posavje`, {}, { views: ['map'] });
    const details = page.locator('#map .map-details');
    await details.waitFor();
    expect(await details.locator('.inner-heading').textContent()).toBe('Slovenia: partners and events');
    expect(await details.locator('li.chosen').getAttribute('data-partner')).toBe('rra-posavje');
    expect(await details.locator('li[data-event]').count()).toBe(5);
    expect(await page.locator(`${mapSvg} .partner.selected`).getAttribute('data-partner')).toBe('rra-posavje');
    await close();
  });

  test('opening another file drops a selection that file does not have', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?partner=rra-posavje`, {}, { views: ['map'] });
    await page.locator('#map .map-details').waitFor();
    await page.getByLabel('Open a file…').setInputFiles('test/fixtures/other-project.json');
    await page.locator('.acronym', { hasText: 'TestHarbours' }).waitFor();
    await expect.poll(() => page.locator('#map .map-details').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('partner')).toBeNull();
    expect(await page.locator(`${mapSvg} .partner.selected`).count()).toBe(0);
    await close();
  });

  test('clicking a country opens its details; hovering shows its name', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    const spain = page.locator(`${mapSvg} path[data-iso="ES"]`);
    await page.locator(mapSvg).scrollIntoViewIfNeeded();
    const box = (await spain.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    expect(await page.locator('#map .tooltip').textContent()).toContain('Spain');
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.4);
    expect(await page.locator('#map .map-details .inner-heading').textContent()).toBe('Spain: partners and events');
    await close();
  });

  test('selecting a partner on the map highlights its events on the timeline', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?partner=slovak-business-agency`, {}, { views: ['map', 'timeline'] });
    await page.locator('#map .map-details').waitFor();
    // The country's events, each with its date, and "(online)" apart from the date it follows.
    expect(await page.locator('#map .map-details li[data-event="virtual-study-visit-slovakia"]').textContent()).toMatch(/^Virtual study visit to Slovakia — 20 Jan 2022 \(online\)$/);
    await page.locator('#timeline svg [data-key="event-virtual-study-visit-slovakia"]').waitFor();
    const fill = (key: string) => page.locator(`#timeline svg [data-key="event-${key}"]`).getAttribute('stroke');
    expect(await fill('virtual-study-visit-slovakia')).toBe(LIGHT.event);
    expect(await fill('final-conference')).toBe(LIGHT.faded);
    await close();
  });

  test('choosing an event on the timeline shows its place on the map', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map', 'timeline'] });
    const kickOff = page.locator('#timeline svg [data-key="event-kick-off"]');
    await kickOff.waitFor();
    await page.locator('#map input[type="checkbox"]:not([data-slide-sharp]):not([data-slide-emblem]):not([data-embed-follow])').uncheck();
    expect(await page.locator(`${mapSvg} .event-place`).count()).toBe(0);
    await kickOff.focus();
    await page.keyboard.press('Enter');
    await page.locator(`${mapSvg} .event-place.selected`).waitFor();
    expect(await page.locator(`${mapSvg} .event-place.selected`).getAttribute('data-event')).toBe('kick-off');
    expect(await page.locator('#map .selected-event').textContent()).toContain('Kick-off meeting');
    // An event with no place of its own: the map says so, apart from its name.
    await page.locator('#timeline svg [data-key="event-virtual-study-visit-slovakia"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#map .selected-event').textContent()).toMatch(/Virtual study visit to Slovakia\S* \(this event has no place on the map\)/);
    await close();
  });
});

describe('zoom', () => {
  test('the buttons zoom in and reset; Ctrl + wheel zooms, a plain wheel scrolls the page and shows a hint', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    // In view before anything is zoomed: the map is drawn anew at rest after each zoom, and scrolling
    // to an SVG that is being replaced can miss it.
    await page.locator(mapSvg).scrollIntoViewIfNeeded();
    const transform = () => page.locator(`${mapSvg} [data-layer="countries"]`).getAttribute('transform');
    const start = null;
    expect(await transform()).toBeNull();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await transform()).not.toBe(start);
    expect(await transform()).toContain('scale(1.5)');
    await page.getByRole('button', { name: 'Reset the view' }).click();
    expect(await transform()).toBe(start);
    // The map is drawn again at rest after the next frame: zoom in and reset within one frame, and it stays reset.
    await page.evaluate(() => {
      for (const name of ['Zoom in', 'Reset the view']) document.querySelector<HTMLButtonElement>(`#map button[aria-label="${name}"]`)!.click();
      return new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 50)), 0)));
    });
    expect(await transform()).toBe(start);

    // The frame, not the SVG: the SVG is replaced when the map is drawn again at rest.
    const box = (await page.locator('#map .map-frame').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrollBefore = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 300);
    await page.locator('#map .wheel-hint').waitFor();
    expect(await transform()).toBe(start);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    expect(await transform()).not.toBe(start);
    await close();
  });
});

describe('print', () => {
  test('the map, its title and its legend fit one A4 landscape page; the zoom buttons are not printed', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { viewport: { width: 1047, height: 718 } }, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const height = await page.evaluate(() => {
      const figure = document.querySelector('#map figure')!;
      const top = figure.querySelector('.figure-title')!.getBoundingClientRect().top;
      return figure.querySelector('.map-legend')!.getBoundingClientRect().bottom - top;
    });
    expect(height).toBeLessThan(718);
    expect(await page.locator('#map .zoom-buttons').isVisible()).toBe(false);
    await close();
  });
});

describe('other files', () => {
  test('two partners in one city stay apart (one is highlighted, so it stands alone); a Cretan partner (EL) is on the map', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/other-project.json`);
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    expect(await page.locator(`${mapSvg} .partner`).count()).toBe(4);
    const b = (await page.locator(`${mapSvg} [data-partner="harbour-b"] [data-marker]`).boundingBox())!;
    const c = (await page.locator(`${mapSvg} [data-partner="harbour-c"] [data-marker]`).boundingBox())!;
    expect(Math.hypot(b.x - c.x, b.y - c.y)).toBeGreaterThanOrEqual(12);
    expect(await page.locator(`${mapSvg} path.lead-country`).getAttribute('data-iso')).toBe('GR');
    expect(await page.locator(`${mapSvg} path.partner-country[data-iso="GB"]`).count()).toBe(1);
    const frame = (await page.locator(mapSvg).boundingBox())!;
    const crete = (await page.locator(`${mapSvg} [data-partner="harbour-a"] [data-marker]`).boundingBox())!;
    expect(crete.y + crete.height).toBeLessThan(frame.y + frame.height);
    expect(await page.locator('#map [data-summary]').textContent()).toBe('4 partners in 3 countries, led by Harbour A (test) (Greece).');
    expect(errors).toEqual([]);
    await close();
  });

  test('30 countries, a partner without a location (at its country centre) and one overseas (listed, not drawn)', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/thirty-countries.json`);
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    expect(await page.locator(`${mapSvg} path.partner-country`).count()).toBe(31);
    expect(await page.locator(`${mapSvg} .partner`).count()).toBe(31);
    expect(await page.locator(`${mapSvg} [data-partner="p31"]`).getAttribute('class')).toContain('country');
    expect(await page.locator('#map .note:not([data-unnamed-countries])').textContent()).toContain('Test partner overseas');
    expect(await page.locator(`${mapSvg} path.focus-country`).getAttribute('data-iso')).toBe('LV');
    expect(errors).toEqual([]);
    await close();
  });

  test('at 360 px wide the map fits the screen and still works by keyboard; at 300 px it says it scrolls, its words clear of the zoom buttons', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 740 } }, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    const box = (await page.locator(mapSvg).boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(360);
    await page.locator(mapSvg).focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toMatch(/-(partner|cluster|event)-/);
    // Narrower than its least width (a 300 px embed's column), the map scrolls and says so: the words clear of the zoom buttons.
    await page.setViewportSize({ width: 300, height: 740 });
    const hint = page.locator('#map .scroll-hint');
    await hint.waitFor();
    const words = await hint.evaluate((line) => {
      const range = document.createRange();
      range.selectNodeContents(line);
      return [...range.getClientRects()].map((box) => ({ left: box.left, right: box.right, top: box.top, bottom: box.bottom }));
    });
    const buttons = await page.locator('#map .zoom-buttons').boundingBox();
    const over = words.filter((line) => line.right > buttons!.x && line.left < buttons!.x + buttons!.width && line.bottom > buttons!.y && line.top < buttons!.y + buttons!.height);
    expect(over).toEqual([]);
    await close();
  });
});

describe('clusters', () => {
  test('partners at one place become one numbered cluster; opening it lists them; the key names them', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/generated-map-crowd.json`);
    const cluster = page.locator(`${mapSvg} .partner.cluster`).first();
    await cluster.waitFor();
    const members = (await cluster.getAttribute('data-partners'))!.split(' ');
    expect(members.length).toBeGreaterThan(1);
    expect(await cluster.locator('text').last().textContent()).toBe(String(members.length));
    expect(await cluster.getAttribute('aria-label')).toContain(`${members.length} partners at one place`);
    await cluster.dispatchEvent('click');
    const listed = await page.locator('#map .map-details li[data-partner]').evaluateAll((items) => items.map((li) => li.getAttribute('data-partner')));
    for (const id of members) expect(listed).toContain(id);
    expect(await page.locator('#map .map-key li').count()).toBeGreaterThan(0);
    await close();
  });
});

describe('zooming the labelled map', () => {
  test('labels keep their size; the buttons zoom towards the partners; a double-click zooms; at rest the map is drawn anew', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    await page.locator(`${mapSvg} .partner`).first().waitFor();
    const label = page.locator(`${mapSvg} [data-partner="rra-posavje"] [data-label]`);
    const before = (await label.boundingBox())!;
    const unzoomed = (await page.locator(mapSvg).elementHandle())!;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.locator(`${mapSvg} [data-layer="countries"]`).getAttribute('transform')).toContain('scale(1.5)');
    // Wait for the map drawn anew at rest (a new SVG) each time, before reading from it or pointing at it.
    await expect.poll(() => unzoomed.evaluate((svg) => svg.isConnected)).toBe(false);
    await expect.poll(async () => Math.abs(((await label.boundingBox())?.height ?? Infinity) - before.height)).toBeLessThan(0.5);
    // The partners stay in the frame: the lead (in the middle of them) is still on the map.
    // The frame and the lead are read in one step from the same SVG (the map may be drawn anew,
    // or the page scrolled, between two separate reads).
    const inFrame = await page.evaluate((selector) => {
      const svg = document.querySelector(selector)!;
      const frame = svg.getBoundingClientRect();
      const lead = svg.querySelector('[data-partner="rra-posavje"] [data-marker]')!.getBoundingClientRect();
      const x = lead.x + lead.width / 2;
      const y = lead.y + lead.height / 2;
      return { x: x > frame.left && x < frame.right, y: y > frame.top && y < frame.bottom };
    }, mapSvg);
    expect(inFrame).toEqual({ x: true, y: true });
    // Reset.
    const zoomedIn = (await page.locator(mapSvg).elementHandle())!;
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await expect.poll(() => zoomedIn.evaluate((svg) => svg.isConnected)).toBe(false);
    expect(await page.locator(`${mapSvg} [data-layer="countries"]`).getAttribute('transform')).toBeNull();
    await page.locator(mapSvg).scrollIntoViewIfNeeded();
    const shown = (await page.locator('#map .map-frame').boundingBox())!;
    await page.mouse.dblclick(shown.x + shown.width / 2, shown.y + shown.height / 2);
    await expect.poll(() => page.locator(`${mapSvg} [data-layer="countries"]`).getAttribute('transform')).toContain('scale(2)');
    await close();
  });
});

describe('every partner country named', () => {
  test.each([[360, 'lv'], [360, 'en'], [1280, 'lv']] as const)('at %i px in %s: on the map, or under it where the map has no room for the name', async (width, lang) => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=${lang}`, { viewport: { width, height: 900 } }, { views: ['map'] });
    await page.locator('#map svg .partner').first().waitFor();
    const onMap = await page.locator('#map svg .country-label [data-label]').allTextContents();
    const under = (await page.locator('#map [data-unnamed-countries]').allTextContents()).join(' ');
    const names = new Intl.DisplayNames(lang, { type: 'region' });
    for (const code of ['SI', 'AT', 'LV', 'ES', 'PT', 'SE', 'SK', 'HU', 'RO', 'GB']) {
      const name = names.of(code)!;
      expect({ code, named: onMap.some((label) => label.startsWith(name)) || under.includes(name) }).toEqual({ code, named: true });
    }
    if (width >= 600) expect(under).toBe('');
    await close();
  });
});
