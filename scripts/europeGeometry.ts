/**
 * Cuts Natural Earth 1:50m countries (the world-atlas package) down to Europe and its
 * neighbours: projects them to the map's LAEA plane, clips to MAP_CLIP_KM, simplifies and
 * quantizes, and names each country by its ISO alpha-2 code. Runs at build time (the Vite
 * plugin in vite.config.ts); the result ships as a static file fetched at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox, feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import countries from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology, Transform } from 'topojson-specification';
import { laea, MAP_CLIP_KM } from '../src/map/laea.ts';
import { interiorPoint } from '../src/map/inside.ts';

// d3-geo-projection ships no types; geoProject(object, projection) returns the projected GeoJSON.
// @ts-expect-error untyped module
import { geoProject } from 'd3-geo-projection';

const require = createRequire(import.meta.url);

/** Europe's east edge on the map's plane (the Urals), km: the span the geometry's grid is set by. */
const EUROPE_EAST_KM = 3400;

/** Features world-atlas leaves without an ISO number. Kosovo has the EU's code; the rest are context only. */
const UNNUMBERED: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY-NORTH' };

export interface GeometryOptions {
  /** Triangles smaller than this (km²) are simplified away. */
  minAreaKm2: number;
  quantization: number;
}

export const DEFAULT_GEOMETRY: GeometryOptions = { minAreaKm2: 8, quantization: 6000 };

export function countryCode(id: string | number | undefined, name: string): string | undefined {
  if (id !== undefined) return countries.numericToAlpha2(String(id).padStart(3, '0'));
  return UNNUMBERED[name];
}

export function europeTopology(options: GeometryOptions = DEFAULT_GEOMETRY): Topology {
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const projection = laea().clipExtent(MAP_CLIP_KM);
  const all = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const kept: Feature[] = [];
  for (const country of all.features) {
    const code = countryCode(country.id, country.properties.name);
    if (!code) continue;
    const projected = geoProject(country, projection) as Feature | null;
    if (!projected?.geometry) continue;
    kept.push({ type: 'Feature', id: code, properties: {}, geometry: projected.geometry });
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features: kept };
  // The typings disagree on a topology's property type (null vs {}); the objects are the same.
  const topo = topology({ countries: collection }) as unknown as Parameters<typeof presimplify>[0];
  const simplified = simplify(presimplify(topo), options.minAreaKm2);
  // `quantization` steps across Europe's own span, from the geometry's west edge to the Urals
  // (EUROPE_EAST_KM) and its whole height: the land further east, there for wide pictures, is on the
  // same grid and leaves Europe's shapes as they are.
  const [x0, y0, , y1] = bbox(simplified as unknown as Topology);
  const transform = { scale: [(EUROPE_EAST_KM - x0) / (options.quantization - 1), (y1 - y0) / (options.quantization - 1)], translate: [x0, y0] } as Transform;
  const result = quantize(simplified, transform) as Topology<{ countries: GeometryCollection<{ interior?: [number, number] }> }>;
  // Each country's interior point (where its label and its partners without a place go),
  // worked out once here on the final shapes instead of on every draw in the browser.
  const shapes = feature(result, result.objects.countries) as FeatureCollection<Geometry>;
  result.objects.countries.geometries.forEach((geometry, index) => {
    const interior = interiorPoint(shapes.features[index]!.geometry);
    if (interior) geometry.properties = { interior: [Math.round(interior[0] * 100) / 100, Math.round(interior[1] * 100) / 100] };
  });
  return result;
}

/** The geometry cut once a process for each set of options: the build, the picture export and the tests that draw read the same text. */
const cut = new Map<string, string>();

export function europeGeometryJson(options: GeometryOptions = DEFAULT_GEOMETRY): string {
  const key = JSON.stringify(options);
  let json = cut.get(key);
  if (json === undefined) cut.set(key, (json = JSON.stringify(europeTopology(options))));
  return json;
}
