/**
 * From the LAEA plane (km) to the screen: an identity projection fitted so the frame fills
 * the map's box, and a path generator for the (already projected) country geometry.
 */
import { geoIdentity, geoPath, type GeoPath } from 'd3-geo';
import type { Point } from './shape';

export interface MapScales {
  /** Plane (km) → screen pixels, before zoom. */
  toScreen: (point: Point) => Point;
  /** Screen pixels, before zoom → plane (km). */
  toPlane: (point: Point) => Point;
  path: GeoPath;
}

export function mapScales(frame: [Point, Point], width: number, height: number, padding = 8): MapScales {
  const projection = geoIdentity().fitExtent(
    [[padding, padding], [width - padding, height - padding]],
    { type: 'MultiPoint', coordinates: frame },
  );
  return {
    toScreen: (point) => projection(point) ?? [0, 0],
    toPlane: (point) => projection.invert?.(point) ?? [0, 0],
    path: geoPath(projection),
  };
}

/** The map's height for a width: landscape on a desktop, taller than wide on a phone. */
export function mapHeight(width: number): number {
  return Math.round(Math.min(640, Math.max(340, width * 0.72)));
}
