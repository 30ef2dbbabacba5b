import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryCode, europeGeometryJson } from './europeGeometry';
import { MAP_CLIP_KM, projectLonLat } from '../src/map/laea';
import { insideGeometry, interiorPoint } from '../src/map/inside';

const json = europeGeometryJson();
const topology = JSON.parse(json) as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const byId = new Map(countries.features.map((f) => [String(f.id), f]));
const path = geoPath();

describe('the Europe geometry', () => {
  test('is at most 60 KB gzipped', () => {
    expect(gzipSync(json).length).toBeLessThanOrEqual(60 * 1024);
  });

  test('names countries by ISO alpha-2, Kosovo as XK, and keeps no numeric ids', () => {
    for (const code of ['LV', 'SI', 'AT', 'ES', 'PT', 'SE', 'SK', 'HU', 'RO', 'GB', 'GR', 'IS', 'CY', 'XK', 'NO', 'TR', 'UA']) {
      expect(byId.has(code), code).toBe(true);
    }
    expect(countries.features.every((f) => /^[A-Z]{2}$|^CY-NORTH$/.test(String(f.id)))).toBe(true);
  });

  test('keeps the islands a partner may be on: Crete, Northern Ireland, the Azores, the Canaries', () => {
    const inside = (code: string, lon: number, lat: number) => {
      const geometry = byId.get(code)?.geometry;
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return false;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const [x, y] = projectLonLat(lon, lat);
      // Even-odd ray casting on the projected plane, over every ring of every part.
      let crossings = 0;
      for (const ring of polygons.flat()) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) crossings++;
        }
      }
      return crossings % 2 === 1;
    };
    expect(inside('GR', 10, 52)).toBe(false); // Germany's centre is not in Greece
    expect(inside('GR', 24.8, 35.2), 'Crete').toBe(true); // Crete
    expect(inside('GB', -6.2, 54.6), 'Northern Ireland').toBe(true); // Northern Ireland
    expect(inside('PT', -25.5, 37.78), 'Azores').toBe(true); // São Miguel, Azores
    expect(inside('ES', -15.6, 27.95), 'Gran Canaria').toBe(true); // Gran Canaria
  });

  test("carries each country's interior point, worked out on the shipped shape", () => {
    // Only a shape simplified down to nothing (the Vatican, at this scale) has none.
    const missing = countries.features.filter((f) => !Array.isArray(f.properties?.interior));
    expect(missing.map((f) => interiorPoint(f.geometry))).toEqual(missing.map(() => undefined));
    expect(missing.length).toBeLessThan(3);
    for (const country of countries.features.filter((f) => !missing.includes(f))) {
      const interior = country.properties!.interior as [number, number];
      const computed = interiorPoint(country.geometry)!;
      expect(Math.hypot(interior[0] - computed[0], interior[1] - computed[1]), String(country.id)).toBeLessThan(0.01);
      // Rounding never moves it out of the shape (on a sliver like Monaco the scan line's middle may sit on the edge either way).
      expect(insideGeometry(interior, country.geometry), String(country.id)).toBe(insideGeometry(computed, country.geometry));
    }
  });

  test('reaches east as far as a wide picture shows, and clips the far side of Russia away there', () => {
    const [[, ], [east]] = MAP_CLIP_KM;
    const eastEnds = countries.features.map((country) => path.bounds(country)[1][0]);
    expect(Math.max(...eastEnds)).toBeLessThanOrEqual(east + 1);
    expect(Math.max(...eastEnds)).toBeGreaterThanOrEqual(east - 1);
    expect(path.bounds(byId.get('RU')!)[1][0]).toBeLessThanOrEqual(east + 1);
  });
});

test.each([
  [428, 'Latvia', 'LV'],
  ['826', 'United Kingdom', 'GB'],
  [undefined, 'Kosovo', 'XK'],
  [undefined, 'Somaliland', undefined],
])('world-atlas id %s (%s) is %s', (id, name, code) => {
  expect(countryCode(id, name)).toBe(code);
});
