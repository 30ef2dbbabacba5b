/**
 * Type set by the picture's height as well as its width: at every size a picture is offered in
 * (16:9 at 1920 × 1080 and 1280 × 720, 4:3, square), every view in both languages, for the built-in
 * file and a crowded one, the smallest text is at least 1.9 % of the height and the body text at
 * least 2.3 % — a square picture's text as large as a wide one's of the same height.
 */
import { describe, expect, test } from 'vitest';
import { countries, document } from '../../test/europe';
import { SLIDE_SIZES, SLIDE_VIEWS, slideChart } from './slides';
import { DECK_FONT_SIZE, DECK_PICTURE_SIZE } from './deck';
import { formatsFor } from '../i18n/format';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { typeScale } from '../chart/frame';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import type { Project } from '../data/schema';
import { innoIndustry, validGenerated } from '../../test/projects';
import { generateProject, GENERATED } from '../../test/generate';

const crowded = validGenerated(generateProject(GENERATED['generated-crowded']!));

/** The font size of every text that shows something, from its own attribute or the nearest group's. */
function textSizes(svg: SVGSVGElement): number[] {
  return [...svg.querySelectorAll('text')].flatMap((text) => {
    if (!text.textContent?.trim()) return [];
    const size = text.getAttribute('font-size') ?? text.closest('[font-size]')?.getAttribute('font-size');
    return size ? [Number.parseFloat(size)] : [];
  });
}

describe('type by the picture’s height', () => {
  for (const [name, project] of [['built-in', innoIndustry()], ['crowded', crowded]] as [string, Project][]) {
    for (const [lang, t] of [['en', en], ['lv', lv]] as const) {
      test(`${name}, ${lang}: smallest text ≥ 1.9 %, body ≥ 2.3 % of the height at every offered size`, () => {
        const words = { lang, t, f: formatsFor(t.locale, project.currency, t.compactDisplay, t.monthsInText), today: '2026-12-03' as const };
        const short: string[] = [];
        for (const size of SLIDE_SIZES) {
          expect(typeScale(size.width, size.height) / size.height).toBeGreaterThanOrEqual(0.023);
          for (const view of SLIDE_VIEWS) {
            const { svg } = slideChart(view, { ...size, theme: THEMES.light, measure: tableMeasure }, { project, words, countries, document });
            const sizes = textSizes(svg);
            expect(sizes.length).toBeGreaterThan(3);
            const smallest = Math.min(...sizes);
            if (smallest / size.height < 0.019) short.push(`${view} ${size.width}×${size.height}: ${smallest} px`);
          }
        }
        expect(short).toEqual([]);
      });
    }
  }
});

describe('legend labels in a picture', () => {
  for (const [name, project] of [['built-in', innoIndustry()], ['crowded', crowded]] as [string, Project][]) {
    test(`${name}: whole at every offered size and on the deck’s slide, in both languages (a long one over two lines)`, () => {
      const cut: string[] = [];
      for (const [lang, t] of [['en', en], ['lv', lv]] as const) {
        const words = { lang, t, f: formatsFor(t.locale, project.currency, t.compactDisplay, t.monthsInText), today: '2026-12-03' as const };
        for (const size of [...SLIDE_SIZES, { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, bare: true }]) {
          for (const view of SLIDE_VIEWS) {
            const { svg } = slideChart(view, { ...size, theme: THEMES.light, measure: tableMeasure }, { project, words, countries, document });
            const labels = [...svg.querySelectorAll('[data-frame] [data-legend] text')].map((text) => text.textContent ?? '');
            expect(labels.length).toBeGreaterThan(1);
            for (const label of labels) if (label.includes('…')) cut.push(`${lang} ${view} ${size.width}×${size.height}: ${label}`);
          }
        }
      }
      expect(cut).toEqual([]);
    });
  }
});
