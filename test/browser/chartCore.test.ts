/**
 * The chart core as a reader meets it: a failing geometry download stays in the map (with
 * Try again), focus stays on the chart across redraws, Home/End move the Tab stop, and the
 * dark theme (chosen, or the system's) is dark in the page and in the charts, axe-clean,
 * and kept in the address.
 */
import { describe, expect, test } from 'vitest';
import { everyView, openPage, tapKeepsTooltipOnScreen, useBrowser } from './harness';
import { DARK, LIGHT } from '../../src/chart/theme';

const { browser, baseUrl } = useBrowser();
const focusedKey = (page: import('playwright-core').Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.key ?? document.activeElement?.tagName);

describe('a failing view stays in its place', () => {
  test('with the geometry request failing, the map says so with Try again while budget and timeline are drawn; Try again draws it', async () => {
    const { page, close } = await openPage(browser(), 'about:blank');
    let fail = true;
    await page.route('**/geo/europe.json', (route) => (fail ? route.abort() : route.continue()));
    await page.goto(baseUrl);
    await everyView(page);
    const alert = page.locator('#map [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The map could not be loaded');
    await page.locator('#budget .chart-host svg [data-key="own"]').waitFor();
    await page.locator('#timeline .chart-host svg [data-key="project"]').waitFor();
    expect(await page.locator('.sources li').count()).toBeGreaterThan(0);
    fail = false;
    await page.locator('#map').getByRole('button', { name: 'Try again' }).click();
    await page.locator('#map svg .partner').first().waitFor();
    expect(await page.locator('#map svg .partner').count()).toBe(10);
    await close();
  });
});

describe('focus stays on the chart', () => {
  test('after Enter on a timeline event, and after a resize', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['timeline', 'map'] });
    const kickOff = page.locator('#timeline svg [data-key="event-kick-off"]');
    await kickOff.waitFor();
    await kickOff.focus();
    await page.keyboard.press('Enter');
    await page.locator('#map svg .event-place.selected').waitFor();
    expect(await focusedKey(page)).toBe('event-kick-off');
    await page.keyboard.press('ArrowRight');
    const next = await focusedKey(page);
    expect(next).toMatch(/^event-/);
    await page.setViewportSize({ width: 900, height: 900 });
    await expect.poll(() => page.locator('#timeline .chart-host svg').first().getAttribute('width')).not.toBe('1246');
    expect(await focusedKey(page)).toBe(next);
    await close();
  });

  test('Home and End move the Tab stop to the first and last mark', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['timeline'] });
    const project = page.locator('#timeline svg [data-key="project"]');
    await project.waitFor();
    await project.focus();
    await page.keyboard.press('End');
    const last = await focusedKey(page);
    expect(last).not.toBe('project');
    expect(await page.locator(`#timeline svg [data-key="${last}"]`).getAttribute('tabindex')).toBe('0');
    expect(await project.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('Home');
    expect(await focusedKey(page)).toBe('project');
    await close();
  });

  test('the map keeps focus and its active partner when the language changes', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['map'] });
    const map = page.locator('#map svg[role="group"]');
    await page.locator('#map svg .partner').first().waitFor();
    await map.focus();
    await page.keyboard.press('ArrowRight');
    const active = await map.getAttribute('aria-activedescendant');
    expect(active).toMatch(/-(partner|event|cluster)-/);
    await page.evaluate(() => (document.querySelector('input[name="language"][value="lv"]') as HTMLInputElement).click());
    await page.locator('#map h2', { hasText: 'Karte' }).waitFor();
    await expect.poll(() => map.getAttribute('aria-label')).toContain('Eiropas karte');
    // The map was drawn anew in Latvian: focus is on it, on the same partner.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
    expect(await map.getAttribute('aria-activedescendant')).toBe(active);
    await close();
  });
});

describe('themes', () => {
  const backgroundOf = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);

  test('?theme=dark gives a dark page and dark charts, and survives a reload', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?theme=dark`, {}, { views: ['budget', 'map'] });
    await page.locator('#budget .chart-host svg [data-key="own"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 23, 27)');
    expect(await page.locator('#budget svg [data-key="own"]').getAttribute('fill')).toBe(DARK.own);
    expect(await page.locator('#map svg path[data-iso="SI"]').getAttribute('fill')).toBe(DARK.leadCountry);
    // Its audit is the accessibility test's Latvian desktop page, which is dark.
    await page.reload();
    await page.locator('#budget .chart-host svg [data-key="own"]').waitFor();
    expect(await page.locator('#budget svg [data-key="own"]').getAttribute('fill')).toBe(DARK.own);
    await close();
  });

  test('a dark system scheme gives dark charts; the theme control switches to light and writes it into the address', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { colorScheme: 'dark' }, { views: ['budget'] });
    await page.locator('#budget .chart-host svg [data-key="own"]').waitFor();
    expect(await page.locator('#budget svg [data-key="own"]').getAttribute('fill')).toBe(DARK.own);
    expect(await backgroundOf(page)).not.toBe('rgb(255, 255, 255)');
    await page.getByLabel('Light', { exact: true }).check();
    await expect.poll(() => page.locator('#budget svg [data-key="own"]').getAttribute('fill')).toBe(LIGHT.own);
    expect(new URL(page.url()).searchParams.get('theme')).toBe('light');
    await page.goBack();
    await expect.poll(() => page.locator('#budget svg [data-key="own"]').getAttribute('fill')).toBe(DARK.own);
    await close();
  });

  test('under forced colours (Windows high contrast) the marks keep a visible outline', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    await page.emulateMedia({ forcedColors: 'active' });
    const own = page.locator('#budget svg [data-key="own"]');
    await own.waitFor();
    const stroke = await own.evaluate((mark) => getComputedStyle(mark).stroke);
    expect(stroke).not.toBe('none');
    expect(stroke).not.toBe(await own.evaluate((mark) => getComputedStyle(mark).fill));
    await close();
  });

  test('under forced colours, on a dark page, the map rings its marks only, and writes its labels on the system\'s background', async () => {
    // The dark page's own paper is not the contrast theme's background: a halo left in it would show as a dark ring.
    const { page, close } = await openPage(browser(), `${baseUrl}?theme=dark`, {}, { views: ['map'] });
    await page.emulateMedia({ forcedColors: 'active' });
    // On the map: the marker ringed, but no ring on its invisible hit area, and its label's halo in the system's background.
    const marker = page.locator('#map svg .partner').first();
    await marker.waitFor();
    const map = await marker.evaluate((group) => {
      const style = (selector: string) => getComputedStyle(group.querySelector(selector)!);
      const canvas = document.createElement('div');
      canvas.style.color = 'Canvas';
      document.body.append(canvas);
      const background = getComputedStyle(canvas).color;
      canvas.remove();
      const labelled = [...document.querySelectorAll('#map svg .partner')].find((g) => g.querySelector('[data-halo]'))!;
      return {
        marker: style('[data-marker]').stroke,
        hitArea: style('[data-hit-area]').stroke,
        halo: getComputedStyle(labelled.querySelector('[data-halo]')!).stroke,
        label: getComputedStyle(labelled.querySelector('[data-label]')!).stroke,
        background,
      };
    });
    expect(map.marker).not.toBe('none');
    expect(map.hitArea).toBe('none');
    expect(map.label).toBe('none');
    expect(map.halo).toBe(map.background);
    await close();
  });
});

describe('tooltips', () => {
  test('at 360 px a tapped mark near the edge keeps its tooltip inside the screen', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true }, { views: ['budget'] });
    for (const key of ['focus-eu', 'own']) {
      const mark = page.locator(`#budget svg [data-key="${key}"]`);
      await mark.waitFor();
      await tapKeepsTooltipOnScreen(page, mark, 'budget', 360);
    }
    await close();
  });
});
