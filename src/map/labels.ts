/**
 * Labels on the map without collisions: each label, most important first, takes the first
 * place around its marker (right, left, the diagonals, above, below; then further out with a
 * leader line) where it touches no placed label, no marker and stays in the frame. Labels
 * with no place are dropped (the key, the tooltip and the table still name them). A grid of
 * cells keeps it near-linear in the number of labels.
 */
import type { Point } from './shape';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  key: string;
  width: number;
  height: number;
  /** The marker's centre and radius. */
  at: Point;
  radius: number;
}

export interface PlacedLabel {
  key: string;
  box: Box;
  /** From the marker's edge to the label, where the label stands off. */
  leader?: [Point, Point];
}

export class BoxIndex {
  readonly #cells = new Map<string, Box[]>();
  readonly #size: number;

  constructor(size = 48) {
    this.#size = size;
  }

  #keys(box: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(box.x0 / this.#size); x <= Math.floor(box.x1 / this.#size); x++)
      for (let y = Math.floor(box.y0 / this.#size); y <= Math.floor(box.y1 / this.#size); y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.#keys(box)) this.#cells.set(key, [...(this.#cells.get(key) ?? []), box]);
  }

  /**
   * Whether the segment from `a` to `b` runs through a box, other than the boxes `from` lies in (the
   * mark it starts from: give its centre, since a line starting on its edge may start inside a
   * neighbour's box too; by default `a`).
   */
  crossed(a: Point, b: Point, from: Point = a): boolean {
    const span = { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
    const seen = new Set<Box>();
    for (const key of this.#keys(span))
      for (const box of this.#cells.get(key) ?? []) {
        if (seen.has(box)) continue;
        seen.add(box);
        const holdsStart = from[0] >= box.x0 && from[0] <= box.x1 && from[1] >= box.y0 && from[1] <= box.y1;
        if (!holdsStart && segmentMeetsBox(a, b, box)) return true;
      }
    return false;
  }

  hits(box: Box, pad = 0): boolean {
    return this.#keys(box).some((key) => (this.#cells.get(key) ?? []).some((other) => box.x0 < other.x1 + pad && other.x0 < box.x1 + pad && box.y0 < other.y1 + pad && other.y0 < box.y1 + pad));
  }
}

/** An index seen but not written: a placement tried here leaves the index as it was. */
export class BoxView extends BoxIndex {
  readonly #of: BoxIndex;

  constructor(of: BoxIndex) {
    super();
    this.#of = of;
  }

  override add(): void {}

  override hits(box: Box, pad = 0): boolean {
    return this.#of.hits(box, pad);
  }

  override crossed(a: Point, b: Point, from: Point = a): boolean {
    return this.#of.crossed(a, b, from);
  }
}

/** Liang–Barsky: does the segment a–b pass through the box? */
function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let [low, high] = [0, 1];
  for (const [p, q] of [[-dx, a[0] - box.x0], [dx, box.x1 - a[0]], [-dy, a[1] - box.y0], [dy, box.y1 - a[1]]] as [number, number][]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) low = Math.max(low, r);
    else high = Math.min(high, r);
    if (low > high) return false;
  }
  return true;
}

const FIRST: Point[] = [
  [1, 0],
  [-1, 0],
  [0.71, -0.71],
  [0.71, 0.71],
  [-0.71, -0.71],
  [-0.71, 0.71],
  [0, -1],
  [0, 1],
];
/** Further out, every 22.5°. */
const ALL: Point[] = [...FIRST, ...Array.from({ length: 8 }, (_, k) => [Math.cos(((2 * k + 1) * Math.PI) / 8), Math.sin(((2 * k + 1) * Math.PI) / 8)] as Point)];

/** The box of a label standing `distance` from its marker in direction `d`. */
function boxAt(request: LabelRequest, [dx, dy]: Point, distance: number): Box {
  const [x, y] = [request.at[0] + dx * distance, request.at[1] + dy * distance];
  const x0 = dx > 0.1 ? x : dx < -0.1 ? x - request.width : x - request.width / 2;
  const y0 = dy > 0.1 ? y : dy < -0.1 ? y - request.height : y - request.height / 2;
  return { x0, y0, x1: x0 + request.width, y1: y0 + request.height };
}

/** `rings`: how far out a label may stand, in steps (1: beside its point only). */
/**
 * `accept`: a further test of a place (a country's name never stands on another partner country);
 * `marks`: what a leader line must not run through (the markers; by default everything placed).
 */
export function placeMapLabels(requests: readonly LabelRequest[], obstacles: BoxIndex, frame: Box, gap = 2, rings = 6, accept?: (box: Box) => boolean, marks: BoxIndex = obstacles): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const inFrame = (box: Box) => box.x0 >= frame.x0 && box.y0 >= frame.y0 && box.x1 <= frame.x1 && box.y1 <= frame.y1;
  for (const request of requests) {
    let found: PlacedLabel | undefined;
    for (const [ring, extra] of [0, 12, 26, 42, 60, 84].slice(0, rings).entries()) {
      const distance = request.radius + 3 + extra;
      for (const direction of ring < 2 ? FIRST : ALL) {
        const box = boxAt(request, direction, distance);
        if (!inFrame(box) || obstacles.hits(box, gap) || (accept && !accept(box))) continue;
        const edge: Point = [request.at[0] + direction[0] * request.radius, request.at[1] + direction[1] * request.radius];
        const near: Point = [Math.max(box.x0, Math.min(edge[0], box.x1)), Math.max(box.y0, Math.min(edge[1], box.y1))];
        // A leader line never runs through another marker or label.
        if (ring > 0 && marks.crossed(edge, near, request.at)) continue;
        found = { key: request.key, box, leader: ring > 0 ? [edge, near] : undefined };
        break;
      }
      if (found) break;
    }
    if (!found) continue;
    obstacles.add(found.box);
    placed.push(found);
  }
  return placed;
}
