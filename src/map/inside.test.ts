import { describe, expect, test } from 'vitest';
import type { Polygon, MultiPolygon } from 'geojson';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../../scripts/europeGeometry';
import { insideGeometry, interiorPoint, snapInside } from './inside';
import { propertyRuns } from '../../test/runs';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
const withHole: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]] };
// A crescent (a "C"): its centroid lies in the gap, outside.
const crescent: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]] };
const islands: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[20, 20], [40, 20], [40, 40], [20, 40], [20, 20]]]] };

describe('inside a country', () => {
  test.each([
    { shape: square, point: [5, 5], inside: true },
    { shape: square, point: [11, 5], inside: false },
    { shape: withHole, point: [5, 5], inside: false },
    { shape: withHole, point: [2, 2], inside: true },
    { shape: islands, point: [30, 30], inside: true },
    { shape: islands, point: [10, 10], inside: false },
  ] as const)('$point in a $shape.type: $inside', ({ shape, point, inside }) => {
    expect(insideGeometry([point[0], point[1]], shape)).toBe(inside);
  });

  test('the interior point of a crescent is inside it, and in the largest island', () => {
    expect(insideGeometry(interiorPoint(crescent)!, crescent)).toBe(true);
    const [x, y] = interiorPoint(islands)!;
    expect(x).toBeGreaterThan(20);
    expect(y).toBeGreaterThan(20);
  });

  test('a point just outside is moved in, a short way; a point inside stays', () => {
    const moved = snapInside([10.5, 5], square);
    expect(insideGeometry(moved, square)).toBe(true);
    expect(Math.hypot(moved[0] - 10.5, moved[1] - 5)).toBeLessThan(2);
    expect(snapInside([3, 3], square)).toEqual([3, 3]);
    expect(insideGeometry(snapInside([5, 5], crescent), crescent)).toBe(true);
  });
});

describe('inside a real country: the banded test agrees with a plain even–odd count', () => {
  /** Every edge of every ring, no index: the reference. */
  const plainInside = ([x, y]: [number, number], geometry: Polygon | MultiPolygon) =>
    (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).some((rings) => {
      let inside = false;
      for (const ring of rings)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i] as [number, number];
          const [xj, yj] = ring[j] as [number, number];
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      return inside;
    });
  const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
  const shapes = (feature(topology, topology.objects.countries) as unknown as { features: { id: string; geometry: Polygon | MultiPolygon }[] }).features;

  const runs = propertyRuns(1000);
  test(`at ${runs} random points in and around each of the countries`, () => {
    const bounds = (geometry: Polygon | MultiPolygon) => {
      const points = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2) as [number, number][];
      return [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
    };
    let insideCount = 0;
    for (const shape of shapes) {
      const [x0, y0, x1, y1] = bounds(shape.geometry) as [number, number, number, number];
      fc.assert(
        fc.property(fc.double({ min: x0 - 1, max: x1 + 1, noNaN: true }), fc.double({ min: y0 - 1, max: y1 + 1, noNaN: true }), (x, y) => {
          const inside = insideGeometry([x, y], shape.geometry);
          if (inside) insideCount++;
          return inside === plainInside([x, y], shape.geometry);
        }),
        { numRuns: runs, seed: 13 },
      );
    }
    // Not every point fell outside: the property was really tested on both sides of the lines.
    expect(insideCount).toBeGreaterThan((shapes.length * runs) / 10);
  });
});

describe('an island stays an island', () => {
  // A country of a mainland and a long thin island off it (Greece and Crete, in miniature).
  const mainlandAndIsland: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]],
      [[[40, -60], [90, -60], [90, -56], [40, -56], [40, -60]]],
    ],
  };
  test('a point on the island too thin for the margin moves along the island, not to the mainland', () => {
    const moved = snapInside([45, -56.5], mainlandAndIsland, interiorPoint(mainlandAndIsland), 3);
    expect(moved[1]).toBeLessThan(-50);
    expect(insideGeometry(moved, mainlandAndIsland)).toBe(true);
  });
  test('a point just off the island comes onto it; one far from every part goes to the country', () => {
    const moved = snapInside([65, -62], mainlandAndIsland, interiorPoint(mainlandAndIsland), 0.5);
    expect(moved[1]).toBeLessThan(-50);
    const far = snapInside([300, 300], mainlandAndIsland, interiorPoint(mainlandAndIsland), 0.5);
    expect(insideGeometry(far, mainlandAndIsland)).toBe(true);
    expect(far[1]).toBeGreaterThan(0);
  });
});
