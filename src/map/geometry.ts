/**
 * Loads the map's geometry (`geo/europe.json`, made at build time) and turns it into
 * country features keyed by ISO alpha-2 code. The only I/O of the map view.
 */
import { feature } from 'topojson-client';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { indexShape, polygonsOf } from './inside';
import { readRings } from './scales';

import { GEOMETRY_PATH } from './geometryPath';

export { GEOMETRY_PATH };

export type CountryFeature = Feature<Geometry> & { id: string };

let cached: Promise<CountryFeature[]> | undefined;

export function loadCountries(fetchFile: typeof fetch = fetch): Promise<CountryFeature[]> {
  cached ??= fetchFile(new URL(GEOMETRY_PATH, document.baseURI).href)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
      return collection.features.map((country) => ({ ...country, id: String(country.id) }));
    })
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

/**
 * Where to put a partner that has no location: the centre of the country's largest part
 * (Portugal's mainland, not a point between it and the Azores). Planar, on the LAEA plane.
 */
export function countryCentre(country: Feature<Geometry>): [number, number] | undefined {
  const polygons = polygonsOf(country.geometry);
  const planar = geoPath();
  let best: { area: number; centre: [number, number] } | undefined;
  for (const coordinates of polygons) {
    const polygon = { type: 'Polygon' as const, coordinates };
    const area = planar.area(polygon);
    if (!best || area > best.area) best = { area, centre: planar.centroid(polygon) };
  }
  return best?.centre;
}

/**
 * What every map of these countries needs first, done ahead: each outline's rings read, and the
 * shapes of the countries named (the partners') indexed for keeping markers inside them.
 */
export function prepareCountries(countries: readonly CountryFeature[], named: ReadonlySet<string>): void {
  for (const country of countries) {
    readRings(country);
    if (named.has(country.id) && country.geometry) indexShape(country.geometry);
  }
}
