import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { emblemGeometry, emblemSvgDocument } from './emblem';

/** Each star's points, from the path. */
function stars(path: string): [number, number][][] {
  return path
    .split('Z')
    .filter(Boolean)
    .map((star) => star.replace('M', '').split('L').map((point) => point.split(',').map(Number) as [number, number]));
}

describe('the EU emblem, to its specification', () => {
  const height = 180;
  const { width, stars: path } = emblemGeometry(height);
  const drawn = stars(path);
  const centre = (points: [number, number][]) => [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length] as const;

  test('a rectangle of ratio 3:2 with twelve five-pointed stars', () => {
    expect(width / height).toBe(1.5);
    expect(drawn).toHaveLength(12);
    for (const star of drawn) expect(star).toHaveLength(10);
  });

  test('the stars on a circle of a third of the height, like the hours of a clock', () => {
    const angles = drawn.map((star) => {
      const [x, y] = centre(star);
      expect(Math.hypot(x - width / 2, y - height / 2)).toBeCloseTo(height / 3, 0);
      return (Math.atan2(x - width / 2, -(y - height / 2)) * 180) / Math.PI;
    });
    const hours = angles.map((a) => Math.round((((a + 360) % 360) / 30) * 100) / 100);
    expect(hours).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('each star in a circle of radius 1/18 of the height, upright (one point straight up)', () => {
    for (const star of drawn) {
      const [x, y] = centre(star);
      const outer = Math.max(...star.map(([px, py]) => Math.hypot(px - x, py - y)));
      expect(outer).toBeCloseTo(height / 18, 1);
      const top = star.reduce((a, b) => (b[1] < a[1] ? b : a));
      expect(top[0]).toBeCloseTo(x, 1);
    }
  });

  test('as a document: reflex blue and yellow, named, well-formed', () => {
    const text = emblemSvgDocument(72, 'Emblem <of> the "EU"');
    const doc = new JSDOM('').window;
    const parsed = new doc.DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    // Reflex blue and yellow, as the specification gives them.
    expect(parsed.querySelector('rect')?.getAttribute('fill')).toBe('#003399');
    expect(parsed.querySelector('path')?.getAttribute('fill')).toBe('#FFCC00');
    expect(parsed.querySelector('title')?.textContent).toBe('Emblem <of> the "EU"');
  });
});
