/**
 * The map's fit and markers stages alone: every marker inside its own country (or on the
 * important partner's own spot), the lead, highlighted and chosen partners never merged, and the
 * markers kept for a redraw that does not move them (another language or theme).
 */
import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { placeOnPlane } from './place';
import { fitMap, layoutMarkers } from './markers';
import { insideGeometry } from './inside';
import { innoIndustry } from '../../test/projects';
import { countries, MAP_PROJECTS, shapes } from '../../test/mapFixtures';
import type { Partner } from '../data/schema';

describe.each([['built-in', innoIndustry()] as const, ...MAP_PROJECTS])('%s: markers', (_name, project) => {
  const placed = placeOnPlane(project, countries);
  const important = (partner: Partner) => partner.role === 'lead' || partner.id === project.focusPartner;

  test.each([360, 1280])('at %i px: every partner in one marker, inside its country; the lead and the highlighted partner alone', (width) => {
    const box = { width, height: Math.round(width * 0.7) };
    const fit = fitMap(placed, box.width, box.height, zoomIdentity);
    const { groups } = layoutMarkers(placed, fit, box, 1, important);
    expect(groups.flatMap((g) => g.members).sort((a, b) => a - b)).toEqual(placed.points.map((_, i) => i));
    for (const group of groups) {
      const shape = shapes.get(group.country);
      if (shape) expect(insideGeometry(fit.toPlane(group.at), shape.geometry), group.country).toBe(true);
      if (group.members.length > 1) expect(group.members.some((i) => important(placed.points[i]!.partner))).toBe(false);
    }
  });

  test('kept for a redraw that does not move them; laid out again at another zoom, width or choice', () => {
    const box = { width: 800, height: 560 };
    const fit = fitMap(placed, box.width, box.height, zoomIdentity);
    const layout = layoutMarkers(placed, fit, box, 1, important);
    expect(layoutMarkers(placed, fitMap(placed, box.width, box.height, zoomIdentity), box, 1, important)).toBe(layout);
    const zoomed = zoomIdentity.scale(2);
    expect(layoutMarkers(placed, fitMap(placed, box.width, box.height, zoomed), box, 1, important)).not.toBe(layout);
    expect(layoutMarkers(placed, fitMap(placed, 801, box.height, zoomIdentity), { ...box, width: 801 }, 1, important)).not.toBe(layout);
    const chosen = project.partners.find((p) => !important(p))!;
    expect(layoutMarkers(placed, fit, box, 1, (p) => important(p) || p.id === chosen.id)).not.toBe(layout);
  });
});
