/**
 * The map's first stage alone: every partner and every event place on the plane inside the
 * country it belongs to, for the built-in file and the generated crowds; worked out once per file
 * and geometry.
 */
import { describe, expect, test } from 'vitest';
import { placeOnPlane } from './place';
import { insideGeometry } from './inside';
import { isoCountry } from '../data/countries';
import { innoIndustry } from '../../test/projects';
import { countries, MAP_PROJECTS, shapes } from '../../test/mapFixtures';

describe.each([['built-in', innoIndustry()] as const, ...MAP_PROJECTS])('%s: placed on the plane', (_name, project) => {
  const placed = placeOnPlane(project, countries);

  test('every partner the map can place is inside its own country; the rest are listed as unplaced', () => {
    expect(placed.points.length + placed.unplaced.length).toBe(project.partners.length);
    const outside = placed.points.filter((point) => {
      const shape = shapes.get(point.iso);
      return !shape || !insideGeometry(point.at, shape.geometry);
    });
    expect(outside.map((point) => point.partner.id)).toEqual([]);
  });

  test('every event place is inside the country it names (else its host partner\'s); country-only events are counted', () => {
    const hostCountry = new Map(project.partners.map((p) => [p.id, p.country]));
    for (const place of placed.events) {
      const named = place.event.country ?? (place.event.partner ? hostCountry.get(place.event.partner) : undefined);
      expect(place.iso, place.event.id).toBe(named ? (isoCountry(named) ?? named) : '');
      const shape = shapes.get(place.iso);
      if (shape) expect(insideGeometry(place.at, shape.geometry), place.event.id).toBe(true);
    }
    const countryOnly = (project.events ?? []).filter((e) => !e.location && e.country).length;
    expect([...placed.countryEvents.values()].reduce((a, b) => a + b, 0)).toBe(countryOnly);
  });

  test('is worked out once per file and geometry', () => {
    expect(placeOnPlane(project, countries)).toBe(placed);
    expect(placeOnPlane(structuredClone(project), countries)).not.toBe(placed);
    expect(placeOnPlane(project, [...countries])).not.toBe(placed);
  });
});
