import { describe, expect, test } from 'vitest';
import type { Polygon } from 'geojson';
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

  test("does the work ahead: what the map reads of a named country's shape is read while preparing", () => {
    const named: CountryFeature = structuredClone(square);
    const unnamed: CountryFeature = { ...structuredClone(square), id: 'FI' };
    prepareCountries([named, unnamed], new Set(['EE']));
    // The coordinates changed after preparing (a 10 × 10 square now): prepared shapes answer as read then.
    for (const country of [named, unnamed]) (country.geometry as Polygon).coordinates = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    const scales = mapScales([[0, 0], [100, 100]], 200, 200);
    expect(scales.outline(named)).toBe(scales.outline(square));
    expect(scales.outline(unnamed)).toBe(scales.outline(square));
    expect(insideGeometry([50, 50], named.geometry)).toBe(true);
    // Only the partners' countries are indexed for "inside": another is read as it is now.
    expect(insideGeometry([50, 50], unnamed.geometry)).toBe(false);
  });
});
