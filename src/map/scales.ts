/**
 * From the LAEA plane (km) to the screen: an identity projection fitted so the frame fills
 * the map's box, and a path generator for the (already projected) country geometry.
 */
import { geoIdentity, geoPath, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Geometry } from 'geojson';
import type { Point } from './shape';
import { polygonsOf } from './inside';

export interface MapScales {
  /** Plane (km) → screen pixels, before zoom. */
  toScreen: (point: Point) => Point;
  /** Screen pixels, before zoom → plane (km). */
  toPlane: (point: Point) => Point;
  path: GeoPath;
  /** A country's outline as SVG path data: the same as `path`, kept while the fit stays the same. */
  outline: (shape: GeoPermissibleObjects & object) => string;
  /** A country's bounds on the screen, kept likewise. */
  bounds: (shape: GeoPermissibleObjects & object) => [Point, Point];
}

/**
 * The outlines and bounds of the last fit each shape was drawn at: a redraw at the same size
 * (another language, a partner chosen, events shown or hidden) does not trace Europe again.
 */
const drawnAt = new WeakMap<object, { fit: string; outline?: string; bounds?: [Point, Point] }>();

/** How far past the map's edges (a share of its width and height) a reader can pan at the first zoom (the zoom's translate extent). */
export const PAN_MARGIN = 0.25;

/** The room kept between the partners' frame and the map's edges, in px. */
export const MAP_PADDING = 8;

export function mapScales(frame: [Point, Point], width: number, height: number, padding = MAP_PADDING): MapScales {
  const projection = geoIdentity().fitExtent(
    [[padding, padding], [width - padding, height - padding]],
    { type: 'MultiPoint', coordinates: frame },
  );
  const path = geoPath(projection).digits(OUTLINE_DIGITS);
  const fit = `${frame.flat().join(',')}|${width}|${height}|${padding}`;
  const kept = (shape: object) => {
    let entry = drawnAt.get(shape);
    if (entry?.fit !== fit) drawnAt.set(shape, (entry = { fit }));
    return entry;
  };
  // The geometry is on the plane already: the fit only scales and moves it.
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  return {
    toScreen: (point) => projection(point) ?? [0, 0],
    toPlane: (point) => projection.invert?.(point) ?? [0, 0],
    path,
    outline: (shape) => (kept(shape).outline ??= scaledOutline(shape, k, tx, ty) ?? path(shape) ?? ''),
    bounds: (shape) => (kept(shape).bounds ??= path.bounds(shape) as [Point, Point]),
  };
}

/**
 * Decimals of a pixel the outlines are written to: a tenth of a pixel is finer than the geometry
 * (simplified for a 1,920 px map) and than the eye, and writes a third less text than d3's three.
 * `tenths` writes the outlines' coordinates to this one decimal, as d3 writes them with it.
 */
const OUTLINE_DIGITS = 1;

/**
 * `x` to a tenth, written as `${Math.round(x * 10) / 10}` writes it ("12.3", "-0.5", "7", "0" for
 * -0.04), from whole numbers: a country's outline is thousands of coordinates, and writing a
 * whole number costs a fraction of writing a fraction.
 */
export function tenths(x: number): string {
  const scaled = Math.round(x * 10);
  const whole = Math.abs(scaled);
  const tenth = whole % 10;
  const units = (whole - tenth) / 10;
  const sign = scaled < 0 ? '-' : '';
  return tenth === 0 ? `${sign}${units}` : `${sign}${units}.${tenth}`;
}

/** The map's height for a width: landscape on a desktop, taller than wide on a phone. */
export function mapHeight(width: number): number {
  return Math.round(Math.min(640, Math.max(340, width * 0.72)));
}

/** Reads a shape's rings ahead of its first outline (the map does it while the page is idle). */
export function readRings(shape: object): void {
  planeRings(shape);
}

/** Each shape's rings, read once: flat [x0, y0, x1, y1, …] on the plane, without the closing point. */
const ringsOf = new WeakMap<object, Float64Array[] | null>();

function planeRings(shape: object): Float64Array[] | null {
  let rings = ringsOf.get(shape);
  if (rings === undefined) {
    const geometry = (shape as { geometry?: Geometry | null }).geometry;
    const polygons = geometry ? polygonsOf(geometry) : [];
    rings = polygons.length > 0
      ? polygons.flat().map((ring) => {
          const open = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring;
          return Float64Array.from(open.flatMap((point) => [point[0]!, point[1]!]));
        })
      : null;
    ringsOf.set(shape, rings);
  }
  return rings;
}

/**
 * A polygon shape's outline as SVG path data at scale `k` and offset (tx, ty), to a tenth (`tenths`) as d3 writes it: what
 * geoPath draws through the fitted identity projection, written straight from the coordinates
 * (tracing Europe through d3's path stream took most of a map's layout time).
 */
function scaledOutline(shape: object, k: number, tx: number, ty: number): string | undefined {
  const rings = planeRings(shape);
  if (!rings) return undefined;
  const parts: string[] = [];
  for (const ring of rings) {
    if (ring.length < 2) continue;
    let d = '';
    for (let i = 0; i < ring.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${tenths(ring[i]! * k + tx)},${tenths(ring[i + 1]! * k + ty)}`;
    parts.push(`${d}Z`);
  }
  return parts.join('');
}
