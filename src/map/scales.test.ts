import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { europeGeometryJson } from '../../scripts/europeGeometry';
import { mapScales } from './scales';
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
