/**
 * Charts for slides, as a presenter gets them: PNG and SVG downloads laid out for a slide size,
 * Copy image, the PowerPoint deck, and presentation mode.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { downloadedBytes, openPage, useBrowser } from './harness';
import { DARK } from '../../src/chart/theme';

const { browser, baseUrl } = useBrowser();

async function openSlidePanel(page: Page, view: string) {
  await page.locator(`#${view} svg [data-key]`).first().waitFor({ state: 'attached' });
  await page.locator(`[data-share="${view}"] summary`).click();
  return page.locator(`[data-slides="${view}"]`);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: download.suggestedFilename(), bytes: await downloadedBytes(download) };
}

/** Width, height and how many different colours a PNG holds, decoded by the browser. */
async function pngFacts(page: Page, bytes: Buffer): Promise<{ width: number; height: number; colours: number; corner: number[] }> {
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, corner: [...context.getImageData(0, 0, 1, 1).data] };
  }, bytes.toString('base64'));
}

describe('pictures for slides', () => {
  test('PNG at a slide size, 1× and 2×, named by project, view, language, size and background; not blank', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?theme=dark`, {}, { views: ['budget'] });
    const panel = await openSlidePanel(page, 'budget');
    // The sizes offered, each named by its shape: two 16:9, a 4:3 and a square.
    expect(await panel.locator('[data-slide-size] option').evaluateAll((options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]))).toEqual([
      ['1920x1080', '16:9, 1920 × 1080'],
      ['1280x720', '16:9, 1280 × 720'],
      ['1440x1080', '4:3, 1440 × 1080'],
      ['1080x1080', 'Square, 1080 × 1080'],
    ]);
    await panel.locator('[data-slide-size]').selectOption('1280x720');
    const png = await downloaded(page, () => panel.locator('[data-download="png"]').click());
    expect(png.name).toBe('innoindustry-budget-en-1280x720-light.png');
    const facts = await pngFacts(page, png.bytes);
    expect(facts).toMatchObject({ width: 1280, height: 720 });
    expect(facts.colours).toBeGreaterThan(3);

    await panel.locator('[data-slide-sharp]').check();
    await panel.locator('[data-slide-size]').selectOption('1080x1080');
    const sharp = await downloaded(page, () => panel.locator('[data-download="png"]').click());
    expect(sharp.name).toBe('innoindustry-budget-en-2160x2160-light.png');
    expect(await pngFacts(page, sharp.bytes)).toMatchObject({ width: 2160, height: 2160 });

    // Transparent: the corner lets the slide show through.
    await panel.locator('[data-slide-sharp]').uncheck();
    await panel.locator('[data-slide-background]').selectOption('transparent');
    const clear = await downloaded(page, () => panel.locator('[data-download="png"]').click());
    expect(clear.name).toBe('innoindustry-budget-en-1080x1080-transparent.png');
    expect((await pngFacts(page, clear.bytes)).corner[3]).toBe(0);
    // Transparent with light text, for a dark slide: no paper, the dark theme's ink.
    await panel.locator('[data-slide-background]').selectOption('transparent-dark');
    const forDark = await downloaded(page, () => panel.locator('[data-download="svg"]').click());
    expect(forDark.name).toBe('innoindustry-budget-en-1080x1080-transparent-dark.svg');
    const svgText = forDark.bytes.toString('utf8');
    expect(svgText).not.toContain('data-background');
    expect(svgText).toContain(`fill="${DARK.ink}"`);
    expect(errors).toEqual([]);
    await close();
  });

  test('the map as PNG in Latvian, light by default on a dark page', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv&theme=dark`, {}, { views: ['map'] });
    const panel = await openSlidePanel(page, 'map');
    const png = await downloaded(page, () => panel.locator('[data-download="png"]').click());
    expect(png.name).toBe('innoindustry-map-lv-1920x1080-light.png');
    const facts = await pngFacts(page, png.bytes);
    expect(facts).toMatchObject({ width: 1920, height: 1080 });
    expect(facts.colours).toBeGreaterThan(5);
    // The top-left corner is the light theme's paper.
    expect(facts.corner).toEqual([255, 255, 255, 255]);
    await close();
  });

  test('SVG: one document with its title and source as text, no script, no outside reference', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['timeline'] });
    const panel = await openSlidePanel(page, 'timeline');
    const svg = await downloaded(page, () => panel.locator('[data-download="svg"]').click());
    expect(svg.name).toBe('innoindustry-timeline-en-1920x1080-light.svg');
    const text = svg.bytes.toString('utf8');
    const document = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
    expect(document.documentElement.tagName).toBe('svg');
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.documentElement.getAttribute('width')).toBe('1920');
    const texts = [...document.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.join(' ')).toContain('6 months later than planned');
    expect(texts.some((t) => t.startsWith('Source: '))).toBe(true);
    expect(document.querySelector('script, foreignObject, style, image')).toBeNull();
    expect(text).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
    expect(text).not.toMatch(/url\((?!#)/);
    expect(document.documentElement.getAttribute('font-family')).toContain('sans-serif');
    await close();
  });

  test('Copy image puts a PNG on the clipboard', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] }, { views: ['budget'] });
    const panel = await openSlidePanel(page, 'budget');
    await panel.locator('[data-copy="png"]').click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 20_000 }).toContain('on the clipboard');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
    await close();
  });

  test('Copy image where the browser refuses: says so and points to the download', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'write', { value: () => Promise.reject(new Error('denied')) }));
    const panel = await openSlidePanel(page, 'budget');
    await panel.locator('[data-copy="png"]').click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Download the PNG');
    await close();
  });

  test('the PowerPoint deck: a title slide and one slide per chart with its title as text and the picture with alt text', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`, {}, { views: ['budget'] });
    const panel = await openSlidePanel(page, 'budget');
    const deck = await downloaded(page, () => panel.locator('[data-download="pptx"]').click());
    expect(deck.name).toBe('innoindustry-slides-lv-light.pptx');
    const files = unzipSync(new Uint8Array(deck.bytes));
    const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort();
    expect(slides.length).toBeGreaterThanOrEqual(4);
    const xml = slides.map((name) => strFromU8(files[name]!));
    expect(xml[0]).toContain('Inovāciju politikas uzlabošana');
    // The title slide acknowledges the EU: the emblem as a picture with its alt text, the statement and the fund as text.
    expect(xml[0]).toMatch(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="Eiropas Savienības emblēma"/);
    expect(xml[0]).toContain('<a:t>Eiropas Savienība</a:t>');
    expect(xml[0]).toContain('<a:t>Eiropas Reģionālās attīstības fonds</a:t>');
    const emblemPicture = /<p:pic>[\s\S]*?r:embed="([^"]+)"/.exec(xml[0]!)?.[1];
    const relations = strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!);
    const target = new RegExp(`Id="${emblemPicture}"[^>]*Target="([^"]+)"`).exec(relations)?.[1];
    expect(files[`ppt/slides/${target}`.replace(/slides\/\.\.\//, '')]?.length).toBeGreaterThan(500);
    const pictures = xml.slice(1).flatMap((slide) => [...slide.matchAll(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]+)"/g)].map((m) => m[1]!));
    expect(pictures.length).toBeGreaterThanOrEqual(3);
    for (const alt of pictures) expect(alt.length).toBeGreaterThan(40);
    expect(xml.slice(1).every((slide) => /<a:t>[^<]{10,}<\/a:t>/.test(slide))).toBe(true);
    expect(xml.some((slide) => slide.includes('Avots: '))).toBe(true);
    const notes = Object.keys(files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)).map((name) => strFromU8(files[name]!));
    expect(notes.join(' ')).toContain('ERAF');
    // Every slide's title in a real title placeholder (the outline and the accessibility checker find it).
    for (const slide of xml.slice(0, 4)) {
      const titleShape = slide.split('</p:sp>').find((shape) => /<p:ph\s[^>]*type="title"/.test(shape));
      expect(titleShape).toMatch(/<a:t>[^<]{10,}<\/a:t>/);
    }
    // Latvian notes tagged Latvian; the title slide's notes say what the project is and where its figures come from.
    const noteOf = (n: number) => strFromU8(files[`ppt/notesSlides/notesSlide${n}.xml`]!);
    for (const note of notes) expect([...note.matchAll(/\slang="([^"]+)"/g)].map((m) => m[1])).not.toContain('en-US');
    expect(noteOf(1)).toContain('lang="lv-LV"');
    expect(noteOf(1)).toMatch(/Kopējais budžets 1,64\smilj\.\sEUR/);
    expect(noteOf(1)).toContain('Avots: ');
    // Each chart's slide has what the presenter says in its notes: the chart's summary.
    const said = (n: number) => [...noteOf(n).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
    expect(said(2)).toMatch(/10 partneri 10 valstīs/);
    expect(said(3)).toMatch(/ERAF/);
    // The timeline's: how to read it and where the project stands, as its caption on the page says (its finding is the slide's title).
    expect(said(4)).toMatch(/Pilnās joslas rāda.*Projekts ir pabeigts: ass beidzas ar tā pēdējo dienu/);
    // The document's properties name the project and the dashboard, not the library.
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Inovāciju politikas uzlabošana');
    expect(core).toContain('<dc:subject>InnoIndustry · Interreg Europe 2014-2020');
    expect(core).toContain('<dc:creator>ES projektu panelis');
    expect(core + strFromU8(files['docProps/app.xml']!)).not.toMatch(/PptxGenJS/i);
    await close();
  });
});

describe('presentation mode', () => {
  test('arrow keys step through three screens with three addresses; a reload keeps the step; Escape returns', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?present`, { viewport: { width: 1920, height: 1080 } });
    const stage = page.locator('[data-present]');
    const shown = async () => {
      await stage.locator('svg text').first().waitFor();
      const titleSize = Number(await stage.locator('svg [data-frame-text][font-weight="700"]').first().getAttribute('font-size'));
      const bodySize = Number(await stage.locator('.stage > svg').getAttribute('font-size'));
      return { step: await stage.getAttribute('data-present'), url: page.url(), title: await stage.locator('svg [data-frame-text]').first().textContent(), titleSize, bodySize };
    };
    const screens = [await shown()];
    expect(screens[0]).toMatchObject({ step: 'map', title: expect.stringContaining('10 partners') });
    expect(screens[0]!.titleSize).toBeGreaterThanOrEqual(48);
    expect(screens[0]!.bodySize).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stage.getAttribute('data-present')).toBe('budget');
    screens.push(await shown());
    await page.keyboard.press('PageDown');
    await expect.poll(() => stage.getAttribute('data-present')).toBe('timeline');
    screens.push(await shown());
    expect(new Set(screens.map((s) => s.url)).size).toBe(3);
    expect(new Set(screens.map((s) => s.title)).size).toBe(3);
    expect(screens[2]!.url).toContain('present=timeline');
    // The last step stays the last.
    await page.keyboard.press('Space');
    await expect.poll(() => stage.getAttribute('data-present')).toBe('timeline');

    await page.reload();
    await expect.poll(() => page.locator('[data-present]').getAttribute('data-present')).toBe('timeline');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stage.getAttribute('data-present')).toBe('budget');
    await page.keyboard.press('Escape');
    await expect.poll(() => stage.count()).toBe(0);
    expect(page.url()).not.toContain('present');
    await page.locator('#budget svg [data-key]').first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  test('the Present button starts at the map, in Latvian', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`, { viewport: { width: 1280, height: 720 } });
    await page.locator('[data-present-button]').click();
    const stage = page.locator('[data-present="map"]');
    await stage.locator('svg text').first().waitFor();
    expect(await stage.locator('.stage > svg').getAttribute('width')).toBe('1280');
    // On a 720 p projector the map takes at least half the screen, as on a 1080 p one.
    expect(Number(await stage.locator('svg[data-map]').getAttribute('height'))).toBeGreaterThanOrEqual(360);
    expect(await stage.locator('footer').textContent()).toContain('1 no 3');
    await close();
  });

  test('the help bar hides itself after a few seconds and with H, and comes back with a pointer move or H', async () => {
    const { page, close } = await openPage(browser(), 'about:blank', { viewport: { width: 1280, height: 720 } });
    // The page's clock, moved on by hand: no waiting in the test.
    await page.clock.install();
    await page.goto(`${baseUrl}?present`);
    const bar = page.locator('[data-present] footer');
    await page.locator('[data-present] .stage svg text').first().waitFor();
    expect(await bar.getAttribute('data-present-help')).toBe('shown');
    expect(await bar.isVisible()).toBe(true);
    await page.clock.runFor(4_500);
    await expect.poll(() => bar.getAttribute('data-present-help')).toBe('hidden');
    expect(await bar.isVisible()).toBe(false);
    await page.mouse.move(200, 200);
    await page.mouse.move(300, 300);
    await expect.poll(() => bar.getAttribute('data-present-help')).toBe('shown');
    await page.keyboard.press('h');
    await expect.poll(() => bar.getAttribute('data-present-help')).toBe('hidden');
    await page.keyboard.press('H');
    await expect.poll(() => bar.getAttribute('data-present-help')).toBe('shown');
    // Keys still step while the bar is hidden.
    await page.keyboard.press('h');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-present]').getAttribute('data-present')).toBe('budget');
    await close();
  });
});
