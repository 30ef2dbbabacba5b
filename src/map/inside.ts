/**
 * Keeping a point inside its country, on the plane: is a point in a country's shape (rings
 * with holes, even–odd), a point surely inside it, and a point moved in from outside (a
 * coastal city or a border town that the simplified shape leaves just outside).
 */
import type { Geometry } from 'geojson';
import type { Point } from './shape';

type Ring = number[][];

function polygonsOf(geometry: Geometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function inRing([x, y]: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

interface Part {
  rings: Ring[];
  /** The outer ring's bounds: most points are tested against a country's islands and leave here. */
  box: [number, number, number, number];
}

// Worked out once per shape: a crowded map asks about the same countries thousands of times.
const partsOf = new WeakMap<Geometry, Part[]>();

function parts(geometry: Geometry): Part[] {
  let found = partsOf.get(geometry);
  if (!found) {
    found = polygonsOf(geometry).map((rings) => {
      const box: Part['box'] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of (rings[0] ?? []) as [number, number][]) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
      return { rings, box };
    });
    partsOf.set(geometry, found);
  }
  return found;
}

export function insideGeometry(point: Point, geometry: Geometry): boolean {
  const [x, y] = point;
  return parts(geometry).some(
    ({ rings, box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && rings.reduce((inside, ring) => (inRing(point, ring) ? !inside : inside), false),
  );
}

function area(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! + ring[i]![0]!) * (ring[j]![1]! - ring[i]![1]!);
  return Math.abs(sum / 2);
}

/**
 * A point inside the largest part of the shape: the middle of the widest stretch of a
 * horizontal line through it (a centroid can fall outside a crescent like Croatia).
 */
export function interiorPoint(geometry: Geometry): Point | undefined {
  const polygons = polygonsOf(geometry);
  const largest = polygons.reduce<Ring[] | undefined>((best, rings) => (!best || area(rings[0]!) > area(best[0]!) ? rings : best), undefined);
  if (!largest) return undefined;
  const ys = largest[0]!.map((p) => p[1]!);
  const [low, high] = [Math.min(...ys), Math.max(...ys)];
  let best: { width: number; at: Point } | undefined;
  for (let k = 1; k < 16; k++) {
    const y = low + ((high - low) * k) / 16;
    const crossings: number[] = [];
    for (const ring of largest) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    crossings.sort((a, b) => a - b);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const width = crossings[i + 1]! - crossings[i]!;
      if (!best || width > best.width) best = { width, at: [(crossings[i]! + crossings[i + 1]!) / 2, y] };
    }
  }
  return best?.at;
}

/** Inside, and so are the points `margin` away on either side in x and y: not on the line. */
export function safelyInside([x, y]: Point, geometry: Geometry, margin: number): boolean {
  return (
    insideGeometry([x, y], geometry) &&
    [[x - margin, y], [x + margin, y], [x, y - margin], [x, y + margin]].every((probe) => insideGeometry(probe as Point, geometry))
  );
}

/**
 * The point itself when inside the shape (by `margin`, in the shape's units); else the first
 * point that is, on the way to the shape's interior point — so a marker's centre is never on
 * the border line, however small the country is drawn.
 */
export function snapInside(point: Point, geometry: Geometry, interior: Point | undefined = interiorPoint(geometry), margin = 0): Point {
  if (!interior || safelyInside(point, geometry, margin)) return point;
  const steps = 128;
  for (let k = 1; k <= steps; k++) {
    const t = k / steps;
    const at: Point = [point[0] + (interior[0] - point[0]) * t, point[1] + (interior[1] - point[1]) * t];
    if (safelyInside(at, geometry, margin)) return at;
  }
  return interior;
}
