/**
 * Keeping a point inside its country, on the plane: is a point in a country's shape (rings
 * with holes, even–odd), a point surely inside it, and a point moved in from outside (a
 * coastal city or a border town that the simplified shape leaves just outside).
 */
import type { Geometry } from 'geojson';
import type { Point } from './shape';

type Ring = number[][];

/** A shape's polygons, each its outer ring then its holes (none for a shape that is not an area). */
export function polygonsOf(geometry: Geometry): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * A ring ready for many "is this point inside?" questions: its edges sorted into horizontal
 * bands, so a point is tested only against the edges that cross its band (a country's
 * outline has hundreds of edges; a crowded map asks thousands of times).
 */
interface IndexedRing {
  xs: Float64Array;
  ys: Float64Array;
  low: number;
  high: number;
  bandHeight: number;
  /** For each band, the edges (by their end vertex i, from vertex i − 1) whose height range meets it. */
  bands: number[][];
}

function indexRing(ring: Ring): IndexedRing {
  const n = ring.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let [low, high] = [Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    xs[i] = ring[i]![0]!;
    ys[i] = ring[i]![1]!;
    low = Math.min(low, ys[i]!);
    high = Math.max(high, ys[i]!);
  }
  const count = Math.max(1, Math.min(64, Math.ceil(n / 8)));
  const bandHeight = (high - low) / count || 1;
  const bands: number[][] = Array.from({ length: count }, () => []);
  const bandOf = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - low) / bandHeight)));
  for (let i = 0; i < n; i++) {
    const j = i === 0 ? n - 1 : i - 1;
    const [a, b] = [bandOf(Math.min(ys[i]!, ys[j]!)), bandOf(Math.max(ys[i]!, ys[j]!))];
    for (let band = a; band <= b; band++) bands[band]!.push(i);
  }
  return { xs, ys, low, high, bandHeight, bands };
}

/** Even–odd: does a horizontal ray from the point cross the ring's edges an odd number of times? */
function inRing([x, y]: Point, ring: IndexedRing): boolean {
  if (!(y >= ring.low && y <= ring.high)) return false;
  const { xs, ys } = ring;
  const n = xs.length;
  let inside = false;
  for (const i of ring.bands[Math.min(ring.bands.length - 1, Math.floor((y - ring.low) / ring.bandHeight))]!) {
    const j = i === 0 ? n - 1 : i - 1;
    const [xi, yi, xj, yj] = [xs[i]!, ys[i]!, xs[j]!, ys[j]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

interface Part {
  rings: IndexedRing[];
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
      return { rings: rings.map(indexRing), box };
    });
    partsOf.set(geometry, found);
  }
  return found;
}

/** Indexes a shape for the questions above ahead of them (the map does it while the page is idle). */
export function indexShape(geometry: Geometry): void {
  parts(geometry);
}

export function insideGeometry(point: Point, geometry: Geometry): boolean {
  const [x, y] = point;
  for (const { rings, box } of parts(geometry)) {
    if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
    // Even–odd over the outer ring and its holes.
    let inside = false;
    for (const ring of rings) if (inRing(point, ring)) inside = !inside;
    if (inside) return true;
  }
  return false;
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

/** Inside, or any of the points `margin` away on either side in x and y is: on the line, or near it, counts. */
export function insideOrNear(point: Point, geometry: Geometry, margin: number): boolean {
  return [point, ...probesAround(point, margin)].some((probe) => insideGeometry(probe, geometry));
}

/** The points `margin` away from `point` on either side in x and y. */
const probesAround = ([x, y]: Point, margin: number): Point[] => [[x - margin, y], [x + margin, y], [x, y - margin], [x, y + margin]];

/** Inside, and so are the points `margin` away on either side in x and y: not on the line. */
export function safelyInside([x, y]: Point, geometry: Geometry, margin: number): boolean {
  return (
    insideGeometry([x, y], geometry) &&
    probesAround([x, y], margin).every((probe) => insideGeometry(probe, geometry))
  );
}

/**
 * The point itself when inside the shape (by `margin`, in the shape's units); else the first
 * point that is, on the way to the shape's interior point — so a marker's centre is never on
 * the border line, however small the country is drawn.
 */
export function snapInside(point: Point, geometry: Geometry, interior: Point | undefined = interiorPoint(geometry), margin = 0): Point {
  // Kept per shape: a redraw (another language, a partner chosen) asks the same again.
  const key = `${point[0]},${point[1]},${interior?.[0]},${interior?.[1]},${margin}`;
  let answers = snapped.get(geometry);
  if (!answers) snapped.set(geometry, (answers = new Map()));
  let answer = answers.get(key);
  if (!answer) {
    if (answers.size > 10_000) answers.clear();
    answers.set(key, (answer = moveIn(point, geometry, interior, margin)));
  }
  return answer;
}

const snapped = new WeakMap<Geometry, Map<string, Point>>();

function moveIn(point: Point, geometry: Geometry, interior: Point | undefined, margin: number): Point {
  if (!interior || safelyInside(point, geometry, margin)) return point;
  // The part (an island, an exclave) the point lies on or nearest to: a partner on Crete walks
  // towards Crete's own middle, never across the sea to the mainland's.
  const own = nearestPart(point, geometry);
  if (own && own.distance <= ISLAND_REACH) {
    const middle = own.interior;
    for (const wanted of [margin, margin / 2, 0]) {
      const at = walk(point, middle, (p) => safelyInside(p, geometry, wanted));
      if (at) return at;
    }
    return middle;
  }
  return walk(point, interior, (p) => safelyInside(p, geometry, margin)) ?? interior;
}

/** How far (in the shape's units, km on the map's plane) a point may be off a part and still belong to it rather than to the whole country. */
const ISLAND_REACH = 60;

/** The first point on the way from `from` to `to` that passes `good`, in 128 steps. */
function walk(from: Point, to: Point, good: (at: Point) => boolean): Point | undefined {
  const steps = 128;
  for (let k = 1; k <= steps; k++) {
    const t = k / steps;
    const at: Point = [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
    if (good(at)) return at;
  }
  return undefined;
}

const partInteriors = new WeakMap<Ring[], Point | undefined>();
const partPolygons = new WeakMap<Ring[], Geometry>();

/** The polygon of a shape the point is in or nearest to (by its outline), with that polygon's own interior point. */
export function nearestPart(point: Point, geometry: Geometry): { distance: number; interior: Point } | undefined {
  let best: { distance: number; rings: Ring[] } | undefined;
  for (const rings of polygonsOf(geometry)) {
    const outer = rings[0];
    if (!outer || outer.length < 3) continue;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of outer as [number, number][]) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    const boxDistance = Math.hypot(Math.max(x0 - point[0], 0, point[0] - x1), Math.max(y0 - point[1], 0, point[1] - y1));
    if (best && boxDistance >= best.distance) continue;
    let polygon = partPolygons.get(rings);
    if (!polygon) partPolygons.set(rings, (polygon = { type: 'Polygon', coordinates: rings }));
    const inside = insideGeometry(point, polygon);
    const distance = inside ? 0 : outlineDistance(point, outer);
    if (!best || distance < best.distance) best = { distance, rings };
  }
  if (!best) return undefined;
  if (!partInteriors.has(best.rings)) partInteriors.set(best.rings, interiorPoint({ type: 'Polygon', coordinates: best.rings }));
  const interior = partInteriors.get(best.rings);
  return interior ? { distance: best.distance, interior } : undefined;
}

function outlineDistance([x, y]: Point, ring: Ring): number {
  let nearest = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [ax, ay] = ring[j] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    const [dx, dy] = [bx - ax, by - ay];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    nearest = Math.min(nearest, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return nearest;
}
