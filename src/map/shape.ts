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

/**
 * What a box `width` × `height` px shows of the plane around `frame` (fitted whole, `padding` px
 * inside the box's edges), as the frame to fit: a box wider or taller than the frame shows more
 * of the plane on either side, and where that would run past the geometry's cut (MAP_CLIP_KM),
 * the land ending at a straight line (partners in the east, in a wide picture), the view moves
 * back inside the cut as far as the frame stays whole in view. Has the box's proportions.
 */
export function frameInView(frame: [Point, Point], width: number, height: number, padding: number): [Point, Point] {
  const [[x0, y0], [x1, y1]] = frame;
  const k = Math.min((width - 2 * padding) / Math.max(x1 - x0, 1e-9), (height - 2 * padding) / Math.max(y1 - y0, 1e-9));
  if (!(k > 0) || !Number.isFinite(k)) return frame;
  // The cut's own border (the outlines along it) kept a few pixels outside the view.
  const inset = 3 / k;
  const [[clipX0, clipY0], [clipX1, clipY1]] = [MAP_CLIP_KM[0].map((v) => v + inset), MAP_CLIP_KM[1].map((v) => v - inset)] as [Point, Point];
  const pad = padding / k;
  // Where the box's edge falls on the plane along one axis: centred on the frame, then moved inside the cut as far as the frame stays in view.
  const along = (low: number, high: number, pixels: number, clipLow: number, clipHigh: number, eastward: boolean): [number, number] => {
    const shown = pixels / k;
    const centred = (low + high) / 2 - shown / 2;
    const [keepLow, keepHigh] = [high + pad - shown, low - pad];
    const [inLow, inHigh] = [Math.max(keepLow, clipLow), Math.min(keepHigh, clipHigh - shown)];
    const fits = inLow <= inHigh;
    // Where no view keeps inside the cut, its east edge at the cut: past the west edge is the Atlantic, with no land to end.
    const wanted = fits || !eastward ? centred : clipHigh - shown;
    const [from, to] = fits ? [inLow, inHigh] : [keepLow, keepHigh];
    const edge = Math.min(Math.max(wanted, from), to);
    return [edge + pad, edge + shown - pad];
  };
  const [left, right] = along(x0, x1, width, clipX0, clipX1, true);
  const [top, bottom] = along(y0, y1, height, clipY0, clipY1, false);
  return [[left, top], [right, bottom]];
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
