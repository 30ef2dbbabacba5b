/**
 * WCAG 1.4.1 use of colour: in greyscale (or to a reader who cannot tell the hues apart) every
 * pair of things a legend names must still differ — by shape, line, outline, hatch, or a clear
 * step in lightness. Each view's legend is drawn in both themes and checked pair by pair.
 */
import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../../scripts/europeGeometry';
import { innoIndustry } from '../../test/projects';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import { formatsFor } from '../i18n/format';
import { THEMES, type ThemeName } from './theme';
import { tableMeasure } from './measure';
import { toldApartWithoutColour } from './contrast';
import { budgetSpec } from '../budget/spec';
import { timelineSpec } from '../timeline/spec';
import { mapSpec } from '../map/spec';
import type { CountryFeature } from '../map/geometry';
import type { LegendItem } from './frame';

const project = innoIndustry();
const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
const countries = (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features.map((c) => ({ ...c, id: String(c.id) }));
const WORDS = {
  en: { lang: 'en' as const, t: en, f: formatsFor(en.locale, 'EUR', en.compactDisplay), today: '2026-11-26' },
  lv: { lang: 'lv' as const, t: lv, f: formatsFor(lv.locale, 'EUR', lv.compactDisplay), today: '2026-11-26' },
};
type Words = (typeof WORDS)['en' | 'lv'];

const legends: Record<string, (theme: ThemeName, words: Words) => LegendItem[]> = {
  map: (theme, words) => mapSpec(project, countries, { ...words, selection: { partner: 'ministry-of-economics-lv' } }, { width: 1000, theme: THEMES[theme], measure: tableMeasure }, { showEvents: true, idPrefix: 'm' }).legend,
  budget: (theme, words) => budgetSpec(project, words, { width: 1000, theme: THEMES[theme], measure: tableMeasure }, { measure: 'amount', panels: 'both' }).legend,
  timeline: (theme, words) => timelineSpec(project, words, { width: 1000, theme: THEMES[theme], measure: tableMeasure }).legend,
};

describe.each(Object.keys(legends))('the %s legend in greyscale', (view) => {
  test.each([
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'lv'],
    ['dark', 'lv'],
  ] as const)('%s, %s: every pair told apart without colour', (theme, lang) => {
    const items = legends[view]!(theme, WORDS[lang]);
    expect(items.length).toBeGreaterThan(1);
    const same: string[] = [];
    items.forEach((a, i) => items.slice(i + 1).forEach((b) => {
      if (a.labelled && b.labelled) return;
      if (!toldApartWithoutColour(a.symbol, b.symbol, THEMES[theme].paper)) same.push(`${a.key} ~ ${b.key}`);
    }));
    expect(same).toEqual([]);
  });
});
