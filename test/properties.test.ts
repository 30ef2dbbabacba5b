/**
 * Properties of any file, checked on random ones (fast-check; 1,000 cases per property, seeded
 * so a failure is repeated exactly, and printed shrunk to its smallest form):
 * - every random valid project validates, and every view is laid out and drawn in Node (jsdom),
 *   in English and Latvian, at 320–1920 px, light and dark, without throwing;
 * - random damage to a valid file never escapes the validator as an exception: the answer is a
 *   project or a list of problems, each with a JSON path;
 * - the derived figures keep their invariants (shares within 0–100 %, parts that sum to the
 *   whole, positive durations) and calendar dates round-trip for every year 0001–9999.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { countries as europe, document } from './europe';
import { anyDate, anyDay, COUNTRIES, validProject } from './arbitraries';
import { directionLeaks } from './directions';
import { isoCountry } from '../src/data/countries';
import { validateProject, validateProjectText } from '../src/data/validate';
import { addDays, addMonths, dayNumber, fromDayNumber, isIsoDate, monthsBetween, utcDate } from '../src/data/dates';
import { projectFigures } from '../src/project/figures';
import { budgetSegments, partnerBudgets } from '../src/budget/shape';
import { semesters } from '../src/timeline/shape';
import { en } from '../src/i18n/en';
import { lv } from '../src/i18n/lv';
import { formatsFor } from '../src/i18n/format';
import { THEMES } from '../src/chart/theme';
import { tableMeasure } from '../src/chart/measure';
import { budgetSpec } from '../src/budget/spec';
import { renderBudget } from '../src/budget/render';
import { timelineSpec } from '../src/timeline/spec';
import { renderTimeline } from '../src/timeline/render';
import { mapSpec } from '../src/map/spec';
import { renderMap } from '../src/map/render';
import type { ChartWords } from '../src/chart/context';
import { propertyRuns } from './runs';

const RUNS = propertyRuns(1000);
const PARTNER_COUNTRIES = new Set(COUNTRIES.map((code) => isoCountry(code) ?? code));
// The countries a random partner can be in (and their outlines): the map's whole background is
// traced the same way for every file (its outlines are checked against d3 in scales.test.ts).
const countries = europe.filter((c) => PARTNER_COUNTRIES.has(c.id));
const WORDS: Record<'en' | 'lv', ChartWords> = {
  en: { lang: 'en', t: en, f: formatsFor(en.locale, 'EUR', en.compactDisplay), today: '2026-11-26' },
  lv: { lang: 'lv', t: lv, f: formatsFor(lv.locale, 'EUR', lv.compactDisplay, lv.monthsInText), today: '2026-11-26' },
};

describe('any valid file', () => {
  test(`validates, and every view is laid out and drawn in both languages at 320–1920 px (${RUNS} random files)`, () => {
    fc.assert(
      fc.property(
        validProject({ maxPartners: 12, maxEvents: 16 }),
        fc.constantFrom('en' as const, 'lv' as const),
        fc.integer({ min: 320, max: 1920 }),
        fc.constantFrom('light' as const, 'dark' as const),
        fc.boolean(),
        (file, lang, width, themeName, framed) => {
          const result = validateProject(file);
          if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors.slice(0, 2))}`);
          const project = result.project;
          const size = { width, height: framed ? Math.round(width * 0.5625) : undefined, theme: THEMES[themeName], measure: tableMeasure, framed };
          const words = WORDS[lang];
          const drawn = [
            renderMap(mapSpec(project, countries, words, size, { showEvents: true, idPrefix: 'map' }), { document }),
            renderBudget(budgetSpec(project, words, size, { measure: 'amount', panels: 'both' }), { document }),
            renderTimeline(timelineSpec(project, words, size), { document }),
          ];
          for (const svg of drawn) {
            expect(svg.localName).toBe('svg');
            // No NaN or Infinity reaches a coordinate.
            expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
            // No name lets its direction out among the chart's words (test/directions.ts).
            expect([...svg.querySelectorAll('text, title, desc')].flatMap((element) => directionLeaks(element.textContent ?? ''))).toEqual([]);
          }
        },
      ),
      { numRuns: RUNS, seed: 1301 },
    );
  }, 120_000);
});

/** Every path into a JSON value (objects and arrays), the root left out. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

describe('any damaged file', () => {
  /** A change at one place in the file: a value replaced by any JSON, or removed, or an unknown field added. */
  const damage = fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'remove', 'add'), value: fc.jsonValue({ maxDepth: 3 }) });

  test(`never throws: random damage (1–4 changes) to ${RUNS} random valid files gives a project or problems with paths`, () => {
    fc.assert(
      fc.property(validProject({ maxPartners: 8, maxEvents: 8 }), fc.array(damage, { minLength: 1, maxLength: 4 }), (file, changes) => {
        const copy = structuredClone(file);
        for (const { at, kind, value } of changes) {
          const all = paths(copy).filter((p) => p.length > 0);
          const path = all[at % all.length]!;
          const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
          if (typeof parent !== 'object' || parent === null) continue;
          const key = path.at(-1)!;
          if (kind === 'remove') delete (parent as Record<string | number, unknown>)[key];
          else if (kind === 'add' && !Array.isArray(parent)) (parent as Record<string, unknown>)[`unknown-${String(key)}`] = value;
          else (parent as Record<string | number, unknown>)[key] = value;
        }
        const result = validateProject(copy);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const problem of result.errors) expect(typeof problem.path).toBe('string');
        }
        // The same file as text, whole or cut anywhere, is answered too.
        const text = JSON.stringify(copy);
        expect(() => validateProjectText(text)).not.toThrow();
        expect(() => validateProjectText(text.slice(0, changes[0]!.at % (text.length + 1)))).not.toThrow();
      }),
      { numRuns: RUNS, seed: 1302 },
    );
  }, 60_000);

  test(`never throws on any text (${RUNS} random strings and JSON values)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        const result = validateProjectText(text);
        if (!result.ok) for (const problem of result.errors) expect(typeof problem.path).toBe('string');
      }),
      { numRuns: RUNS, seed: 1303 },
    );
  });
});

describe('derived figures', () => {
  test(`keep their invariants on ${RUNS} random valid files: shares 0–100 %, parts summing to the whole, positive durations`, () => {
    fc.assert(
      fc.property(validProject({ maxPartners: 30, maxEvents: 4 }), anyDate, (file, today) => {
        const result = validateProject(file);
        if (!result.ok) throw new Error('refused');
        const project = result.project;
        const figures = projectFigures(project, today);
        expect(figures.coFinancingRate).toBeGreaterThanOrEqual(0);
        expect(figures.coFinancingRate).toBeLessThanOrEqual(1);
        expect(figures.ownContribution).toBeGreaterThanOrEqual(0);
        expect(figures.eu + figures.ownContribution).toBeCloseTo(figures.total, 2);
        const segments = budgetSegments(figures);
        expect(segments.reduce((sum, s) => sum + s.amount, 0)).toBeCloseTo(figures.total, 2);
        for (const segment of segments) {
          expect(segment.shareOfTotal).toBeGreaterThanOrEqual(0);
          expect(segment.shareOfTotal).toBeLessThanOrEqual(1 + 1e-12);
          expect(segment.to).toBeGreaterThan(segment.from);
        }
        if (figures.total > 0) expect(segments.reduce((sum, s) => sum + s.shareOfTotal, 0)).toBeCloseTo(1, 9);
        for (const share of [figures.focus?.shareOfEu, figures.focus?.shareOfTotal]) {
          if (share === undefined) continue;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        const { published, unpublished } = partnerBudgets(project);
        expect(published.length + unpublished.length).toBe(project.partners.length);
        expect(published.reduce((sum, row) => sum + (row.total ?? 0), 0)).toBeLessThanOrEqual(figures.total + 0.005);
        expect(figures.plannedMonths).toBeGreaterThan(0);
        expect(figures.actualMonths).toBeGreaterThan(0);
        expect(dayNumber(figures.end)).toBeGreaterThanOrEqual(dayNumber(figures.start));
        // Semesters cover the project from its first day to its last, each of positive length, in order.
        const terms = semesters({ start: figures.start, end: figures.end });
        expect(terms[0]?.start).toBe(figures.start);
        expect(terms.at(-1)?.end).toBe(figures.end);
        for (const [i, term] of terms.entries()) {
          expect(dayNumber(term.end)).toBeGreaterThanOrEqual(dayNumber(term.start));
          if (i > 0) expect(dayNumber(term.start)).toBe(dayNumber(terms[i - 1]!.end) + 1);
        }
      }),
      { numRuns: RUNS, seed: 1304 },
    );
  }, 60_000);

  test(`calendar dates round-trip for every year 0001–9999 (${RUNS} random days)`, () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -24, max: 24 }), (day, days, months) => {
        const date = fromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(day);
        // A Date made from it is that calendar day in UTC: no 19xx for a year under 100.
        expect(utcDate(date).getUTCFullYear()).toBe(Number(date.slice(0, 4)));
        expect(utcDate(date).getUTCDate()).toBe(Number(date.slice(8, 10)));
        const later = fromDayNumber(Math.min(dayNumber('9999-12-31'), Math.max(dayNumber('0001-01-01'), day + days)));
        expect(dayNumber(addDays(date, dayNumber(later) - day))).toBe(dayNumber(later));
        const year = Number(date.slice(0, 4));
        if (year + months / 12 > 1 && year + months / 12 < 9999) {
          const moved = addMonths(date, months);
          expect(isIsoDate(moved)).toBe(true);
          expect(Number(moved.slice(8, 10))).toBeLessThanOrEqual(Number(date.slice(8, 10)));
        }
        if (dayNumber(later) >= day) expect(monthsBetween(date, later)).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 1305 },
    );
  });
});
