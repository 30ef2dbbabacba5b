/**
 * Every view drawn in Node, with no browser: jsdom's document, the font table for text, at
 * slide and phone sizes, light and dark. Each SVG carries its title and source line; the
 * snapshots (numbers rounded, as Observable Plot's own tests do) show what changed.
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../../scripts/europeGeometry';
import { innoIndustry, loadProject } from '../../test/projects';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import { formatsFor } from '../i18n/format';
import { THEMES } from './theme';
import { tableMeasure } from './measure';
import { budgetSpec } from '../budget/spec';
import { renderBudget } from '../budget/render';
import { timelineSpec } from '../timeline/spec';
import { renderTimeline } from '../timeline/render';
import { mapSpec } from '../map/spec';
import { renderMap } from '../map/render';
import type { CountryFeature } from '../map/geometry';
import type { ChartWords } from './context';
import { PRINT_WIDTH } from '../page/printing';
import { DECK_FONT_SIZE, DECK_PICTURE_SIZE } from '../export/deck';
import { textIn } from '../data/text';

const document = new JSDOM('').window.document;
const project = innoIndustry();
const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
const countries = (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features.map((c) => ({ ...c, id: String(c.id) }));
const words: ChartWords = { lang: 'en', t: en, f: formatsFor(en.locale, 'EUR', en.compactDisplay), today: '2026-11-26' };
/** As the page makes them in Latvian. */
const lvWords: ChartWords = { ...words, lang: 'lv', t: lv, f: formatsFor(lv.locale, 'EUR', lv.compactDisplay, lv.monthsInText) };

const VIEWS = {
  map: (size: Parameters<typeof mapSpec>[3], w = words) => renderMap(mapSpec(project, countries, w, size, { showEvents: true, idPrefix: 'map' }), { document }),
  budget: (size: Parameters<typeof budgetSpec>[2], w = words) => renderBudget(budgetSpec(project, w, size, { measure: 'amount', panels: 'both' }), { document }),
  timeline: (size: Parameters<typeof timelineSpec>[2], w = words) => renderTimeline(timelineSpec(project, w, size), { document }),
};

const texts = (svg: SVGSVGElement) => [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
/**
 * Positions and sizes rounded to whole pixels, so the snapshots change only when the picture does;
 * opacities kept to two decimals (0.75 and 0.8 are different pictures), colours as they are.
 */
const rounded = (svg: SVGSVGElement) =>
  svg.outerHTML
    .replace(/(opacity=")(-?\d*\.\d+)"/g, (_, name: string, n: string) => `${name}${Math.round(Number(n) * 100) / 100}"`)
    // An opacity's value is passed over whole (one pattern, read once: a look back over the value would be read again at every number).
    .replace(/[\w-]*opacity="[^"]*"|-?\d+\.\d+/g, (match) => (match.endsWith('"') ? match : String(Math.round(Number(match)))))
    .replace(/></g, '>\n<');

describe.each(Object.keys(VIEWS) as (keyof typeof VIEWS)[])('the %s drawn in Node', (view) => {
  test.each([
    [1920, 1080, 'light'],
    [1920, 1080, 'dark'],
    [360, 640, 'light'],
    [360, 640, 'dark'],
  ] as const)('at %i×%i, %s: one SVG of that size with its title and source line', async (width, height, themeName) => {
    const theme = THEMES[themeName];
    const svg = VIEWS[view]({ width, height, theme, measure: tableMeasure, framed: true });
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('width')).toBe(String(width));
    expect(svg.getAttribute('height')).toBe(String(height));
    const all = texts(svg);
    // The title states the finding; at a phone's width it wraps over lines.
    const title = {
      map: '10 partners from Portugal to Romania, led from Slovenia',
      budget: '81.1% of the EUR 1.64 million came from the ERDF',
      timeline: 'Finished in January 2023, 6 months later than planned',
    }[view];
    const titleLines = [...svg.querySelectorAll('[data-frame-text][font-weight="700"]')].map((t) => t.textContent).join(' ');
    expect(all[0]).toBe(titleLines.split(' ').slice(0, all[0]!.split(' ').length).join(' '));
    expect(titleLines.replace(/\u00a0/g, ' ')).toBe(title);
    expect(all.some((text) => text.startsWith('Source: '))).toBe(true);
    expect(all.join(' ')).toMatch(/ · checked 26 Nov 2026/);
    // Colours are on the elements, from the theme: the background is the theme's paper.
    expect(svg.querySelector('[data-background]')?.getAttribute('fill')).toBe(theme.paper);
    expect(svg.outerHTML).not.toContain('currentColor');
    expect(svg.querySelector('style, script')).toBeNull();
    await expect(rounded(svg)).toMatchFileSnapshot(`__snapshots__/${view}-${width}x${height}-${themeName}.svg`);
  });

  test('every frame text fits the width, measured', () => {
    for (const width of [360, 1920]) {
      const svg = VIEWS[view]({ width, height: Math.round(width * 0.5625), theme: THEMES.light, measure: tableMeasure, framed: true });
      for (const text of svg.querySelectorAll('[data-frame-text]')) {
        const size = Number(text.getAttribute('font-size'));
        const bold = text.getAttribute('font-weight') === '700';
        expect(Number(text.getAttribute('x')) + tableMeasure(text.textContent ?? '', size, bold)).toBeLessThanOrEqual(width);
      }
    }
  });

  test('with the EU acknowledgement asked for: the emblem and its words under the source line, inside the picture, nothing over them', () => {
    const acknowledgement = { statement: 'European Union', fund: 'European Regional Development Fund' };
    for (const [width, height] of [[1920, 1080], [1080, 1080], [360, 640]] as const) {
      const svg = VIEWS[view]({ width, height, theme: THEMES.light, measure: tableMeasure, framed: true, acknowledgement });
      const emblem = svg.querySelector('[data-eu-emblem] rect')!;
      const box = { x: Number(emblem.getAttribute('x')), y: Number(emblem.getAttribute('y')), width: Number(emblem.getAttribute('width')), height: Number(emblem.getAttribute('height')) };
      expect(box.width / box.height).toBeCloseTo(1.5, 1);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      const words = [...svg.querySelectorAll('[data-frame-text="acknowledgement"]')];
      expect(words.map((w) => w.textContent)).toEqual(['European Union', 'European Regional Development Fund']);
      for (const word of words) {
        expect(Number(word.getAttribute('x'))).toBeGreaterThan(box.x + box.width);
        expect(word.getAttribute('fill')).toBe('#003399');
        expect(word.getAttribute('font-family')).toMatch(/^Arial/);
      }
      const source = [...svg.querySelectorAll('[data-frame-text]')].filter((t) => t.textContent?.startsWith('Source: ')).at(-1)!;
      expect(Number(source.getAttribute('y'))).toBeLessThan(box.y);
    }
  });

  test('in Latvian, the words are Latvian', () => {
    const svg = VIEWS[view]({ width: 1280, height: 720, theme: THEMES.light, measure: tableMeasure, framed: true }, lvWords);
    expect(texts(svg).some((text) => text.startsWith('Avots: '))).toBe(true);
  });
});

describe('the page draws without the frame', () => {
  test('no title or source inside, the height the chart needs, a transparent background', () => {
    const svg = VIEWS.budget({ width: 800, theme: THEMES.light, measure: tableMeasure });
    expect(svg.querySelector('[data-frame]')).toBeNull();
    expect(svg.querySelector('[data-background]')).toBeNull();
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(100);
  });
});

describe('laid out for paper (printed at the printable width of A4 landscape)', () => {
  const page = { width: PRINT_WIDTH, theme: THEMES.light, measure: tableMeasure };
  const height = (svg: SVGSVGElement) => Number(svg.getAttribute('height'));
  test("the budget's bar and its partners' rows are as high as their words need, not as a pointer needs", () => {
    const bar = (paper: boolean) => renderBudget(budgetSpec(project, words, { ...page, paper }, { measure: 'amount', panels: 'bar' }), { document });
    const partners = (paper: boolean) => budgetSpec(project, words, { ...page, paper }, { measure: 'amount', panels: 'partners' });
    expect(height(bar(true))).toBeLessThan(height(bar(false)) * 0.8);
    expect(partners(true).height).toBeLessThan(partners(false).height);
    // Still every partner's name whole, beside its bar.
    expect(partners(true).partners!.rows.map((row) => row.names.join(' '))).toEqual(partners(false).partners!.rows.map((row) => row.names.join(' ')));
  });
  test("the timeline's rows close up; phases' names stay whole, on two lines where they need them", () => {
    // Names longer than the 30 % of the width that row names get.
    const long = { ...project, phases: (project.phases ?? []).map((phase) => ({ ...phase, name: `${textIn(phase.name, 'en')}, with the partners' study visits and peer reviews` })) };
    const paper = timelineSpec(long, words, { ...page, paper: true });
    const screen = timelineSpec(long, words, page);
    expect(paper.height).toBeLessThan(screen.height);
    const labels = paper.rows.map((row) => row.label.replace('\n', ' '));
    for (const phase of long.phases) expect(labels).toContain(phase.name);
    expect(paper.rows.some((row) => row.label.includes('\n'))).toBe(true);
  });
});

describe('the budget drawn in Node: words on patterned parts', () => {
  test('each in-bar label is written on a halo of its own part\'s colour, so the dots and the hatching never run through it', () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = VIEWS.budget({ width: 1000, theme: THEMES[theme], measure: tableMeasure });
      const own = svg.querySelector('[data-key="own"]')!;
      const label = [...svg.querySelectorAll('text')].find((t) => /EUR\s310 thousand/.test(t.textContent ?? ''))!;
      expect(label).toBeDefined();
      const painted = label.closest('g')!;
      const stroke = label.getAttribute('stroke') ?? painted.getAttribute('stroke');
      expect(stroke).toBe(own.getAttribute('fill'));
      expect(label.getAttribute('paint-order') ?? painted.getAttribute('paint-order')).toBe('stroke');
    }
  });
});

/** Every target a chart is laid out for: the page at a phone's and a desktop's width, every picture size, the deck's slide, paper. */
const TARGETS = [
  ['the page at 360 px', { width: 360 }],
  ['the page at 1280 px', { width: 1280 }],
  ...([[1920, 1080], [1280, 720], [1440, 1080], [1080, 1080], [360, 640]] as const).map(([width, height]) => [`a ${width}×${height} picture`, { width, height, framed: true }] as const),
  ['the deck’s slide', { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, framed: true, bare: true }],
  ['paper', { width: PRINT_WIDTH, paper: true }],
] as const;

/** Where an element is moved down to (its `translate(x, y)`). */
const translateY = (element: Element | null) => Number(/translate\([^,]+,\s*([-\d.]+)\)/.exec(element?.getAttribute('transform') ?? '')?.[1] ?? NaN);
/** How far an axis's ticks reach below it (Plot draws each as `M0,0L0,6`). */
const tickLength = (ticks: Element | null) => Number(/L0,([\d.]+)/.exec(ticks?.querySelector('path')?.getAttribute('d') ?? '')?.[1]);

describe("the budget drawn in Node: the programme rates' lines", () => {
  test.each(TARGETS.flatMap(([name, size]) => [[name, 'en', size] as const, [name, 'lv', size] as const]))('%s in %s: go on under the bar only as far as the axis\'s ticks, never into its labels', (_name, lang, size) => {
    const svg = VIEWS.budget({ ...size, theme: THEMES.light, measure: tableMeasure }, lang === 'en' ? words : lvWords);
    const lines = [...svg.querySelectorAll('g[data-plot="rule"][stroke-dasharray="4,3"] line')];
    // InnoIndustry has two programme rates: a test that found no line would prove nothing.
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const panel = line.closest('svg')!;
      const axis = translateY(panel.querySelector('g[data-plot="x-axis tick"] path'));
      const tick = tickLength(panel.querySelector('g[data-plot="x-axis tick"]'));
      const labels = translateY(panel.querySelector('g[data-plot="x-axis tick label"]'));
      const bottom = Math.max(Number(line.getAttribute('y1')), Number(line.getAttribute('y2')));
      expect(bottom).toBeGreaterThanOrEqual(axis);
      expect(bottom).toBeLessThanOrEqual(axis + tick + 0.01);
      expect(bottom).toBeLessThan(axis + labels);
    }
  });
});

describe("the budget's and the timeline's axes drawn in Node: labels clear of the ticks", () => {
  /** How far a label's tallest letter, an accented capital (Ā, É), reaches above its baseline in the chart's font. */
  const TALLEST = 0.91;
  test.each((['budget', 'timeline'] as const).flatMap((view) => TARGETS.flatMap(([name, size]) => [[view, name, 'en', size] as const, [view, name, 'lv', size] as const])))(
    'the %s, %s in %s: the tallest letter of a label under an axis stays a pixel or more below its ticks',
    (view, _name, lang, size) => {
      const svg = VIEWS[view]({ ...size, theme: THEMES.light, measure: tableMeasure }, lang === 'en' ? words : lvWords);
      const axes = [...svg.querySelectorAll('g[data-plot="x-axis tick label"]')].filter((labels) => /translate\(0,\s*\d/.test(labels.getAttribute('transform') ?? ''));
      // The budget's two panels and the timeline's months: a test that found no axis would prove nothing.
      expect(axes.length).toBeGreaterThan(0);
      for (const labels of axes) {
        // The chart's root holds the font's size for every panel in it.
        const fontSize = Number(labels.closest('[font-size]')?.getAttribute('font-size'));
        // Plot draws an axis's ticks just before its labels.
        const ticks = labels.previousElementSibling!;
        expect(ticks.getAttribute('data-plot')).toBe('x-axis tick');
        const tickEnd = tickLength(ticks);
        const offset = translateY(labels);
        const baseline = Number(/([\d.]+)em/.exec(labels.querySelector('text')?.getAttribute('y') ?? '')?.[1]);
        expect(fontSize).toBeGreaterThan(0);
        expect(offset + (baseline - TALLEST) * fontSize - tickEnd).toBeGreaterThanOrEqual(1);
      }
    },
  );
});

describe("the timeline drawn in Node: today's label", () => {
  const running = loadProject('test/fixtures/other-project.json');
  test('stands the same distance under the month labels, in type sizes, whatever the type size', () => {
    const distances = TARGETS.flatMap(([name, size]) => {
      const svg = renderTimeline(timelineSpec(running, words, { ...size, theme: THEMES.light, measure: tableMeasure }), { document });
      const fontSize = Number(svg.getAttribute('font-size'));
      const today = [...svg.querySelectorAll('g[data-plot="text"]')].find((group) => group.textContent === 'today');
      const months = [...svg.querySelectorAll('g[data-plot="x-axis tick label"]')].find((labels) => translateY(labels) > 0);
      // Where the chart is too narrow for months (a phone-sized picture, the paper's crowded widths) there is nothing to keep apart.
      if (!months) return [];
      // Both hang from the plot's bottom edge: the months' labels by their offset and baseline, today's label by its offset.
      const monthBaseline = translateY(months!) + Number(/([\d.]+)em/.exec(months!.querySelector('text')?.getAttribute('y') ?? '')?.[1]) * fontSize;
      const monthText = months!.querySelector('text')!;
      const todayText = today!.querySelector('text')!;
      const under = translateY(today!) + translateY(todayText) - (monthBaseline + translateY(monthText));
      return [[name, Math.round((under / fontSize) * 100) / 100] as const];
    });
    expect(distances.length).toBeGreaterThanOrEqual(5);
    const first = distances[0]![1];
    expect(first).toBeGreaterThan(0.5);
    for (const [name, distance] of distances) expect(Math.abs(distance - first), `${name}: ${distance} against ${first}`).toBeLessThanOrEqual(0.05);
  });
});

describe('names in another language', () => {
  test("on the Latvian map the Spanish partner's English name is marked as English in its marker's name; a Latvian name keeps a plain label", () => {
    const svg = VIEWS.map({ width: 1280, theme: THEMES.light, measure: tableMeasure }, lvWords);
    const amuebla = svg.querySelector('[data-partner="amuebla"]')!;
    expect(amuebla.getAttribute('aria-label')).toBeNull();
    const name = svg.querySelector(`[id="${amuebla.getAttribute('aria-labelledby')}"]`)!;
    expect(name.getAttribute('display')).toBe('none');
    expect(name.querySelector('tspan[lang="en"]')?.textContent).toBe('AMUEBLA – Association of furniture manufacturers of the Region of Murcia,');
    expect(name.textContent).toMatch(/,partneris · /);
    expect(svg.querySelector('[data-partner="ministry-of-economics-lv"]')!.getAttribute('aria-label')).toMatch(/^Latvijas Republikas Ekonomikas ministrija/);
    const english = VIEWS.map({ width: 1280, theme: THEMES.light, measure: tableMeasure });
    expect(english.querySelector('[data-partner="amuebla"]')!.getAttribute('aria-label')).toMatch(/^AMUEBLA – Association/);
  });
});
