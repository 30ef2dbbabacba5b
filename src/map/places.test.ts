/**
 * Every event place in its true country, near its true place, at every width and zoom: the map
 * laid out in Node for the built-in file and for generated crowded files (border towns, small
 * neighbours, 200 partners and 500 events), each event place checked against its country's shape.
 */
import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { innoIndustry } from '../../test/projects';
import { countries, MAP_PROJECTS as PROJECTS, shapes, WORDS } from '../../test/mapFixtures';
import { isoCountry } from '../data/countries';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { AT_ONE_PLACE_KM, mapSpec } from './spec';
import { insideGeometry } from './inside';
import { projectLonLat } from './laea';
import type { Project } from '../data/schema';

const words = WORDS.en;
const WIDTHS = [320, 360, 412, 768, 1024, 1280, 1920];

/** Each event place drawn, with the events it stands for and the country they name. */
function eventPlaces(project: Project, width: number, k: number) {
  const centre = mapSpec(project, countries, words, { width, theme: THEMES.light, measure: tableMeasure }, { showEvents: true, idPrefix: 't' }).partnersCentre;
  const zoom = k === 1 ? zoomIdentity : zoomIdentity.translate(centre[0] * (1 - k), centre[1] * (1 - k)).scale(k);
  const spec = mapSpec(project, countries, words, { width, theme: THEMES.light, measure: tableMeasure }, { showEvents: true, idPrefix: 't', zoom });
  const byId = new Map((project.events ?? []).map((e) => [e.id, e]));
  return { spec, places: spec.events.map((place) => ({ place, events: place.ids.map((id) => byId.get(id)!) })) };
}

describe.each(PROJECTS)('%s: every event place in its country', (_name, project) => {
  test.each(WIDTHS.flatMap((width) => [[width, 1] as const, [width, 2] as const]))('at %i px, zoom %i', (width, k) => {
    const { spec, places } = eventPlaces(project, width, k);
    // Each event with a place is drawn there, or, where its country is drawn too small to hold it,
    // counted on the country's name (and listed in its panel): never drawn anywhere else.
    const drawn = new Set(places.flatMap(({ place }) => place.ids));
    const located = (project.events ?? []).filter((e) => e.location);
    const notDrawn = located.filter((e) => !drawn.has(e.id));
    const unlocated = new Map<string, number>();
    for (const e of project.events ?? []) if (!e.location && e.country) unlocated.set(isoCountry(e.country)!, (unlocated.get(isoCountry(e.country)!) ?? 0) + 1);
    const counted = new Map<string, number>();
    for (const e of notDrawn) {
      const iso = isoCountry(e.country ?? project.partners.find((p) => p.id === e.partner)!.country)!;
      counted.set(iso, (counted.get(iso) ?? 0) + 1);
    }
    for (const [iso, count] of counted) expect({ iso, counted: spec.countryEvents.get(iso) }).toEqual({ iso, counted: count + (unlocated.get(iso) ?? 0) });
    for (const { place, events } of places) {
      const codes = new Set(events.map((e) => isoCountry(e.country ?? project.partners.find((p) => p.id === e.partner)!.country)));
      // One place is one country's.
      expect(codes.size).toBe(1);
      const [iso] = [...codes];
      const shape = shapes.get(iso!);
      if (!shape) continue;
      expect({ event: place.id, iso, inside: insideGeometry(spec.planeOf(place.at), shape.geometry) }).toEqual({ event: place.id, iso, inside: true });
      // Events at one place are within a few km of each other: none is merged with one far away.
      const points = events.map((e) => projectLonLat(e.location!.lon, e.location!.lat));
      const farthest = points.reduce((most, a) => points.reduce((m, b) => Math.max(m, Math.hypot(a[0] - b[0], a[1] - b[1])), most), 0);
      expect(farthest, place.id).toBeLessThan(2 * AT_ONE_PLACE_KM);
    }
  });
});

describe('the built-in map', () => {
  test('the Krems study visit in Austria, Dobova and Postojna never one place; each drawn at its place or with a leader line to it, or counted on Slovenia; zoomed in, all three drawn', () => {
    for (const [width, k] of [[360, 1], [1280, 1], [1280, 4], [1920, 4]] as const) {
      const { spec, places } = eventPlaces(innoIndustry(), width, k);
      const placeOf = (id: string) => places.find(({ place }) => place.ids.includes(id))?.place;
      const krems = placeOf('study-visit-krems');
      if (krems) expect(insideGeometry(spec.planeOf(krems.at), shapes.get('AT')!.geometry)).toBe(true);
      const [dobova, postojna] = [placeOf('kick-off'), placeOf('final-conference')];
      if (dobova && postojna) expect(dobova.key).not.toBe(postojna.key);
      if (k === 4) expect([krems, dobova, postojna].every(Boolean)).toBe(true);
      for (const { place, events } of places) {
        const truth = projectLonLat(events[0]!.location!.lon, events[0]!.location!.lat);
        // A place moved aside (off a partner's marker) keeps a leader line to where it truly is.
        const pointed: [number, number] = place.leader ? [place.at[0] + place.leader[0][0], place.at[1] + place.leader[0][1]] : place.at;
        const shown = spec.planeOf(pointed);
        // As near as the drawing can say: a border town is kept a couple of pixels inside the drawn border.
        const [o, x] = [spec.planeOf([0, 0]), spec.planeOf([1, 0])];
        const kmPerPixel = Math.hypot(x[0] - o[0], x[1] - o[1]);
        expect({ event: place.id, near: Math.hypot(shown[0] - truth[0], shown[1] - truth[1]) <= 4 * kmPerPixel + 5 }).toEqual({ event: place.id, near: true });
      }
    }
  });
});
