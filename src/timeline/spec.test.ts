/**
 * What the timeline says of its events, for the built-in file and generated ones at widths from
 * 320 to 1920 px: events of one name told apart, every event named, numbered with a key, or
 * counted where it is; no two markers stacked on one another.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from '../../test/runs';
import { innoIndustry, validGenerated as valid } from '../../test/projects';
import { generateMapProject, generateProject, BENCH_LARGE, GENERATED } from '../../test/generate';
import { en } from '../i18n/en';
import { WORDS } from '../../test/mapFixtures';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import type { Project } from '../data/schema';
import { NAME_GAP, timelineSpec } from './spec';
import { PRINT_WIDTH } from '../page/printing';
import { SLIDE_SIZES } from '../export/sizes';
import { DECK_FONT_SIZE, DECK_PICTURE_SIZE } from '../export/deck';

const draw = (project: Project, width: number, lang: 'en' | 'lv' = 'en') => timelineSpec(project, WORDS[lang], { width, theme: THEMES.light, measure: tableMeasure });

describe('events of one name', () => {
  test('the regional stakeholder meetings are told apart by country, then by day, on the chart and in their names', () => {
    const project = innoIndustry();
    const spec = draw(project, 1280);
    const names = (project.events ?? []).map((e) => spec.describe(`event-${e.id}`)[0]!);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Regional stakeholder meeting · Hungary, 10 Dec 2019');
    expect(names).toContain('Regional stakeholder meeting · Sweden');
    expect(names).toContain('Kick-off meeting');
    const labels = spec.events.filter((e) => e.labelAt && !/^\d+$/.test(e.label)).map((e) => e.label);
    expect(labels.every((label) => names.includes(label))).toBe(true);
    const latvian = draw(project, 1280, 'lv');
    expect((project.events ?? []).map((e) => latvian.describe(`event-${e.id}`)[0])).toContain('Reģionālā ieinteresēto pušu sanāksme · Zviedrija');
  });
});

const PROJECTS: [string, Project][] = [
  ['InnoIndustry', innoIndustry()],
  ['200 partners, 500 events', valid(generateMapProject(12, 200, 500))],
  ['the benchmark file', valid(generateProject(BENCH_LARGE))],
];

describe.each(PROJECTS)('%s', (_name, project) => {
  test.each([320, 360, 620, 1024, 1280, 1920])('at %i px every event is named, numbered in the key, or counted where it is; no marker on another', (width) => {
    const spec = draw(project, width);
    const drawn = new Map(spec.events.map((e) => [e.key, e]));
    const counted = new Set(spec.more.flatMap((m) => m.ids));
    const keyed = new Map(spec.key.map((k) => [String(k.number), k.name]));
    for (const event of project.events ?? []) {
      const mark = drawn.get(`event-${event.id}`);
      if (!mark) {
        expect({ event: event.id, counted: counted.has(event.id) }).toEqual({ event: event.id, counted: true });
        continue;
      }
      const named = mark.labelAt !== undefined && (!/^\d+$/.test(mark.label) || keyed.get(mark.label) === spec.describe(mark.key)[0]);
      // Unnamed and unnumbered only where a number found no room either (it is still a mark with its name, and in the table);
      // the built-in file's every event is named or numbered at every width.
      if (!named) expect(mark.placement.labelled).toBe(false);
      if (_name === 'InnoIndustry') expect({ event: event.id, named }).toEqual({ event: event.id, named: true });
    }
    // Markers in one row never overlap: a one-day marker is drawn 14 px wide at least.
    const rows = new Map<number, { from: number; to: number }[]>();
    const [t0, t1] = spec.extent.map((d) => d.getTime());
    const plot = spec.box.width - spec.margin.left - spec.margin.right;
    const px = (date: string) => ((Date.parse(`${date}T00:00:00Z`) - t0!) / (t1! - t0!)) * plot;
    for (const mark of spec.events) {
      const from = px(mark.span.start) - 7;
      const to = Math.max(px(mark.span.end) + plot / ((t1! - t0!) / 86_400_000), from + 14);
      const row = rows.get(mark.placement.row) ?? [];
      for (const other of row) expect({ mark: mark.key, apart: to <= other.from + 0.5 || other.to <= from + 0.5 }).toEqual({ mark: mark.key, apart: true });
      row.push({ from, to });
      rows.set(mark.placement.row, row);
    }
  });
});

test('a crowded timeline counts what it cannot draw, and says what the count holds', () => {
  const spec = draw(valid(generateMapProject(12, 200, 500)), 1280);
  expect(spec.more.length).toBeGreaterThan(0);
  const total = spec.events.length + spec.more.reduce((sum, m) => sum + m.count, 0);
  expect(total).toBe(500);
  const [first] = spec.more;
  expect(spec.describe(first!.key)[0]).toBe(en.timeline.moreEvents(first!.count));
  expect(spec.key.length).toBeGreaterThan(0);
});

describe('standing alone (a picture, a slide, paper: no tooltips)', () => {
  const SIZES = [
    { width: 1920, height: 1080, framed: true },
    { width: 1080, height: 1080, framed: true },
    { width: 1012, height: 446, fontSize: 16, bare: true, framed: true },
    // Printed: the page's chart laid out again for A4 landscape, its events in a few rows.
    { width: PRINT_WIDTH, paper: true },
  ];
  test.each(PROJECTS)('%s: every event is named on the chart or numbered — a counted group by its numbers — and every number is in the key', (_name, project) => {
    const wrong: string[] = [];
    for (const lang of ['en', 'lv'] as const) {
      for (const size of SIZES) {
        const spec = timelineSpec(project, WORDS[lang], { ...size, theme: THEMES.light, measure: tableMeasure });
        const at = `${lang} ${size.width}×${size.height ?? 'paper'}`;
        if (size.paper) expect(spec.rows.filter((row) => row.key.startsWith('events-')).length, at).toBeLessThanOrEqual(5);
        const numbers = new Set(spec.key.map((entry) => entry.number));
        for (const mark of spec.events) {
          if (mark.labelAt === undefined) wrong.push(`${at}: ${mark.key} drawn bare`);
          else if (/^\d+$/.test(mark.label) && !numbers.has(Number(mark.label))) wrong.push(`${at}: ${mark.key} numbered ${mark.label}, not in the key`);
        }
        for (const group of spec.more) {
          const range = group.label.split('–').map(Number);
          const [first, last = first] = range;
          if (!Number.isInteger(first) || last! - first! + 1 !== group.count) wrong.push(`${at}: ${group.count} counted as "${group.label}"`);
          for (let n = first!; n <= last!; n++) if (!numbers.has(n)) wrong.push(`${at}: ${n} (counted) not in the key`);
        }
        // The key's numbers run from 1 without a gap.
        expect([...numbers].sort((a, b) => a - b), at).toEqual(Array.from({ length: numbers.size }, (_, i) => i + 1));
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('row names', () => {
  test('are whole where the chart is wide (the page at 1280 px, a 16:9 picture, in either language), and a phone keeps its narrow margin', () => {
    const project = innoIndustry();
    const page = draw(project, 1280);
    const pictures = (['en', 'lv'] as const).flatMap((lang) => [[1920, 1080], [1280, 720]].map(([width, height]) => timelineSpec(project, WORDS[lang], { width: width!, height, framed: true, theme: THEMES.light, measure: tableMeasure })));
    for (const spec of [page, ...pictures]) expect(spec.rows.map((row) => row.label).filter((label) => label.includes('…'))).toEqual([]);
    expect(pictures[0]!.rows.map((row) => row.label)).toContain('Phase 1: interregional learning');
    expect(pictures[2]!.rows.map((row) => row.label)).toContain('2. posms: rīcības plānu uzraudzība');
    expect(draw(project, 360).margin.left).toBe(126);
  });

  test('are whole at every offered picture size and on the deck’s slide, in either language: over two lines in smaller type where a row is too low for two lines of body text', () => {
    const project = innoIndustry();
    const sizes = [...SLIDE_SIZES.map((size) => ({ ...size, framed: true })), { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, framed: true, bare: true }];
    const smaller: string[] = [];
    for (const lang of ['en', 'lv'] as const) {
      for (const size of sizes) {
        const spec = timelineSpec(project, WORDS[lang], { ...size, theme: THEMES.light, measure: tableMeasure });
        const at = `${lang} ${size.width}×${size.height}`;
        expect(spec.rows.filter((row) => row.label.includes('…')).map((row) => `${at}: ${row.label}`)).toEqual([]);
        // Each name's lines stand in its row, in type no smaller than 0.8 of the body's.
        const lines = Math.max(...spec.rows.map((row) => row.label.split('\n').length));
        expect((lines + NAME_GAP) * spec.rowNameSize, at).toBeLessThanOrEqual(spec.rowHeight);
        expect(spec.rowNameSize, at).toBeGreaterThanOrEqual(spec.fontSize * 0.8);
        if (spec.rowNameSize < spec.fontSize) smaller.push(at);
      }
    }
    // The square picture's rows are too low for two lines of body text: a test where no name needed the smaller type would prove little.
    expect(smaller).toContain('lv 1080×1080');
  });

  /** The page on a phone: drawn 620 px wide (src/timeline/TimelineView.svelte), scrolled inside what the reader sees. */
  const phone = (project: Project, seenWidth: number, lang: 'en' | 'lv' = 'en') => timelineSpec(project, WORDS[lang], { width: 620, seenWidth, theme: THEMES.light, measure: tableMeasure });

  test('are whole on a phone’s page, in either language, in a third line of smaller type where two of body text cut them; the column stays narrow', () => {
    const project = innoIndustry();
    for (const lang of ['en', 'lv'] as const) {
      for (const width of [288, 300, 328]) {
        const spec = phone(project, width, lang);
        const at = `${lang} ${width} px`;
        expect(spec.rows.filter((row) => row.label.includes('…')).map((row) => `${at}: ${row.label}`)).toEqual([]);
        // 10.5 times the type's size, or two fifths of a narrower screen (a 300 px embed).
        expect(spec.margin.left, at).toBe(Math.min(126, Math.ceil(width * 0.4)));
        const lines = Math.max(...spec.rows.map((row) => row.label.split('\n').length));
        expect((lines + NAME_GAP) * spec.rowNameSize, at).toBeLessThanOrEqual(spec.rowHeight);
        expect(spec.rowNameSize, at).toBeGreaterThanOrEqual(spec.fontSize * 0.8);
        expect(spec.rowNameSize, at).toBeLessThan(spec.fontSize);
      }
    }
    expect(phone(project, 328, 'lv').rows.map((row) => row.label.split('\n').length)).toContain(3);
    // However long a file's names, the column a phone keeps in view is no wider.
    const crowded = valid(generateProject(GENERATED['generated-crowded']!));
    expect(phone(crowded, 328).margin.left).toBe(126);
    expect(phone(crowded, 300).margin.left).toBe(120);
    // Where two lines of body text hold every name, the names keep the body's type.
    expect(draw(project, 1280).rowNameSize).toBe(12);
  });

  test('a file of many long phase names: at every offered picture size, the deck’s slide and the page, each name’s lines and a gap to the next stand in its row', () => {
    const base = innoIndustry();
    const names = ['Work package 1: project management and coordination of the partnership', 'WP2: analysis of regional innovation ecosystems', 'WP3: Internationalisation', 'WP4: pilot actions in manufacturing SMEs and clusters', 'WP5: communication, dissemination and capitalisation of results', 'WP6: evaluation'];
    const project: Project = { ...base, phases: names.map((name, i) => ({ id: `wp${i + 1}`, name, planned: base.schedule.planned })) };
    const sizes = [...SLIDE_SIZES.map((size) => ({ ...size, framed: true })), { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, framed: true, bare: true }, { width: 1280 }, { width: 620, seenWidth: 360 }];
    const crowded: string[] = [];
    for (const lang of ['en', 'lv'] as const) {
      for (const size of sizes) {
        const spec = timelineSpec(project, WORDS[lang], { ...size, theme: THEMES.light, measure: tableMeasure });
        const at = `${lang} ${size.width}×${'height' in size ? size.height : 'page'}`;
        const lines = Math.max(...spec.rows.map((row) => row.label.split('\n').length));
        if ((lines + NAME_GAP) * spec.rowNameSize > spec.rowHeight) crowded.push(`${at}: ${lines} lines of ${spec.rowNameSize} px in rows of ${spec.rowHeight.toFixed(1)} px`);
        expect(spec.rowNameSize, at).toBeGreaterThanOrEqual(spec.fontSize * 0.8);
      }
    }
    expect(crowded).toEqual([]);
  });

  test('any phases with any names, on every target: each name’s lines and the gap to the next stand in its row, no line wider than the names’ room, the type never under 0.8 of the body', () => {
    const base = innoIndustry();
    const word = fc.stringMatching(/^[A-Za-zāēīūļņšžĀŪ0-9:,.()–-]{1,16}$/);
    const name = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => words.join(' '));
    const targets = [
      ...SLIDE_SIZES.map((size) => ({ ...size, framed: true })),
      { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, framed: true, bare: true },
      { width: 1280 },
      { width: 620, seenWidth: 328 },
      { width: 620, seenWidth: 288 },
      { width: PRINT_WIDTH, paper: true },
    ];
    fc.assert(
      fc.property(fc.array(name, { minLength: 0, maxLength: 8 }), fc.constantFrom('en' as const, 'lv' as const), (names, lang) => {
        const project: Project = { ...base, phases: names.map((phase, i) => ({ id: `phase-${i}`, name: phase, planned: base.schedule.planned })) };
        for (const size of targets) {
          const spec = timelineSpec(project, WORDS[lang], { ...size, theme: THEMES.light, measure: tableMeasure });
          const at = `${lang} ${size.width}×${'height' in size ? size.height : 'page'}`;
          const room = spec.margin.left - spec.fontSize - (spec.rowNameGap - 9);
          for (const row of spec.rows) {
            const lines = row.label.split('\n');
            expect((lines.length + NAME_GAP) * spec.rowNameSize, `${at}: ${row.label}`).toBeLessThanOrEqual(spec.rowHeight + 0.01);
            for (const line of lines) expect(tableMeasure(line, spec.rowNameSize), `${at}: ${line}`).toBeLessThanOrEqual(room + 0.01);
          }
          expect(spec.rowNameSize, at).toBeGreaterThanOrEqual(spec.fontSize * 0.8);
        }
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  test('on a wide page, long names get the room their two lines need, in the body’s type, up to 30 % of the width', () => {
    const base = innoIndustry();
    const long = ['Work package 1: project management and coordination of the partnership', 'WP5: communication, dissemination and capitalisation of results'];
    const project: Project = { ...base, phases: base.phases!.map((phase, i) => ({ ...phase, name: long[i]! })) };
    for (const width of [1024, 1280]) {
      const spec = draw(project, width);
      expect(spec.rowNameSize, `${width} px`).toBe(spec.fontSize);
      expect(spec.rows.map((row) => row.label.replaceAll('\n', ' '))).toEqual(expect.arrayContaining(long.map((name) => expect.stringContaining(name))));
      expect(spec.rows.every((row) => row.label.split('\n').length <= 2)).toBe(true);
      expect(spec.margin.left, `${width} px`).toBeLessThanOrEqual(width * 0.3);
      // More room than InnoIndustry's names take.
      expect(spec.margin.left, `${width} px`).toBeGreaterThan(draw(base, width).margin.left);
    }
  });
});
