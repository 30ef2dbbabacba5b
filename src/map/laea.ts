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

/** A longitude/latitude as a point on the map's plane, in km from the centre. */
export function projectLonLat(lon: number, lat: number): [number, number] {
  const point = laea()([lon, lat]);
  if (!point) throw new RangeError(`Cannot project ${lon}, ${lat}`);
  return point;
}

/** The part of the plane the geometry covers: Europe and its neighbours, Azores to the Urals. */
export const MAP_CLIP_KM: [[number, number], [number, number]] = [
  [-3300, -2700],
  [3400, 2500],
];
