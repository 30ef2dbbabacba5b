/**
 * Made-up projects for the tests of "any valid file": deterministic (a seeded generator),
 * valid format v1, and as awkward as a real file may be — budgets from EUR 10 thousand to
 * EUR 50 million, names of 3 to 120 characters with Latvian letters, 1 to 40 partners,
 * phases with long names, crowded events. Marked as test data in every title.
 */
import { addDays, addMonths } from '../src/data/dates';

export interface GeneratedOptions {
  seed: number;
  partners: number;
  total: number;
  /** Length of partner and short names, in characters. */
  nameLength: [number, number];
  events: number;
  phases: number;
  /** Spread the partners round-robin over this many countries (up to 40); otherwise each picks one of 24 at random. */
  countries?: number;
}

const COUNTRIES: [string, number, number][] = [
  ['LV', 24.1, 56.95], ['SI', 14.5, 46.05], ['SK', 17.1, 48.15], ['AT', 16.37, 48.21], ['HU', 19.04, 47.5], ['LU', 6.13, 49.61],
  ['BE', 4.35, 50.85], ['DE', 13.4, 52.52], ['FR', 2.35, 48.86], ['ES', -3.7, 40.42], ['PT', -9.14, 38.72], ['IT', 12.5, 41.9],
  ['PL', 21.01, 52.23], ['SE', 18.07, 59.33], ['FI', 24.94, 60.17], ['EE', 24.75, 59.44], ['LT', 25.28, 54.69], ['RO', 26.1, 44.43],
  ['EL', 23.73, 37.98], ['UK', -0.13, 51.51], ['NL', 4.9, 52.37], ['DK', 12.57, 55.68], ['CZ', 14.42, 50.08], ['HR', 15.98, 45.81],
];
/** Sixteen more, for projects spread over 40 countries (capitals, rounded). */
const MORE_COUNTRIES: [string, number, number][] = [
  ['IE', -6.26, 53.35], ['BG', 23.32, 42.7], ['CY', 33.38, 35.19], ['MT', 14.51, 35.9], ['NO', 10.75, 59.91], ['IS', -21.94, 64.15],
  ['CH', 7.45, 46.95], ['RS', 20.46, 44.79], ['BA', 18.41, 43.86], ['ME', 19.26, 42.44], ['MK', 21.43, 41.99], ['AL', 19.82, 41.33],
  ['MD', 28.86, 47.01], ['UA', 30.52, 50.45], ['LI', 9.52, 47.14], ['TR', 32.85, 39.93],
];
const SYLLABLES = ['ra', 'ko', 'lī', 'mē', 'šu', 'ža', 'do', 'ni', 'vā', 'ter', 'pol', 'gra', 'ēn', 'us', 'ci', 'be', 'ņa', 'lo'];
const WORDS = ['Regional', 'Development', 'Agency', 'of', 'the', 'Chamber', 'Innovation', 'Centre', 'Ministry', 'Economics', 'Attīstības', 'aģentūra', 'Cluster', 'Industry', 'Association'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateProject(options: GeneratedOptions): Record<string, unknown> {
  const next = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const between = (low: number, high: number) => Math.round(low + next() * (high - low));
  const name = (length: number) => {
    let text = '';
    while (text.length < length) text += text && next() < 0.3 ? ' ' : next() < 0.5 ? pick(WORDS) + ' ' : pick(SYLLABLES);
    return text.slice(0, length).trim() || 'X'.repeat(length);
  };
  const total = Math.round(options.total * 100) / 100;
  const eu = Math.round(total * (0.5 + next() * 0.35) * 100) / 100;
  const startYear = between(2015, 2024);
  const start = `${startYear}-${String(between(1, 12)).padStart(2, '0')}-01`;
  const months = between(12, 60);
  const plannedEnd = addDays(addMonths(start, months), -1);
  const actualEnd = addMonths(plannedEnd, between(0, 12));
  const spread = options.countries ? [...COUNTRIES, ...MORE_COUNTRIES].slice(0, options.countries) : undefined;
  const partners = Array.from({ length: options.partners }, (_, i) => {
    const [country, lon, lat] = spread ? spread[i % spread.length]! : pick(COUNTRIES);
    const full = name(between(...options.nameLength));
    const budgetShare = 1 / (options.partners * 1.5);
    return {
      id: `p${i + 1}`,
      name: `${full}`,
      shortName: name(between(options.nameLength[0], Math.min(options.nameLength[1], 40))),
      country,
      role: i === 0 ? 'lead' : 'partner',
      ...(next() < 0.7 ? { location: { lat: lat + (next() - 0.5) * 0.2, lon: lon + (next() - 0.5) * 0.2, approximate: next() < 0.3 } } : {}),
      ...(next() < 0.5 ? { budget: { total: Math.floor(total * budgetShare), eu: Math.floor(eu * budgetShare) } } : {}),
    };
  });
  const days = (Date.UTC(+actualEnd.slice(0, 4), +actualEnd.slice(5, 7) - 1, +actualEnd.slice(8)) - Date.UTC(startYear, +start.slice(5, 7) - 1, 1)) / 86_400_000;
  const kinds = ['meeting', 'study-visit', 'conference', 'workshop', 'milestone', 'other'];
  const events = Array.from({ length: options.events }, (_, i) => {
    const eventStart = addDays(start, between(0, days));
    return {
      id: `e${i + 1}`,
      name: name(between(3, 60)),
      kind: pick(kinds),
      start: eventStart,
      ...(next() < 0.3 ? { end: addDays(eventStart, between(1, 20)) } : {}),
      ...(next() < 0.3 ? { online: true } : {}),
      country: pick(COUNTRIES)[0],
    };
  });
  const phases = Array.from({ length: options.phases }, (_, i) => {
    const part = (k: number) => Math.floor((k * months) / options.phases);
    return { id: `phase-${i + 1}`, name: name(between(5, 90)), planned: { start: addMonths(start, part(i)), end: addDays(addMonths(start, part(i + 1)), -1) } };
  });
  return {
    schemaVersion: 1,
    id: `generated-${options.seed}`,
    acronym: name(between(3, 14)).replace(/\s/g, ''),
    title: `Test data (generated, seed ${options.seed}): ${name(between(10, 100))}`,
    programme: 'Test programme (made-up data)',
    focusPartner: partners.length > 1 ? `p${partners.length}` : undefined,
    budget: { total, eu, sources: ['s1'] },
    partners,
    schedule: { planned: { start, end: plannedEnd }, ...(actualEnd !== plannedEnd ? { actual: { start, end: actualEnd } } : {}) },
    ...(phases.length > 0 ? { phases } : {}),
    ...(events.length > 0 ? { events } : {}),
    sources: [{ id: 's1', title: 'Test source (made-up)', url: 'https://example.org/test', accessed: '2026-01-15' }],
  };
}

/** The generated files the browser tests draw: smallest to most crowded. */
export const GENERATED: Record<string, GeneratedOptions> = {
  'generated-tiny': { seed: 1, partners: 1, total: 10_000, nameLength: [3, 3], events: 0, phases: 0 },
  'generated-large-budget': { seed: 2, partners: 12, total: 1_830_000, nameLength: [10, 40], events: 12, phases: 2 },
  'generated-crowded': { seed: 3, partners: 40, total: 50_000_000, nameLength: [60, 120], events: 60, phases: 4 },
  'generated-mid': { seed: 4, partners: 25, total: 450_000, nameLength: [3, 80], events: 25, phases: 3 },
};

/** The large project `npm run bench` measures: 200 partners in 40 countries, 500 events, 8 phases. */
export const BENCH_LARGE: GeneratedOptions = { seed: 14, partners: 200, countries: 40, total: 25_000_000, nameLength: [10, 80], events: 500, phases: 8 };
/** The largest file the dashboard accepts (500 partners, 2,000 events; LIMITS in src/data/validate.ts), long names: the benchmark's main-thread check. */
export const BENCH_LIMIT: GeneratedOptions = { seed: 13, partners: 500, countries: 40, total: 80_000_000, nameLength: [10, 120], events: 2000, phases: 8 };

/** Real places where maps go wrong: border towns, small neighbours, several partners in one city. */
const HARD_PLACES: [string, string, number, number][] = [
  ['Gorizia', 'IT', 13.616, 45.941],
  ['Nova Gorica', 'SI', 13.648, 45.956],
  ['Strasbourg', 'FR', 7.752, 48.573],
  ['Kehl', 'DE', 7.815, 48.573],
  ['Luxembourg', 'LU', 6.13, 49.611],
  ['Brussels', 'BE', 4.352, 50.847],
  ['Vienna', 'AT', 16.373, 48.208],
  ['Bratislava', 'SK', 17.107, 48.149],
  ['Ljubljana', 'SI', 14.506, 46.056],
  ['Budapest', 'HU', 19.04, 47.498],
  ['Riga', 'LV', 24.105, 56.946],
  ['Valka', 'LV', 26.02, 57.775],
  ['Valga', 'EE', 26.047, 57.777],
  ['Frankfurt (Oder)', 'DE', 14.55, 52.342],
  ['Słubice', 'PL', 14.56, 52.35],
  ['Maastricht', 'NL', 5.69, 50.851],
  ['Liège', 'BE', 5.567, 50.633],
  ['Lisbon', 'PT', -9.139, 38.722],
  ['Helsinki', 'FI', 24.938, 60.17],
  ['Athens', 'EL', 23.727, 37.984],
  // Islands a country's mainland is far from: a marker must stay on them.
  ['Heraklion', 'EL', 25.134, 35.339],
  ['Palma', 'ES', 2.65, 39.57],
];

/** A made-up project whose partners crowd the hard places: `partners` of them (2 to 200), events by place and by country. */
export function generateMapProject(seed: number, partnerCount: number, eventCount: number): Record<string, unknown> {
  const next = random(seed);
  const partners = Array.from({ length: partnerCount }, (_, i) => {
    const [place, country, lon, lat] = HARD_PLACES[i % HARD_PLACES.length]!;
    // Several partners per city: the same place, or a street or two away.
    const jitter = i < HARD_PLACES.length ? 0 : (next() - 0.5) * 0.01;
    return {
      id: `p${i + 1}`,
      name: `Test partner ${i + 1} in ${place} (made-up)`,
      shortName: `${place.slice(0, 12)} ${i + 1}`,
      country,
      role: i === 0 ? 'lead' : 'partner',
      place,
      location: { lat: lat + jitter, lon: lon + jitter },
    };
  });
  const events = Array.from({ length: eventCount }, (_, i) => {
    const [place, country, lon, lat] = HARD_PLACES[Math.floor(next() * HARD_PLACES.length)]!;
    return {
      id: `e${i + 1}`,
      name: `Test event ${i + 1}`,
      kind: 'meeting',
      start: `2021-${String((i % 12) + 1).padStart(2, '0')}-10`,
      country,
      ...(i % 3 === 0 ? { place, location: { lat, lon } } : {}),
    };
  });
  return {
    schemaVersion: 1,
    id: `generated-map-${seed}`,
    acronym: `TestMap${partnerCount}`,
    title: `Test data (generated): ${partnerCount} partners crowding border towns and small countries`,
    programme: 'Test programme (made-up data)',
    focusPartner: 'p2',
    budget: { total: 1_000_000, eu: 800_000, sources: ['s1'] },
    partners,
    schedule: { planned: { start: '2021-01-01', end: '2022-12-31' } },
    events,
    sources: [{ id: 's1', title: 'Test source (made-up)', url: 'https://example.org/test' }],
  };
}

/**
 * A file of 200,000 partners (about 20 MB), ten times the size the dashboard reads: the site of the
 * browser tests serves it (`fixtures/huge.json`), so that the test refusing it is sent it as a
 * reader's browser is, by the web server, not through the test tool.
 */
export function hugeProject(): string {
  return JSON.stringify({
    schemaVersion: 1,
    partners: Array.from({ length: 200_000 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i} with a name`, country: 'LV', role: 'partner' })),
  });
}

export const GENERATED_MAPS: Record<string, [number, number, number]> = {
  'generated-map-border-towns': [11, 20, 30],
  'generated-map-crowd': [12, 200, 500],
};
