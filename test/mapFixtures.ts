/** What the map's Node tests lay out with: the shipped geometry, the words in each language, and the files drawn. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../scripts/europeGeometry';
import { en } from '../src/i18n/en';
import { lv } from '../src/i18n/lv';
import { formatsFor } from '../src/i18n/format';
import type { CountryFeature } from '../src/map/geometry';
import type { ChartWords } from '../src/chart/context';
import type { Project } from '../src/data/schema';
import { innoIndustry, validGenerated } from './projects';
import { generateMapProject, GENERATED_MAPS } from './generate';

const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
export const countries = (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features.map((c) => ({ ...c, id: String(c.id) }));
export const shapes = new Map(countries.map((c) => [c.id, c]));

export const WORDS: Record<'en' | 'lv', ChartWords> = {
  en: { lang: 'en', t: en, f: formatsFor(en.locale, 'EUR', en.compactDisplay), today: '2026-12-03' },
  lv: { lang: 'lv', t: lv, f: formatsFor(lv.locale, 'EUR', lv.compactDisplay, lv.monthsInText), today: '2026-12-03' },
};

/** The built-in file and the generated crowds (border towns, islands, 200 partners and 500 events). */
export const MAP_PROJECTS: [string, Project][] = [
  ['InnoIndustry', innoIndustry()],
  ...Object.entries(GENERATED_MAPS).map(([name, [seed, partners, events]]) => [name, validGenerated(generateMapProject(seed, partners, events))] as [string, Project]),
];
