/**
 * The map's fourth stage, event places: the events shown (all of them, or only the chosen one)
 * drawn as diamonds, each inside its own country and never under a partner's marker. Events at
 * one place (within AT_ONE_PLACE_KM, in one country) are one diamond that lists them; events
 * further apart stay apart however close the map draws them (Dobova and Postojna are 120 km
 * apart), each moved, if it must be, only within its own country, to the nearest spot where its
 * whole pointer target is clear. Where the country, drawn this small, has no such spot, the place
 * is not drawn anywhere else: its events are counted on the country's name. Nothing here depends
 * on the words, so a redraw in another language or theme takes the places as they are.
 */
import type { Box } from './labels';
import { BoxIndex } from './labels';
import type { Placed, PlacedEvent } from './place';
import type { MapFit, MarkerLayout } from './markers';
import { inCountryOf as countryTest, TARGET_RADIUS } from './markers';
import type { Point } from './shape';
import { snapInside } from './inside';
import { clusterMarkers } from './cluster';

/** Events closer than this (on the plane, in km) are at one place: one diamond lists them. */
export const AT_ONE_PLACE_KM = 5;

/** Where the page's zoom buttons stand, top right of a map on the page: no mark goes under them. */
export const ZOOM_BUTTONS = { width: 52, height: 136 };

/** The zoom buttons' corner of a map `width` px wide, which the page's marks and labels keep clear of. */
export const zoomButtonsBox = (width: number): Box => ({ x0: width - ZOOM_BUTTONS.width, y0: 0, x1: width, y1: ZOOM_BUTTONS.height });

export interface DrawnEventPlace {
  /** The events drawn at this place, the first first. */
  members: PlacedEvent[];
  /** Where the diamond is drawn. */
  at: Point;
  /** Where the events truly are (inside their country); a diamond moved off it has a line back. */
  real: Point;
}

export interface EventPlaceLayout {
  places: DrawnEventPlace[];
  /** Events counted on their country's name: those that name only a country, and those this drawing has no room for. */
  countryEvents: Map<string, number>;
  /** Half a diamond's side: what labels and lines keep clear of. */
  eventSize: number;
}

export interface EventChoice {
  showEvents: boolean;
  /** The chosen event: drawn even when events are hidden, and always drawn somewhere. */
  chosen?: string;
}

/** A mark's box with a pixel of room around it. */
export const boxAround = ([x, y]: Point, r: number): Box => ({ x0: x - r - 1, y0: y - r - 1, x1: x + r + 1, y1: y + r + 1 });

const laidOut = new WeakMap<MarkerLayout, Map<string, EventPlaceLayout>>();

/**
 * The event places for the markers `markers` (laid out for `fit`), at `scale` (1 at the page's 13 px type);
 * `onPage` keeps them from under the page's zoom buttons. Kept per marker layout and choice.
 */
export function layoutEventPlaces(placed: Placed, fit: MapFit, markers: MarkerLayout, box: { width: number; height: number }, scale: number, onPage: boolean, choice: EventChoice): EventPlaceLayout {
  let byChoice = laidOut.get(markers);
  if (!byChoice) laidOut.set(markers, (byChoice = new Map()));
  const key = [box.width, box.height, scale, onPage, choice.showEvents, choice.chosen ?? ''].join('|');
  let layout = byChoice.get(key);
  if (!layout) {
    if (byChoice.size > 8) byChoice.clear();
    byChoice.set(key, (layout = eventPlaces(placed, fit, markers, box, scale, onPage, choice)));
  }
  return layout;
}

function eventPlaces(placed: Placed, fit: MapFit, { groups, radiusOf }: MarkerLayout, box: { width: number; height: number }, scale: number, onPage: boolean, { showEvents, chosen }: EventChoice): EventPlaceLayout {
  const { events: eventList, shapes, interiorOf } = placed;
  const { toScreen, toPlane, margin } = fit;
  const countryEvents = new Map(placed.countryEvents);
  const obstacles = new BoxIndex();
  const targets = new BoxIndex();
  for (const group of groups) {
    obstacles.add(boxAround(group.at, radiusOf(group)));
    targets.add(boxAround(group.at, TARGET_RADIUS - 1));
  }
  if (onPage) obstacles.add(zoomButtonsBox(box.width));
  const eventSize = 5 * scale;
  const shown = eventList.filter((place) => showEvents || place.event.id === chosen);
  const eventGroups = clusterMarkers(
    shown.map((place) => ({ at: place.at, country: place.iso, alone: place.event.id === chosen })),
    AT_ONE_PLACE_KM,
  );
  const inCountryOf = countryTest(placed, fit);
  // Where each place truly is on the screen (inside its country), and a grid of them, so a place
  // moved aside does not take the spot another place still to come stands on.
  const reals = eventGroups.map((group) => {
    const shape = shapes.get(group.country);
    const real = toScreen(group.at);
    return shape && !inCountryOf(group.country)(real) ? toScreen(snapInside(toPlane(real), shape.geometry, interiorOf(group.country), margin)) : real;
  });
  const cell = TARGET_RADIUS * 2;
  const realGrid = new Map<string, number[]>();
  reals.forEach(([x, y], i) => {
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const here = realGrid.get(key);
    if (here) here.push(i);
    else realGrid.set(key, [i]);
  });
  const done = new Set<number>();
  /** How far the nearest place still to come is, looked for within two cells (further counts as far). */
  const nearestToCome = ([x, y]: Point, self: number) => {
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    let nearest = 3 * cell;
    for (let dx = -2; dx <= 2; dx++)
      for (let dy = -2; dy <= 2; dy++)
        for (const j of realGrid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j !== self && !done.has(j)) nearest = Math.min(nearest, Math.hypot(reals[j]![0] - x, reals[j]![1] - y));
        }
    return nearest;
  };
  const places: DrawnEventPlace[] = [];
  for (const [index, group] of eventGroups.entries()) {
    const members = group.members.map((i) => shown[i]!);
    const inCountry = inCountryOf(group.country);
    const real = reals[index]!;
    // A place on the screen stays on it (a zoomed map holds more of the country than it shows).
    const onScreen = ([x, y]: Point) => x >= 0 && x <= box.width && y >= 0 && y <= box.height;
    const keepOnScreen = onScreen(real);
    done.add(index);
    // The nearest spot in the country where its whole 24 px target is clear of markers and other
    // targets. Where the country, drawn this small, has none (Slovenia on a phone holds the lead's
    // star and nothing more), the place is not drawn anywhere else: its events are counted on the
    // country's name ("Slovenia · 2 events") and listed in its panel, and a zoom draws them.
    let found: Point | undefined;
    for (const distance of [0, 8, 14, 20, 26, 32, 40, 50, 64, 80, 100].map((d) => d * scale)) {
      const around: Point[] =
        distance === 0 ? [real] : Array.from({ length: 16 }, (_, k) => [real[0] + distance * Math.cos((k * Math.PI) / 8 - Math.PI / 4), real[1] + distance * Math.sin((k * Math.PI) / 8 - Math.PI / 4)] as Point);
      const clear = around.filter((c) => inCountry(c) && (!keepOnScreen || onScreen(c)) && !obstacles.hits(boxAround(c, TARGET_RADIUS - 1)) && !targets.hits(boxAround(c, TARGET_RADIUS - 1)));
      // Of the spots at this distance, the one furthest from the places still to come.
      // A spot closer than a target to a place still to come would take that place's spot.
      const roomiest = clear
        .map((c) => ({ c, room: nearestToCome(c, index) }))
        .filter(({ room }) => room >= cell - 2)
        .sort((a, b) => b.room - a.room)[0]?.c;
      found = roomiest ?? found ?? clear[0];
      if (roomiest) break;
    }
    // The chosen event is always drawn, at its place if nowhere else.
    const isChosen = members.some((m) => m.event.id === chosen);
    if (!found && !isChosen && group.country) {
      countryEvents.set(group.country, (countryEvents.get(group.country) ?? 0) + members.length);
      continue;
    }
    const at = found ?? real;
    obstacles.add(boxAround(at, eventSize));
    targets.add(boxAround(at, TARGET_RADIUS - 1));
    places.push({ members, at, real });
  }
  return { places, countryEvents, eventSize };
}
