/**
 * Every numbered mark in a picture is named inside it: the map's numbered partners and the
 * timeline's numbered events have a key under the plot (above the source line), at every offered
 * picture size and the deck's, in both languages, for the built-in file, a crowded one and one
 * with very long names. Where the key has no room for every entry, its last line counts the rest.
 * The deck's charts are laid out at slide density: their text is read in points on the slide.
 */
import { describe, expect, test } from 'vitest';
import { countries, document } from '../../test/europe';
import { SLIDE_SIZES } from './sizes';
import { layoutFrame, placeKey } from '../chart/frame';
import { SLIDE_VIEWS, slideChart } from './slides';
import { DECK_PICTURE_PLACE, DECK_PICTURE_SIZE, DECK_FONT_SIZE, DECK_PX_PER_INCH } from './deck';
import { formatsFor } from '../i18n/format';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import { mapSpec } from '../map/spec';
import { timelineSpec } from '../timeline/spec';
import type { Project } from '../data/schema';
import { innoIndustry, loadProject, validGenerated } from '../../test/projects';
import { generateProject, GENERATED } from '../../test/generate';

const files: [string, Project][] = [
  ['built-in', innoIndustry()],
  ['crowded', validGenerated(generateProject(GENERATED['generated-crowded']!))],
  ['long names', loadProject('test/fixtures/long-names.json')],
];
const sizes: { width: number; height: number; bare: boolean; fontSize?: number }[] = [...SLIDE_SIZES.map((size) => ({ ...size, bare: false })), { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, bare: true }];
const wordsFor = (lang: 'en' | 'lv', project: Project) => {
  const t = lang === 'en' ? en : lv;
  return { lang, t, f: formatsFor(t.locale, project.currency, t.compactDisplay, t.monthsInText), today: '2026-12-03' as const };
};

/** An entry of a placed key as the picture writes it: its lines joined. */
const lineOf = (entry: { name: string; note?: string; more?: { name: string; note?: string }[] }) => [entry, ...(entry.more ?? [])].map((line) => line.name + (line.note ?? '')).join(' ');

describe('numbered marks named inside the picture', () => {
  for (const [name, project] of files) {
    for (const lang of ['en', 'lv'] as const) {
      test(`${name}, ${lang}: every number on the map and the timeline is in the picture's key, under the plot`, () => {
        const words = wordsFor(lang, project);
        const wrong: string[] = [];
        for (const size of sizes) {
          const framed = { ...size, framed: true, theme: THEMES.light, measure: tableMeasure };
          const specs = [
            ['map', mapSpec(project, countries, words, framed, { showEvents: true, idPrefix: 'slide-map' })],
            ['timeline', timelineSpec(project, words, framed)],
          ] as const;
          for (const [view, spec] of specs) {
            const at = `${view} ${size.width}×${size.height}`;
            const numbers = spec.key.map((entry) => entry.number);
            const key = spec.frame?.key;
            if (numbers.length === 0) {
              if (key) wrong.push(`${at}: a key without numbered marks`);
              continue;
            }
            if (!key) {
              wrong.push(`${at}: ${numbers.length} numbered marks and no key`);
              continue;
            }
            const named = key.named;
            // Named in order from the first; the rest counted in the last line.
            expect(named, at).toEqual(numbers.slice(0, named.length));
            const more = key.entries.filter((entry) => entry.number === '');
            if (named.length < numbers.length) {
              expect(more, at).toHaveLength(1);
              expect(more[0]!.name, at).toContain(String(numbers.length - named.length));
              // Said whole: the long line where it has room, else the short one, never cut.
              expect(more[0]!.name, at).toMatch(/^\+ (vēl )?\d+( more)?(, listed on the dashboard| \(saraksts informācijas panelī\))?$/);
            } else expect(more, at).toHaveLength(0);
            // The key under the plot or beside it, inside the picture, every line within its area.
            const plot = spec.frame!.plot;
            const apart = key.area.y >= plot.y + plot.height - 0.5 || key.area.x >= plot.x + plot.width - 0.5;
            if (!apart) wrong.push(`${at}: the key overlaps the plot`);
            if (key.area.x + key.area.width > size.width || key.area.y + key.area.height > size.height) wrong.push(`${at}: the key outside the picture`);
            for (const entry of key.entries) if (entry.y > key.area.y + key.area.height || entry.y > size.height) wrong.push(`${at}: entry ${entry.number} below its area`);
            // The built-in file's few numbered events all have room to be named, and those of one name stay told apart.
            if (name === 'built-in' && named.length < numbers.length) wrong.push(`${at}: ${numbers.length - named.length} numbers not named`);
            if (name === 'built-in') {
              // (Events of one name, told apart after " · ": the original names that share it.)
              const shared = new Set(spec.key.filter((entry) => entry.name.includes(' · ')).map((entry) => entry.number));
              const names = key.entries.filter((entry) => shared.has(Number(entry.number))).map(lineOf);
              if (new Set(names).size < names.length) wrong.push(`${at}: key names cut alike: ${names.filter((n, i) => names.indexOf(n) !== i).join('; ')}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      });
    }
  }

  test('the key is drawn in the SVG: each named number in bold and its name in its own language', () => {
    const project = innoIndustry();
    const { svg } = slideChart('timeline', { width: 1920, height: 1080, theme: THEMES.light, measure: tableMeasure }, { project, words: wordsFor('en', project), countries, document });
    const key = svg.querySelector('[data-frame-key]');
    expect(key?.querySelector('text')?.textContent).toBe('Events numbered on the timeline');
    const entries = [...(key?.querySelectorAll('[data-key-entry]') ?? [])];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]!.querySelector('text[font-weight="700"]')?.textContent).toBe('1');
    expect(entries[0]!.textContent).toMatch(/^1Regional stakeholder meeting · /);
  });
});

describe('a key beside the plot', () => {
  const crowded = validGenerated(generateProject(GENERATED['generated-crowded']!));
  /** How large a chart of these proportions is drawn in a box. */
  const drawnAt = (box: { width: number; height: number }, aspect: number) => Math.min(box.width / aspect, box.height);
  const key = { title: 'Partners numbered on the map', entries: Array.from({ length: 40 }, (_, i) => ({ number: i + 1, name: `Regional development agency number ${i + 1}` })), more: (n: number) => `+ ${n} more` };
  const content = { title: '', subtitle: 'Forty partners in eighteen countries, led from Italy.', legend: [], source: '', key };

  test.each([
    ['the deck’s slide', DECK_PICTURE_SIZE.width, DECK_PICTURE_SIZE.height, DECK_FONT_SIZE],
    ['a 1080 × 1080 picture', 1080, 1080, 25],
    ['a 1920 × 1080 picture', 1920, 1080, 25],
  ])('in %s, a map of Europe’s proportions gets its key where it is drawn the larger, clear of it (beside it on the wide slide)', (name, width, height, fontSize) => {
    const under = layoutFrame(content, { width, height }, tableMeasure, fontSize);
    const chosen = layoutFrame({ ...content, plotAspect: 1.3 }, { width, height }, tableMeasure, fontSize);
    expect(under.key!.area.y).toBeGreaterThanOrEqual(under.plot.y + under.plot.height);
    const beside = chosen.key!.area.x >= chosen.plot.x + chosen.plot.width;
    expect(beside || chosen.key!.area.y >= chosen.plot.y + chosen.plot.height).toBe(true);
    expect(chosen.key!.area.x + chosen.key!.area.width).toBeLessThanOrEqual(width);
    expect(drawnAt(chosen.plot, 1.3)).toBeGreaterThanOrEqual(drawnAt(under.plot, 1.3));
    if (name === 'the deck’s slide') {
      expect(beside).toBe(true);
      expect(drawnAt(chosen.plot, 1.3)).toBeGreaterThan(drawnAt(under.plot, 1.3) * 1.3);
    }
  });

  test('not where the chart is wide itself: under it, the plot keeps the width', () => {
    const layout = layoutFrame({ ...content, plotAspect: 8 }, DECK_PICTURE_SIZE, tableMeasure, DECK_FONT_SIZE);
    expect(layout.key!.area.y).toBeGreaterThanOrEqual(layout.plot.y + layout.plot.height);
  });

  test('the crowded file’s map on the deck’s slide has its key beside it; its timeline, which takes the width it is given, under it', () => {
    const framed = { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, bare: true, framed: true, theme: THEMES.light, measure: tableMeasure };
    const map = mapSpec(crowded, countries, wordsFor('en', crowded), framed, { showEvents: true, idPrefix: 'beside' }).frame!;
    expect(map.key!.area.x).toBeGreaterThanOrEqual(map.plot.x + map.plot.width);
    const timeline = timelineSpec(crowded, wordsFor('en', crowded), framed).frame!;
    expect(timeline.key!.area.y).toBeGreaterThanOrEqual(timeline.plot.y + timeline.plot.height);
  });
});

describe('a key’s names', () => {
  const entries = [
    { number: 1, name: 'Virtual study visit to Sweden (Senseair), hosted by the partner from Hudiksvall' },
    { number: 2, name: 'Virtual study visit to Slovakia, hosted by the Slovak Business Agency in Bratislava' },
    { number: 3, name: 'Kick-off meeting' },
  ];
  const key = { title: 'Events numbered on the timeline', entries, more: (n: number) => `+ ${n} more` };
  const words = (layout: ReturnType<typeof placeKey>) => layout.entries.map(lineOf);

  test('wrap over two lines, whole, where the key has room for them', () => {
    const layout = placeKey(key, { x: 0, y: 0, width: 500, height: 200 }, tableMeasure, 20);
    expect(words(layout)).toEqual(entries.map((e) => e.name));
    expect(layout.entries[0]!.more).toHaveLength(1);
    // The second line under the first, in the same column; the next entry under both.
    expect(layout.entries[0]!.more![0]!.y).toBeGreaterThan(layout.entries[0]!.y);
    expect(layout.entries[1]!.y).toBeGreaterThan(layout.entries[0]!.more![0]!.y);
  });

  test('where there is no room to wrap, are cut where they differ, never alike', () => {
    const layout = placeKey(key, { x: 0, y: 0, width: 500, height: 90 }, tableMeasure, 20);
    const lines = words(layout);
    expect(lines.some((line) => line.includes('…'))).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines[1]).toMatch(/Slovakia/);
  });

  test('events of one name cut to what tells them apart ("… Hungary, 8 Oct 2020"): the title says what "…" stands for, where it has room', () => {
    const shared = 'Regional stakeholder meeting';
    const meetings = { title: 'Events numbered on the timeline', entries: ['Hungary, 10 Dec 2019', 'Hungary, 8 Oct 2020', 'Slovenia, 23 Oct 2019', 'Sweden'].map((where, i) => ({ number: i + 1, name: `${shared} · ${where}` })), more: (n: number) => `+ ${n} more` };
    const wide = placeKey(meetings, { x: 0, y: 0, width: 1200, height: 60 }, tableMeasure, 20);
    expect(wide.title.text).toBe(`Events numbered on the timeline · … = ${shared}`);
    expect(wide.entries.map(lineOf)).toEqual(['… Hungary, 10 Dec 2019', '… Hungary, 8 Oct 2020', '… Slovenia, 23 Oct 2019', '… Sweden']);
    // No room on the title's line: the title as it is, never cut short, and each entry keeps what it can of the shared name.
    const narrow = placeKey(meetings, { x: 0, y: 0, width: 600, height: 90 }, tableMeasure, 20);
    expect(narrow.title.text).toBe('Events numbered on the timeline');
    expect(narrow.entries.map(lineOf).every((line) => /^Re.*… · /.test(line))).toBe(true);
  });
});

describe('the deck laid out at slide density', () => {
  test('at most 110 CSS px per placed inch, and every chart’s smallest text at least 8.5 pt on the slide', () => {
    expect(DECK_PICTURE_SIZE.width / DECK_PICTURE_PLACE.width).toBeLessThanOrEqual(110.5);
    const small: string[] = [];
    for (const lang of ['en', 'lv'] as const) {
      for (const [name, project] of files) {
        for (const view of SLIDE_VIEWS) {
          const { svg } = slideChart(view, { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, bare: true, theme: THEMES.light, measure: tableMeasure }, { project, words: wordsFor(lang, project), countries, document });
          for (const text of svg.querySelectorAll('text')) {
            if (!text.textContent?.trim()) continue;
            const size = Number.parseFloat(text.getAttribute('font-size') ?? text.closest('[font-size]')?.getAttribute('font-size') ?? 'NaN');
            const points = (size / DECK_PX_PER_INCH) * 72;
            if (points < 8.5) small.push(`${name} ${lang} ${view}: "${text.textContent.slice(0, 30)}" ${points.toFixed(1)} pt`);
          }
        }
      }
    }
    expect(small).toEqual([]);
  });
});

describe('the budget picture fills its height', () => {
  test('at every offered size and the deck’s, both panels under headings that name their scale, together filling the plot', () => {
    const wrong: string[] = [];
    for (const [name, project] of files) {
      for (const lang of ['en', 'lv'] as const) {
        const words = wordsFor(lang, project);
        for (const size of sizes) {
          const { svg } = slideChart('budget', { ...size, theme: THEMES.light, measure: tableMeasure }, { project, words, countries, document });
          const at = `${name} ${lang} ${size.width}×${size.height}`;
          const headings = [...svg.querySelectorAll('[data-panel-heading]')].map((h) => h.textContent ?? '');
          // The panels (Plot's SVGs placed in the picture) reach from the plot's top to within four lines of its bottom.
          const panels = [...svg.querySelectorAll(':scope > svg')].map((panel) => ({ y: Number(panel.getAttribute('y')), height: Number(panel.getAttribute('height')) }));
          // Both panels under their headings; a file whose partners' bars find no room (40 partners on a slide), or that
          // publishes none, has the whole budget's bar alone, without a heading.
          if (panels.length !== 2 && headings.length !== 0) wrong.push(`${at}: headings over ${panels.length} panel`);
          if (panels.length === 2 && headings.length !== 2) wrong.push(`${at}: two panels, ${headings.length} headings`);
          if (name === 'built-in' && panels.length !== 2) wrong.push(`${at}: the ministry's bar left out`);
          if (headings.length === 2) {
            expect(headings[0], at).toContain(lang === 'en' ? 'The whole budget' : 'Viss budžets');
            expect(headings[1], at).toMatch(lang === 'en' ? /^Budgets per partner, on a scale of their own \(up to / : /^Budžets pa partneriem, savā mērogā \(līdz /);
            // Whole, to the largest budget it names.
            expect(headings[1], at).toMatch(/\)$/);
          }
          if (panels.length === 0) continue;
          const bottom = Math.max(...panels.map((p) => p.y + p.height));
          const frameTexts = [...svg.querySelectorAll('[data-frame-text]')].map((text) => Number(text.getAttribute('y')));
          const sourceTop = size.bare ? size.height : Math.min(...frameTexts.filter((y) => y > bottom));
          if (sourceTop - bottom > (size.fontSize ?? 25) * 4) wrong.push(`${at}: ${Math.round(sourceTop - bottom)} px blank under the panels`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
