/**
 * The map's next stages. Fit: the placed partners framed in the drawing's box at a zoom (plane ↔
 * screen). Markers: each partner's marker on the screen, inside its own country, the important
 * ones (the lead, the highlighted, the chosen partner) first and alone, the rest clustered by
 * country where too close to draw apart, then kept a pointer target apart (WCAG 2.5.8) and, where
 * still pressed together, moved to a free spot in their country or merged; a picture's markers, at its
 * type's size, drawn smaller where its map has no room for them. Pure; the markers are
 * worked out once per placement, box, zoom, size and important partners, and kept: a redraw in
 * another language or theme takes them as they are.
 */
import type { ZoomTransform } from 'd3-zoom';
import type { Partner } from '../data/schema';
import type { Placed } from './place';
import { MAP_PADDING, mapScales, type MapScales } from './scales';
import { frameInView, type Point } from './shape';
import { safelyInside, snapInside } from './inside';
import { clusterMarkers, separate, settle, type MarkerGroup } from './cluster';

/** Half the smallest pointer target (WCAG 2.5.8: 24 × 24 px); markers and event places keep this much room. */
export const TARGET_RADIUS = 12;

export interface MapFit {
  scales: MapScales;
  zoom: ZoomTransform;
  /** Plane → screen at this zoom. */
  toScreen: (plane: Point) => Point;
  /** Screen at this zoom → plane. */
  toPlane: (screen: Point) => Point;
  /** Two screen pixels on the plane, at this zoom: how far inside its border a marker's centre keeps. */
  margin: number;
}

/** The placed partners framed in a box `width` × `height` px, at `zoom`. */
export function fitMap(placed: Placed, width: number, height: number, zoom: ZoomTransform): MapFit {
  const scales = mapScales(frameInView(placed.frame, width, height, MAP_PADDING), width, height, MAP_PADDING);
  const kmPerPixel = 1 / (Math.hypot(...(scales.toScreen([100, 0]).map((v, i) => v - scales.toScreen([0, 0])[i]!) as Point)) / 100) / zoom.k;
  return {
    scales,
    zoom,
    toScreen: (plane) => zoom.apply(scales.toScreen(plane)) as Point,
    toPlane: (screen) => scales.toPlane(zoom.invert(screen) as Point),
    margin: 2 * kmPerPixel,
  };
}

/** Whether a point of the drawing lies inside a country (with the margin), for marks that must stay in theirs; a country without a shape holds any point. */
export function inCountryOf({ shapes }: Pick<Placed, 'shapes'>, { toPlane, margin }: Pick<MapFit, 'toPlane' | 'margin'>): (iso: string) => (at: Point) => boolean {
  return (iso) => {
    const shape = shapes.get(iso);
    return (at) => !shape || safelyInside(toPlane(at), shape.geometry, margin);
  };
}

export interface MarkerLayout {
  /** Each marker: its partners (indexes into `placed.points`), where it is drawn, its country. */
  groups: readonly MarkerGroup[];
  /** A marker's drawn radius: a lead's star is larger, a cluster grows with its count's digits. */
  radiusOf: (group: MarkerGroup) => number;
}

/**
 * A picture draws its markers at its type's size (twice the page's on a 1080 px picture), but its
 * map may be only a few hundred pixels across: where markers of neighbouring countries are then
 * pressed on one another, their discs are drawn smaller, in these steps, never smaller than on the
 * page; a cluster's count keeps its size, and its disc the room for its digits.
 */
const MARKER_SHARES = [1, 0.85, 0.7];

/**
 * The room a cluster's count needs, in the page's pixels: half a bold digit (the count is written at
 * about 0.85 of the type's size, render.ts, a digit up to 0.7 of it wide), and its disc's outline beside it.
 */
const COUNT_DIGIT_HALF = 3.85;
const COUNT_EDGE = 1.25;

const laidOut = new WeakMap<Placed, Map<string, MarkerLayout>>();

/**
 * The markers for `fit`, at `scale` (1 at the page's 13 px type), with the partners that are
 * never merged (`alone`: the lead, the highlighted, the chosen one). Kept per placement and the
 * rest of what they depend on.
 */
export function layoutMarkers(placed: Placed, fit: MapFit, box: { width: number; height: number }, scale: number, alone: (partner: Partner) => boolean): MarkerLayout {
  let byInputs = laidOut.get(placed);
  if (!byInputs) laidOut.set(placed, (byInputs = new Map()));
  const { zoom } = fit;
  const key = [box.width, box.height, zoom.k, zoom.x, zoom.y, scale, placed.points.filter((p) => alone(p.partner)).map((p) => p.partner.id).join(' ')].join('|');
  let layout = byInputs.get(key);
  if (!layout) {
    // A few layouts each: the page's widths and zooms come and go.
    if (byInputs.size > 16) byInputs.clear();
    byInputs.set(key, (layout = markers(placed, fit, scale, alone)));
  }
  return layout;
}

function markers(placed: Placed, fit: MapFit, scale: number, alone: (partner: Partner) => boolean): MarkerLayout {
  // Never smaller than on the page (scale 1, the page's 13 px type): the page itself is laid out once.
  const shares = [...new Set(MARKER_SHARES.map((step) => Math.max(step, Math.min(1, 1 / scale))))];
  let best: { layout: MarkerLayout; pressed: number } | undefined;
  for (const share of shares) {
    const layout = markersAt(placed, fit, scale, share, alone);
    const pressed = shares.length > 1 ? pressedPairs(layout) : 0;
    if (!best || pressed < best.pressed) best = { layout, pressed };
    if (best.pressed === 0) break;
  }
  return best!.layout;
}

/** Markers drawn over one another, but for the important ones (drawn over their country's cluster where there is no room). */
function pressedPairs({ groups, radiusOf }: MarkerLayout): number {
  let pressed = 0;
  for (const [i, a] of groups.entries()) {
    if (a.alone) continue;
    for (const b of groups.slice(i + 1)) if (!b.alone && Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1]) < radiusOf(a) + radiusOf(b)) pressed++;
  }
  return pressed;
}

/** The markers at the type's `scale`, their discs drawn at `share` of their size (a cluster's never smaller than its count needs). */
function markersAt(placed: Placed, fit: MapFit, scale: number, share: number, alone: (partner: Partner) => boolean): MarkerLayout {
  const { points, shapes, interiorOf } = placed;
  const { toScreen, toPlane, margin } = fit;
  const inCountry = inCountryOf(placed, fit);
  // The important ones first, so they keep their place; the rest clustered by country.
  const order = points.map((_, i) => i).sort((a, b) => Number(alone(points[b]!.partner)) - Number(alone(points[a]!.partner)) || a - b);
  const markerRadius = 6 * scale * share;
  let groups = clusterMarkers(
    order.map((i) => ({ at: toScreen(points[i]!.at), country: points[i]!.iso, alone: alone(points[i]!.partner) })),
    markerRadius * 2.4,
  ).map((group) => ({ ...group, members: group.members.map((m) => order[m]!) }));
  const radiusOf = (group: MarkerGroup) => {
    const partner = points[group.members[0]!]!.partner;
    if (group.members.length > 1) {
      const digits = String(group.members.length).length;
      // Drawn smaller, a cluster's disc keeps the room its count needs.
      return Math.max((8 + 2.5 * digits) * share, COUNT_DIGIT_HALF * digits + COUNT_EDGE) * scale;
    }
    return (partner.role === 'lead' ? 9 : 6) * scale * share;
  };
  const keepInside = (group: MarkerGroup, at: Point) => inCountry(group.country)(at);
  const moveInside = () => {
    for (const group of groups) {
      const shape = shapes.get(group.country);
      if (shape && !keepInside(group, group.at)) group.at = toScreen(snapInside(toPlane(group.at), shape.geometry, interiorOf(group.country), margin));
    }
  };
  moveInside();
  // Kept a pointer target apart: first apart by their drawn size (always possible inside the
  // country), then, where the country has the room, a whole target apart.
  separate(groups, radiusOf, keepInside);
  separate(groups, (group) => Math.max(radiusOf(group), TARGET_RADIUS), keepInside);
  moveInside();
  // Any still pressed together: the one that yields finds a free spot in its country nearby (a
  // partner moved off its place keeps a leader line to it), else two of one country become one
  // (never the lead, the highlighted or the chosen partner: where there is no room, it stays on
  // its country's cluster, drawn over it with its name).
  groups = settle(groups, radiusOf, keepInside, markerRadius * 10);
  return { groups, radiusOf };
}
