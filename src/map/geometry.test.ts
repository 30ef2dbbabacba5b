import { describe, expect, test } from 'vitest';
import { prepareCountries, type CountryFeature } from './geometry';
import { insideGeometry } from './inside';
import { mapScales } from './scales';

const square: CountryFeature = { type: 'Feature', id: 'EE', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]] } };
// A feature without a shape (TopoJSON allows it): nothing to read or index.
const shapeless = { type: 'Feature', id: 'LV', properties: {}, geometry: null } as unknown as CountryFeature;

describe('preparing the geometry ahead of the first map', () => {
  test('takes any feature, one without a shape too, and answers as unprepared geometry does', () => {
    const fresh: CountryFeature = structuredClone(square);
    expect(() => prepareCountries([shapeless, square], new Set(['LV', 'EE']))).not.toThrow();
    expect(insideGeometry([50, 50], square.geometry)).toBe(insideGeometry([50, 50], fresh.geometry));
    expect(insideGeometry([150, 50], square.geometry)).toBe(false);
    const scales = mapScales([[0, 0], [100, 100]], 200, 200);
    expect(scales.outline(square)).toBe(scales.outline(fresh));
  });
});
