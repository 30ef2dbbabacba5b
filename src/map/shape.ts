/**
 * The map's shaping: which countries have partners (aliases folded), where each partner
 * and event place sits on the LAEA plane, what part of the plane to frame, and the order
 * the arrow keys step in. Pure functions, in km on the plane unless said.
 */
import type { Partner, Project, ProjectEvent } from '../data/schema';
import { isoCountry } from '../data/countries';
import { MAP_CLIP_KM, projectLonLat } from './laea';

export type Point = [number, number];

export interface CountryPartners {
  /** ISO alpha-2 (GB for a file's UK). */
  iso: string;
  partners: Partner[];
  hasLead: boolean;
  hasFocus: boolean;
}

/** Partners grouped by ISO country, in the file's order of first appearance. */
export function partnerCountries(project: Project): Map<string, CountryPartners> {
  const countries = new Map<string, CountryPartners>();
  for (const partner of project.partners) {
    const iso = isoCountry(partner.country) ?? partner.country;
    const entry = countries.get(iso) ?? { iso, partners: [], hasLead: false, hasFocus: false };
    entry.partners.push(partner);
    entry.hasLead ||= partner.role === 'lead';
    entry.hasFocus ||= partner.id === project.focusPartner;
    countries.set(iso, entry);
  }
  return countries;
}

export type Placement = 'exact' | 'approximate' | 'country';

export interface PartnerPoint {
  partner: Partner;
  iso: string;
  at: Point;
  /** exact: its own location; approximate: marked so in the file; country: no location, drawn at the country's centre. */
  placement: Placement;
}

/**
 * Every partner that can be placed: at its location, else at its country's centre
 * (`countryCentre` gives it on the plane, or undefined when the map lacks the country).
 * A location outside the map's area (a partner overseas) is left out, for the view to list.
 */
export function partnerPoints(project: Project, countryCentre: (iso: string) => Point | undefined): PartnerPoint[] {
  const points: PartnerPoint[] = [];
  for (const partner of project.partners) {
    const iso = isoCountry(partner.country) ?? partner.country;
    if (partner.location) {
      const at = projectLonLat(partner.location.lon, partner.location.lat);
      if (insideMap(at)) points.push({ partner, iso, at, placement: partner.location.approximate ? 'approximate' : 'exact' });
      continue;
    }
    const centre = countryCentre(iso);
    if (centre) points.push({ partner, iso, at: centre, placement: 'country' });
  }
  return points;
}

/** Whether a point lies in the part of the plane the map's geometry covers (Europe and its neighbours). */
export function insideMap([x, y]: Point): boolean {
  const [[x0, y0], [x1, y1]] = MAP_CLIP_KM;
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

export interface EventPoint {
  event: ProjectEvent;
  at: Point;
  approximate: boolean;
}

/** Events with a location inside the map, on the plane. */
export function eventPoints(project: Project): EventPoint[] {
  return (project.events ?? []).flatMap((event) => {
    if (!event.location) return [];
    const at = projectLonLat(event.location.lon, event.location.lat);
    return insideMap(at) ? [{ event, at, approximate: event.location.approximate === true }] : [];
  });
}

/**
 * The part of the plane to show: the points' box, widened by `marginKm` on every side and
 * to at least `minSpanKm` across, so one partner or one city still shows its region.
 */
export function frameExtent(points: readonly Point[], marginKm = 350, minSpanKm = 1400): [Point, Point] {
  if (points.length === 0) return [[-1800, -1800], [1800, 1800]];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const widen = (low: number, high: number): [number, number] => {
    const missing = Math.max(0, minSpanKm - (high - low));
    return [low - marginKm - missing / 2, high + marginKm + missing / 2];
  };
  [x0, x1] = widen(x0, x1);
  [y0, y1] = widen(y0, y1);
  return [[x0, y0], [x1, y1]];
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The next marker from `from` for an arrow key: Left/Right step through the markers from
 * west to east, Up/Down from north to south (screen y grows downwards), wrapping at the
 * ends, so every partner is reachable with one pair of keys.
 */
export function stepInOrder(points: readonly Point[], from: number, direction: Direction): number | undefined {
  if (points.length === 0) return undefined;
  const along = direction === 'left' || direction === 'right' ? ([x, y]: Point) => [x, y] : ([x, y]: Point) => [y, x];
  const order = points
    .map((point, index) => ({ index, key: along(point) }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.index - b.index)
    .map(({ index }) => index);
  const position = order.indexOf(from);
  if (position === -1) return order[0];
  const step = direction === 'right' || direction === 'down' ? 1 : -1;
  return order[(position + step + order.length) % order.length];
}
