/**
 * The map's projection: Lambert azimuthal equal-area centred at 52° N 10° E, as the EU's
 * ETRS89-LAEA (EPSG:3035). Geometry is projected with it at build time and partner
 * locations at run time, so both land on the same plane (units: kilometres, y down).
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';

const EARTH_RADIUS_KM = 6371;

export function laea(): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-10, -52]).scale(EARTH_RADIUS_KM).translate([0, 0]).precision(0.5);
}

let projection: GeoProjection | undefined;
/** Places already projected, by "lon,lat". */
const projected = new Map<string, [number, number]>();

/** A longitude/latitude as a point on the map's plane, in km from the centre. */
export function projectLonLat(lon: number, lat: number): [number, number] {
  // One projection for every point (making one is far dearer than projecting with it), and each
  // place projected once: every redraw asks for the same partners and events again.
  const key = `${lon},${lat}`;
  let point = projected.get(key);
  if (!point) {
    point = (projection ??= laea())([lon, lat]) ?? undefined;
    if (!point) throw new RangeError(`Cannot project ${lon}, ${lat}`);
    if (projected.size > 20_000) projected.clear();
    projected.set(key, point);
  }
  return [point[0], point[1]];
}

/**
 * The part of the plane the geometry covers: Europe and its neighbours, from the Azores to past the
 * Urals. East of Europe as far as a wide picture shows (a 16:9 slide's map of partners from Portugal
 * to Finland reaches 4,900 km east of the centre): the land runs to the picture's edge rather than
 * ending at a straight line. West of the Azores is ocean, shown as it is.
 */
export const MAP_CLIP_KM: [[number, number], [number, number]] = [
  [-3300, -2700],
  [5000, 2500],
];
