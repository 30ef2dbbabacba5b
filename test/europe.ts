/** What the charts' Node tests draw with, made cheaply at import: the shipped geometry of Europe, the words in each language and a document to draw into. */
import { feature } from 'topojson-client';
import { parseHTML } from 'linkedom';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../scripts/europeGeometry';
import { en } from '../src/i18n/en';
import { lv } from '../src/i18n/lv';
import { formatsFor } from '../src/i18n/format';
import type { CountryFeature } from '../src/map/geometry';
import type { ChartWords } from '../src/chart/context';

const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
export const countries = (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features.map((c) => ({ ...c, id: String(c.id) }));
export const shapes = new Map(countries.map((c) => [c.id, c]));

/** A document to draw charts into: linkedom, about twice as quick to draw into as jsdom. */
export const document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

export const WORDS: Record<'en' | 'lv', ChartWords> = {
  en: { lang: 'en', t: en, f: formatsFor(en.locale, 'EUR', en.compactDisplay), today: '2026-12-03' },
  lv: { lang: 'lv', t: lv, f: formatsFor(lv.locale, 'EUR', lv.compactDisplay, lv.monthsInText), today: '2026-12-03' },
};
