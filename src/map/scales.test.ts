import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../../scripts/europeGeometry';
import { mapScales, tenths } from './scales';
import { propertyRuns } from '../../test/runs';
import type { Point } from './shape';
import type { CountryFeature } from './geometry';

const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
const countries = (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features;

describe('country outlines written straight from the plane', () => {
  test.each([
    [[[-1500, -1200], [1800, 1400]] as [Point, Point], 1120, 806],
    [[[200, 300], [900, 700]] as [Point, Point], 328, 340],
  ])('are what d3 traces through the fitted projection, for every country (frame %j at %i×%i)', (frame, width, height) => {
    const scales = mapScales(frame, width, height);
    for (const country of countries) expect(scales.outline(country), country.id).toBe(scales.path(country) ?? '');
    // Asked again at the same fit: the same text, kept.
    expect(scales.outline(countries[0]!)).toBe(scales.path(countries[0]!));
  });
});

describe('a coordinate to a tenth of a pixel', () => {
  test('is written as d3 writes it: rounded half up, no trailing zero, no minus on zero', () => {
    expect([12.34, 12.35, -12.35, 7, 7.04, -0.04, -0.05, -0.3, 0, 1999.96, -1999.96].map(tenths)).toEqual(['12.3', '12.4', '-12.3', '7', '7', '0', '0', '-0.3', '0', '2000', '-2000']);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => tenths(x) === `${Math.round(x * 10) / 10}`),
      { numRuns: propertyRuns(100_000), seed: 11 },
    );
  });
});
