/**
 * The map tells its story for any file: the built-in one and generated crowds (border towns
 * such as Gorizia/Nova Gorica and Strasbourg/Kehl, small neighbours, several partners per
 * city, up to 200 partners and 500 events), at a phone's, a tablet's and a desktop's width.
 * One page opens the files in turn and takes each to the three widths by resizing (see
 * `atEachWidth`; the map redrawn for a width was compared once with the map drawn anew at it:
 * the same marks, labels and places).
 */
import { describe, expect, test } from 'vitest';
import { atEachWidth, openPage, useBrowser } from './harness';
import { GENERATED_MAPS } from '../generate';

const { browser, baseUrl } = useBrowser();
const FILES = ['', ...Object.keys(GENERATED_MAPS).map((name) => `fixtures/${name}.json`)];

interface MapReport {
  partners: number;
  outside: string[];
  unnamed: string[];
  eventsMissing: string[];
  labels: number;
  overlaps: string[];
}

/** The map drawn for its area's width. */
const drawnForWidth = () => {
  const svg = document.querySelector('#map svg[role="group"]');
  const area = document.querySelector<HTMLElement>('#map .map-area');
  return svg !== null && area !== null && Number(svg.getAttribute('width')) === area.clientWidth;
};

describe('at a phone’s, a tablet’s and a desktop’s width', () => {
  test('every partner inside its own country, named or numbered with a key; every event drawn or counted; labels apart; details open without moving the map', async () => {
    // Opened blank: each file below is its own load.
    const { page, errors, close } = await openPage(browser(), 'about:blank');
    for (const [index, file] of FILES.entries()) {
      const data = await (await fetch(file ? `${baseUrl}${file}` : `${baseUrl}data/innoindustry.json`)).json();
      await atEachWidth(page, `${baseUrl}?lang=en${file ? `&data=${file}` : ''}`, { loaded: '#map svg .partner', drawnForWidth, backwards: index % 2 === 1 }, async (width) => {
        const report: MapReport = await page.evaluate((project) => {
          const svg = document.querySelector('#map svg[data-map]') as SVGSVGElement;
          const alias: Record<string, string> = { UK: 'GB', EL: 'GR' };
          const overseas = document.querySelector('#map .note:not([data-unnamed-countries])')?.textContent ?? '';
          const keyNumbers = new Set([...document.querySelectorAll('#map .map-key li')].map((li) => Number(li.getAttribute('value'))));
          const outside: string[] = [];
          const unnamed: string[] = [];
          let partners = 0;
          (project.partners as { id: string; name: string; country: string }[]).forEach((partner, index) => {
            const marker = svg.querySelector<SVGGElement>(`[data-partners~="${partner.id}"]`);
            if (!marker) {
              if (!overseas.includes(partner.name)) outside.push(`${partner.id}: no marker`);
              return;
            }
            partners++;
            const [x, y] = (marker.getAttribute('transform') ?? '').match(/-?[\d.]+/g)!.map(Number);
            const iso = alias[partner.country] ?? partner.country;
            const shape = svg.querySelector<SVGPathElement>(`path[data-iso="${iso}"]`);
            const point = svg.createSVGPoint();
            point.x = x!;
            point.y = y!;
            if (!shape || !shape.isPointInFill(point)) outside.push(`${partner.id} (${iso}) at ${x},${y}`);
            const label = marker.querySelector('[data-label]')?.textContent ?? '';
            const byNumber = /^[\d, +]+$/.test(label);
            // A group with no room for its numbers lists its partners in the key, as said to be in it.
            if ((!label && !keyNumbers.has(index + 1)) || (byNumber && !keyNumbers.has(index + 1))) unnamed.push(`${partner.id}: "${label}"`);
          });
          const countryLabels = [...svg.querySelectorAll('.country-label [data-label]')].map((t) => t.textContent ?? '');
          // An event with a place is drawn there, or (its country drawn too small to hold it) counted on
          // its country, which says so in its label, tooltip and details: it is never drawn elsewhere.
          const hosts = new Map((project.partners as { id: string; country: string }[]).map((p) => [p.id, p.country]));
          const eventsMissing = ((project.events ?? []) as { id: string; country?: string; partner?: string; location?: unknown }[])
            .filter((event) => {
              if (!event.location || svg.querySelector(`[data-events~="${event.id}"]`)) return false;
              const code = event.country ?? hosts.get(event.partner ?? '') ?? '';
              return !svg.querySelector(`path[data-iso="${alias[code] ?? code}"][data-events]`);
            })
            .map((event) => event.id);
          const labels = [...svg.querySelectorAll('[data-label]')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
          const overlaps = labels.flatMap((a, i) =>
            labels.slice(i + 1).filter(({ box: b }) => a.box.left < b.right - 1 && b.left < a.box.right - 1 && a.box.top < b.bottom - 1 && b.top < a.box.bottom - 1).map((b) => `${a.text} × ${b.text}`),
          );
          // Events known only by their country are counted on country labels where there is room
          // (on a crowded phone map, in the country's tooltip and details only: see the test below).
          const countedOnLabels = countryLabels.some((text) => /·/.test(text));
          const countryOnly = (project.events ?? []).some((e: { location?: unknown }) => !e.location);
          return { partners, outside, unnamed, eventsMissing: [...eventsMissing, ...(window.innerWidth >= 800 && countryOnly && !countedOnLabels ? ['no country counts'] : [])], labels: labels.length, overlaps };
        }, data);
        const label = `${file || 'built-in'} at ${width} px`;
        expect(report.partners, label).toBeGreaterThan(0);
        expect(report.labels, label).toBeGreaterThan(0);
        expect(report.outside, label).toEqual([]);
        expect(report.unnamed, label).toEqual([]);
        expect(report.eventsMissing, label).toEqual([]);
        expect(report.overlaps, label).toEqual([]);

        // Opening a marker's details keeps the map's size and place.
        const place = () =>
          page.$eval('#map svg[role="group"]', (svg) => {
            const box = svg.getBoundingClientRect();
            return { left: box.left + scrollX, top: box.top + scrollY, width: box.width, height: box.height, drawn: svg.getAttribute('width') };
          });
        const before = await place();
        await page.locator('#map svg .partner').first().dispatchEvent('click');
        await page.locator('#map .map-details').waitFor();
        expect(await place(), label).toEqual(before);
        await page.keyboard.press('Escape');
        await page.locator('#map .map-details').waitFor({ state: 'detached' });
      });
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe('events known only by their country', () => {
  test('are counted on the country: in its label, its tooltip and its details', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    await page.locator('#map svg .partner').first().waitFor();
    // InnoIndustry's regional stakeholder meetings name only a country: Spain has three.
    expect(await page.locator('#map svg .country-label [data-label]', { hasText: 'Spain' }).textContent()).toBe('Spain · 3 events');
    const spain = page.locator('#map svg path[data-iso="ES"]');
    await page.locator('#map svg').first().scrollIntoViewIfNeeded();
    const box = (await spain.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await expect.poll(() => page.locator('#map .tooltip').textContent()).toContain('3 events held here');
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
    expect(await page.locator('#map .map-details li[data-event]').count()).toBe(3);
    await close();
  });
});

describe('the legend and the caption', () => {
  test('name only what the map has', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    const legend = () => page.locator('#map .map-legend li').evaluateAll((items) => items.map((li) => li.getAttribute('data-legend')));
    await page.locator('#map svg .partner').first().waitFor();
    expect(await legend()).toEqual(expect.arrayContaining(['approximate', 'event', 'lead']));
    expect(await page.locator('#map figcaption').textContent()).toContain('Dashed markers are approximate');
    expect(await page.locator('#map figcaption').textContent()).not.toContain('EPSG');

    await page.goto(`${baseUrl}?data=fixtures/generated-map-border-towns.json`);
    await page.locator('#map svg .partner').first().waitFor();
    await page.locator('#map .map-legend li[data-legend="event"]').waitFor();
    expect(await legend()).not.toContain('approximate');
    expect(await page.locator('#map figcaption').textContent()).not.toContain('Dashed');

    await page.goto(`${baseUrl}?data=fixtures/generated-tiny.json`);
    await page.locator('#map svg .partner').first().waitFor();
    await page.locator('.acronym', { hasText: /./ }).waitFor();
    expect(await legend()).not.toContain('event');
    expect(await legend()).not.toContain('group');
    await close();
  });
});
