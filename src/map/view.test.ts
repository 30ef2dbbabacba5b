/**
 * What the map shows of the plane: the geometry is cut to a rectangle (MAP_CLIP_KM), and the land
 * cut there would end at a straight line. No map shows that edge in the east, the north or the
 * south (past the west edge is the Atlantic): on the page at every width, in every picture size
 * and on the deck's slide, for the built-in file, a crowded one and the generated maps.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { countries, MAP_PROJECTS, WORDS } from '../../test/mapFixtures';
import { innoIndustry, validGenerated } from '../../test/projects';
import { generateMapProject, generateProject, GENERATED } from '../../test/generate';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { SLIDE_SIZES } from '../export/sizes';
import { DECK_FONT_SIZE, DECK_PICTURE_SIZE } from '../export/deck';
import type { ChartSize } from '../chart/context';
import type { Project } from '../data/schema';
import { MAP_CLIP_KM } from './laea';
import { mapSpec, type MapSpec } from './spec';

const PROJECTS: [string, Project][] = [
  ['InnoIndustry', innoIndustry()],
  ['a crowded file', validGenerated(generateProject(GENERATED['generated-crowded']!))],
  ...MAP_PROJECTS.filter(([name]) => name !== 'InnoIndustry'),
];
const TARGETS: [string, Omit<ChartSize, 'theme' | 'measure'>][] = [
  ...[320, 360, 768, 1280, 1920].map((width): [string, Omit<ChartSize, 'theme' | 'measure'>] => [`the page at ${width} px`, { width }]),
  ...SLIDE_SIZES.map(({ width, height }): [string, Omit<ChartSize, 'theme' | 'measure'>] => [`a ${width} × ${height} picture`, { width, height, framed: true }]),
  ['the deck’s slide', { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, framed: true, bare: true }],
];

describe.each(PROJECTS)('%s', (_name, project) => {
  test('no map shows where the geometry is cut in the east, the north or the south', () => {
    const [[, north], [east, south]] = MAP_CLIP_KM;
    const shown: string[] = [];
    for (const [target, size] of TARGETS) {
      const spec = mapSpec(project, countries, WORDS.en, { ...size, theme: THEMES.light, measure: tableMeasure }, { showEvents: true, idPrefix: 'view' });
      const [, top] = spec.planeOf([0, 0]);
      const [right, bottom] = spec.planeOf([spec.box.width, spec.box.height]);
      if (right > east) shown.push(`${target}: the cut in the east, ${Math.round(right - east)} km inside the map`);
      if (top < north) shown.push(`${target}: the cut in the north, ${Math.round(north - top)} km inside the map`);
      if (bottom > south) shown.push(`${target}: the cut in the south, ${Math.round(bottom - south)} km inside the map`);
    }
    expect(shown).toEqual([]);
  });
});

const CROWDED = new Set(['a crowded file', 'generated-map-crowd']);

/** A project's map at every target in both languages, laid out once for the checks below. */
const laidOut = new Map<Project, { target: string; framed: boolean; spec: MapSpec }[]>();
function mapsOf(project: Project) {
  let maps = laidOut.get(project);
  if (!maps) {
    maps = (['en', 'lv'] as const).flatMap((lang) =>
      TARGETS.map(([target, size]) => ({
        target: `${target}, ${lang}`,
        framed: size.framed === true,
        spec: mapSpec(project, countries, WORDS[lang], { ...size, theme: THEMES.light, measure: tableMeasure }, { showEvents: true, idPrefix: 'view' }),
      })),
    );
    laidOut.set(project, maps);
  }
  return maps;
}

describe.each([...PROJECTS, ['thirty countries', validGenerated(JSON.parse(readFileSync('test/fixtures/thirty-countries.json', 'utf8')) as Project)] as [string, Project]])('%s in pictures', (name, project) => {
  test('no two markers overlap at any picture size or on the deck’s slide, in either language, but for the lead’s or the highlighted partner’s on its own country’s cluster', () => {
    const pressed = new Map<string, string[]>();
    for (const { target, spec } of mapsOf(project).filter((map) => map.framed)) {
      const important = (m: (typeof spec.markers)[number]) => m.lead || m.focus || m.selected;
      const pairs: string[] = [];
      for (const [i, a] of spec.markers.entries())
        for (const b of spec.markers.slice(i + 1)) {
          if (Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]) >= a.radius + b.radius || important(a) || important(b)) continue;
          pairs.push(`${a.key} / ${b.key}`);
        }
      if (pairs.length > 0) pressed.set(target, pairs);
    }
    // A picture's markers, drawn at its type's size, are drawn smaller where its map is too small
    // for them (markers.ts): only a crowded file's map on the deck's slide, whose type is near the
    // page's (its markers can hardly shrink), leaves one pair of neighbours pressed together
    // (Luxembourg's and Belgium's clusters), as a 320 px phone leaves one: no point of those
    // countries is far enough from the other's for both.
    for (const [target, pairs] of pressed) expect({ target, pairs: pairs.length <= (CROWDED.has(name) && target.startsWith('the deck') ? 1 : 0) }).toEqual({ target, pairs: true });
  });
});

/** 130 partners in Luxembourg and 130 in Arlon, 25 km apart in Belgium, on a map from Lisbon to Helsinki: two clusters of three digits, pressed together in pictures. */
function twinCities(): Project {
  const base = generateMapProject(12, 2, 0) as { partners: unknown[] };
  const city = (place: string, country: string, lon: number, lat: number) =>
    Array.from({ length: 130 }, (_, i) => ({ id: `${country.toLowerCase()}-${i}`, name: `Test partner ${i} in ${place} (made-up)`, country, role: 'partner', place, location: { lat, lon } }));
  return validGenerated({ ...base, partners: [...base.partners, ...city('Luxembourg', 'LU', 6.13, 49.61), ...city('Arlon', 'BE', 5.82, 49.68), { id: 'lisbon', name: 'Test partner in Lisbon (made-up)', country: 'PT', role: 'partner', place: 'Lisbon', location: { lat: 38.72, lon: -9.14 } }, { id: 'helsinki', name: 'Test partner in Helsinki (made-up)', country: 'FI', role: 'partner', place: 'Helsinki', location: { lat: 60.17, lon: 24.94 } }] });
}

describe.each([...PROJECTS, ['twin cities', twinCities()] as [string, Project]])('%s in pictures', (_name, project) => {
  test('a cluster’s count fits its disc, however small the picture draws its markers', () => {
    const cut: string[] = [];
    for (const { target, spec } of mapsOf(project).filter((map) => map.framed)) {
      for (const marker of spec.markers) {
        if (marker.count === undefined) continue;
        // The count as render.ts writes it, inside the disc's 1.5 px outline.
        const width = tableMeasure(String(marker.count), spec.labelSize * 0.92, true);
        if (width > 2 * marker.radius - 1.5) cut.push(`${target}: ${marker.count} is ${width.toFixed(1)} px wide in a disc of ${(2 * marker.radius).toFixed(1)} px`);
      }
    }
    expect(cut).toEqual([]);
  });
});

describe.each(PROJECTS)('%s, in both languages', (_name, project) => {
  test('the lead’s label names it on the page and in every picture: the role beside the name where both fit, else the name alone (the star says it leads), never the role alone', () => {
    const nameless: string[] = [];
    for (const { target, spec } of mapsOf(project)) {
      const label = spec.markers.find((marker) => marker.lead)?.label?.text;
      const name = label?.split(' · ')[0]?.replace(/…$/, '') ?? '';
      if (label !== undefined && name.trim() === '') nameless.push(`${target}: "${label}"`);
    }
    expect(nameless).toEqual([]);
  });
});
