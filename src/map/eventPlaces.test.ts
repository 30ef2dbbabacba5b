/**
 * The map's event-place stage alone: every event shown is drawn inside its own country, its
 * pointer target clear of the markers and of the other places, or counted on its country's
 * name; the chosen event is always drawn; events at one place share a diamond; the places are
 * kept for a redraw in another language or theme, and laid out again for another choice.
 */
import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { placeOnPlane } from './place';
import { fitMap, layoutMarkers, TARGET_RADIUS } from './markers';
import { AT_ONE_PLACE_KM, layoutEventPlaces, ZOOM_BUTTONS } from './eventPlaces';
import { insideGeometry } from './inside';
import { mapHeight } from './scales';
import { innoIndustry } from '../../test/projects';
import { countries, MAP_PROJECTS, shapes } from '../../test/mapFixtures';
import type { Partner } from '../data/schema';

const apart = (a: [number, number], b: [number, number], distance: number) => Math.abs(a[0] - b[0]) >= distance || Math.abs(a[1] - b[1]) >= distance;

describe.each([['built-in', innoIndustry()] as const, ...MAP_PROJECTS])('%s: event places', (_name, project) => {
  const placed = placeOnPlane(project, countries);
  const important = (partner: Partner) => partner.role === 'lead' || partner.id === project.focusPartner;

  test.each([360, 1280])('at %i px: each event drawn in its country, clear of markers and other places, or counted on its country', (width) => {
    const box = { width, height: Math.round(width * 0.7) };
    const fit = fitMap(placed, box.width, box.height, zoomIdentity);
    const markers = layoutMarkers(placed, fit, box, 1, important);
    const { places, countryEvents } = layoutEventPlaces(placed, fit, markers, box, 1, true, { showEvents: true });
    // Every event with a place: drawn once, or counted on its country.
    const drawn = places.flatMap((p) => p.members.map((m) => m.event.id));
    expect(new Set(drawn).size).toBe(drawn.length);
    const counted = [...countryEvents.values()].reduce((sum, n) => sum + n, 0) - [...placed.countryEvents.values()].reduce((sum, n) => sum + n, 0);
    expect(drawn.length + counted).toBe(placed.events.length);
    for (const place of places) {
      const iso = place.members[0]!.iso;
      const shape = shapes.get(iso);
      if (shape) expect(insideGeometry(fit.toPlane(place.at), shape.geometry), iso).toBe(true);
      // One diamond is one place: its events within AT_ONE_PLACE_KM of the first, in one country.
      for (const member of place.members) {
        expect(member.iso).toBe(iso);
        expect(Math.hypot(member.at[0] - place.members[0]!.at[0], member.at[1] - place.members[0]!.at[1])).toBeLessThanOrEqual(AT_ONE_PLACE_KM * 2);
      }
      // Its 24 px target meets no marker (drawn with a pixel around it) and no marker's target.
      for (const group of markers.groups) expect(apart(place.at, group.at, Math.max(2 * TARGET_RADIUS, TARGET_RADIUS + 1 + markers.radiusOf(group)))).toBe(true);
    }
    // Nor the page's zoom buttons, top right.
    for (const place of places) expect(place.at[0] + TARGET_RADIUS <= width - ZOOM_BUTTONS.width || place.at[1] - TARGET_RADIUS >= ZOOM_BUTTONS.height, `${place.at}`).toBe(true);
    places.forEach((a, i) => places.slice(i + 1).forEach((b) => expect(apart(a.at, b.at, 2 * TARGET_RADIUS)).toBe(true)));
  });

  test('hidden events are not drawn but the chosen one, which is always drawn', () => {
    const box = { width: 360, height: 250 };
    const fit = fitMap(placed, box.width, box.height, zoomIdentity);
    const markers = layoutMarkers(placed, fit, box, 1, important);
    expect(layoutEventPlaces(placed, fit, markers, box, 1, true, { showEvents: false }).places).toEqual([]);
    for (const { event } of placed.events.slice(0, 5)) {
      const { places } = layoutEventPlaces(placed, fit, markers, box, 1, true, { showEvents: false, chosen: event.id });
      expect(places.flatMap((p) => p.members.map((m) => m.event.id))).toContain(event.id);
    }
  });

  test('kept for a redraw of the same markers; laid out again for other markers or another choice', () => {
    const box = { width: 800, height: 560 };
    const fit = fitMap(placed, box.width, box.height, zoomIdentity);
    const markers = layoutMarkers(placed, fit, box, 1, important);
    const layout = layoutEventPlaces(placed, fit, markers, box, 1, true, { showEvents: true });
    expect(layoutEventPlaces(placed, fitMap(placed, box.width, box.height, zoomIdentity), markers, box, 1, true, { showEvents: true })).toBe(layout);
    expect(layoutEventPlaces(placed, fit, markers, box, 1, true, { showEvents: false })).not.toBe(layout);
    expect(layoutEventPlaces(placed, fit, markers, box, 1, false, { showEvents: true })).not.toBe(layout);
    const zoomed = fitMap(placed, box.width, box.height, zoomIdentity.scale(2));
    expect(layoutEventPlaces(placed, zoomed, layoutMarkers(placed, zoomed, box, 1, important), box, 1, true, { showEvents: true })).not.toBe(layout);
  });
});

test('on the page, no place goes under the zoom buttons: a map panned so an event lies under them draws it aside', () => {
  const base = innoIndustry();
  const [lead, other] = base.partners as [Partner, Partner];
  const project = {
    ...base,
    focusPartner: undefined,
    partners: [
      { ...lead, id: 'lisbon', country: 'PT', place: undefined, location: { lat: 38.72, lon: -9.14 } },
      { ...other, id: 'helsinki', country: 'FI', place: undefined, location: { lat: 60.17, lon: 24.94 } },
    ],
    events: [{ ...base.events![0]!, id: 'in-tampere', country: 'FI', place: undefined, partner: 'helsinki', location: { lat: 61.5, lon: 23.76 } }],
  };
  const placed = placeOnPlane(project, countries);
  const under = (at: [number, number], width: number) => at[0] + TARGET_RADIUS > width - ZOOM_BUTTONS.width && at[1] - TARGET_RADIUS < ZOOM_BUTTONS.height;
  let drawnAside = 0;
  for (const width of [360, 800, 1280]) {
    const box = { width, height: mapHeight(width) };
    // Zoomed in twice and panned so that the event's place is under the buttons.
    const zoomedIn = zoomIdentity.scale(2);
    const [x, y] = fitMap(placed, box.width, box.height, zoomedIn).toScreen(placed.events[0]!.at);
    const fit = fitMap(placed, box.width, box.height, zoomIdentity.translate(width - 20 - x, 30 - y).scale(2));
    expect(under(fit.toScreen(placed.events[0]!.at), width)).toBe(true);
    const markers = layoutMarkers(placed, fit, box, 1, (p) => p.role === 'lead');
    const { places, countryEvents } = layoutEventPlaces(placed, fit, markers, box, 1, true, { showEvents: true });
    const [place] = places;
    if (place) {
      drawnAside += 1;
      expect(under(place.at, width), `${place.at}`).toBe(false);
      expect(place.at[0] <= width && place.at[1] >= 0, `${place.at} on the screen`).toBe(true);
      expect(insideGeometry(fit.toPlane(place.at), shapes.get('FI')!.geometry)).toBe(true);
    } else {
      // Finland drawn at this size has no clear spot on the screen beside the buttons: the event is counted on its name.
      expect(countryEvents.get('FI'), `${width}`).toBe(1);
    }
    // A picture has no buttons: the place stays where it is.
    const [inPicture] = layoutEventPlaces(placed, fit, markers, box, 1, false, { showEvents: true }).places;
    expect(under(inPicture!.at, width), `${inPicture!.at}`).toBe(true);
  }
  expect(drawnAside).toBeGreaterThan(0);
});
