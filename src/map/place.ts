/**
 * The map's first stage, place: every partner and every event place on the plane of the country
 * shapes, each inside the country it belongs to (a partner's own; an event's named country, else
 * its host partner's), and the events that name only a country counted by it. Nothing here
 * depends on the size, the words, the reader's choices or the zoom, so it is worked out once per
 * file and geometry and kept with them; the later stages (fit, markers, labels, the legend and
 * the key) take it from here on every redraw.
 */
import { isoCountry } from '../data/countries';
import type { Project } from '../data/schema';
import { countryCentre, type CountryFeature } from './geometry';
import { interiorPoint, snapInside } from './inside';
import { eventPoints, frameExtent, partnerPoints, type EventPoint, type PartnerPoint, type Point } from './shape';

export interface PlacedEvent extends EventPoint {
  /** The country the event is drawn in (ISO alpha-2; '' where neither it nor its host names one). */
  iso: string;
}

export interface Placed {
  shapes: ReadonlyMap<string, CountryFeature>;
  /** A point well inside the country (worked out at build time), for keeping marks inside it. */
  interiorOf: (iso: string) => Point | undefined;
  /** Each partner the map can place, inside its own country. */
  points: PartnerPoint[];
  /** Partners the map cannot place (overseas, or no shape for their country). */
  unplaced: Project['partners'];
  /** Each event with a place on the map, inside its country. */
  events: PlacedEvent[];
  /** Events that name only a country, counted by ISO code. */
  countryEvents: Map<string, number>;
  /** The partners' frame on the plane, with its margin: what every fit draws whole, whatever its box. */
  frame: [Point, Point];
}

const placed = new WeakMap<Project, WeakMap<readonly CountryFeature[], Placed>>();

/** The file's partners and event places on the plane, worked out once per file and geometry. */
export function placeOnPlane(project: Project, countries: readonly CountryFeature[]): Placed {
  let byGeometry = placed.get(project);
  if (!byGeometry) placed.set(project, (byGeometry = new WeakMap()));
  let ready = byGeometry.get(countries);
  if (!ready) byGeometry.set(countries, (ready = place(project, countries)));
  return ready;
}

function builtInterior(shape: CountryFeature): Point | undefined {
  const interior: unknown = shape.properties?.interior;
  return Array.isArray(interior) && interior.length === 2 && interior.every(Number.isFinite) ? (interior as Point) : undefined;
}

function place(project: Project, countries: readonly CountryFeature[]): Placed {
  const shapes = new Map(countries.map((c) => [c.id, c]));
  const interiors = new Map<string, Point | undefined>();
  const interiorOf = (iso: string) => {
    if (!interiors.has(iso)) {
      const shape = shapes.get(iso);
      // Worked out at build time (geo/europe.json); computed here for geometry that lacks it.
      interiors.set(iso, shape ? (builtInterior(shape) ?? interiorPoint(shape.geometry)) : undefined);
    }
    return interiors.get(iso);
  };
  const points = partnerPoints(project, (iso) => {
    const shape = shapes.get(iso);
    return shape ? (interiorOf(iso) ?? countryCentre(shape)) : undefined;
  }).map((point) => {
    const shape = shapes.get(point.iso);
    return shape ? { ...point, at: snapInside(point.at, shape.geometry, interiorOf(point.iso)) } : point;
  });
  const placedIds = new Set(points.map((p) => p.partner.id));
  const hostCountry = new Map(project.partners.map((p) => [p.id, p.country]));
  const events = eventPoints(project).map((event) => {
    const code = event.event.country ?? (event.event.partner ? hostCountry.get(event.event.partner) : undefined);
    const iso = code ? (isoCountry(code) ?? code) : '';
    const shape = shapes.get(iso);
    return { ...event, iso, at: shape ? snapInside(event.at, shape.geometry, interiorOf(iso)) : event.at };
  });
  const countryEvents = new Map<string, number>();
  for (const event of project.events ?? []) {
    if (event.location || !event.country) continue;
    const iso = isoCountry(event.country) ?? event.country;
    countryEvents.set(iso, (countryEvents.get(iso) ?? 0) + 1);
  }
  return { shapes, interiorOf, points, unplaced: project.partners.filter((p) => !placedIds.has(p.id)), events, countryEvents, frame: frameExtent(points.map((p) => p.at)) };
}
