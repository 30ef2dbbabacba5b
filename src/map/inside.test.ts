import { describe, expect, test } from 'vitest';
import type { Polygon, MultiPolygon } from 'geojson';
import { insideGeometry, interiorPoint, snapInside } from './inside';

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
