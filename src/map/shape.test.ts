import { describe, expect, test } from 'vitest';
import { innoIndustry, loadProject } from '../../test/projects';
import { eventPoints, frameExtent, frameInView, partnerCountries, partnerPoints, stepInOrder, type Point } from './shape';
import { MAP_CLIP_KM, projectLonLat } from './laea';
import { textIn } from '../data/text';

const inno = innoIndustry();
const harbours = loadProject('test/fixtures/other-project.json');

describe('country join', () => {
  test('InnoIndustry has ten partner countries, the lead in Slovenia, the focus in Latvia; UK is GB', () => {
    const countries = partnerCountries(inno);
    expect([...countries.keys()].sort()).toEqual(['AT', 'ES', 'GB', 'HU', 'LV', 'PT', 'RO', 'SE', 'SI', 'SK']);
    expect([...countries.values()].filter((c) => c.hasLead).map((c) => c.iso)).toEqual(['SI']);
    expect([...countries.values()].filter((c) => c.hasFocus).map((c) => c.iso)).toEqual(['LV']);
  });

  test('EL joins Greece and two UK partners join one GB', () => {
    const countries = partnerCountries(harbours);
    expect(countries.get('GR')?.partners.map((p) => p.id)).toEqual(['harbour-a']);
    expect(countries.get('GB')?.partners.map((p) => p.id)).toEqual(['harbour-b', 'harbour-c']);
  });
});

describe('partner and event points', () => {
  test('approximate locations are marked so; partners without one sit at their country centre', () => {
    const partners = inno.partners.map((p) => (p.id === 'ecoplus' ? { ...p, location: undefined } : p));
    const points = partnerPoints({ ...inno, partners }, (iso) => (iso === 'AT' ? [100, 200] : undefined));
    expect(points.find((p) => p.partner.id === 'ecoplus')).toMatchObject({ at: [100, 200], placement: 'country' });
    expect(points.find((p) => p.partner.id === 'amuebla')?.placement).toBe('approximate');
    expect(points.find((p) => p.partner.id === 'rra-posavje')?.placement).toBe('exact');
  });

  test('a partner that can be placed nowhere is left out of the points, not drawn at 0,0', () => {
    const partners = inno.partners.map((p) => (p.id === 'ecoplus' ? { ...p, location: undefined } : p));
    expect(partnerPoints({ ...inno, partners }, () => undefined)).toHaveLength(9);
  });

  test('a partner overseas is left out of the points (the view lists it), not drawn off the map', () => {
    const partners = inno.partners.map((p) => (p.id === 'ecoplus' ? { ...p, location: { lat: 40.7, lon: -74 } } : p));
    const points = partnerPoints({ ...inno, partners }, () => undefined);
    expect(points.map((p) => p.partner.id)).not.toContain('ecoplus');
    expect(points).toHaveLength(9);
  });

  test('InnoIndustry has three event places: Dobova, Krems, Postojna', () => {
    expect(eventPoints(inno).map((e) => e.event.place && textIn(e.event.place, 'en'))).toEqual(['Dobova', 'Krems', 'Postojna']);
  });
});

describe('fitting the frame', () => {
  const contains = ([[x0, y0], [x1, y1]]: [Point, Point], [x, y]: Point) => x > x0 && x < x1 && y > y0 && y < y1;

  test('InnoIndustry frames Portugal to Sweden and Latvia, with margin', () => {
    const frame = frameExtent(partnerPoints(inno, () => undefined).map((p) => p.at));
    for (const [lon, lat] of [[-8.6, 41.1], [-9.1, 38.7], [17.1, 61.7], [24.1, 56.9], [26.1, 44.4], [-0.8, 51.8]] as const) {
      expect(contains(frame, projectLonLat(lon, lat))).toBe(true);
    }
  });

  test('a partner on Crete keeps Crete in the frame', () => {
    const frame = frameExtent(partnerPoints(harbours, () => undefined).map((p) => p.at));
    expect(contains(frame, projectLonLat(24.8, 35.2))).toBe(true);
    expect(contains(frame, projectLonLat(26.3, 35.2))).toBe(true); // Crete's east end
  });

  test('one partner still gets a region around it', () => {
    const [[x0, y0], [x1, y1]] = frameExtent([[0, 0]]);
    expect(x1 - x0).toBeGreaterThanOrEqual(1400);
    expect(y1 - y0).toBeGreaterThanOrEqual(1400);
  });
});

describe('what a box shows of the plane', () => {
  const padding = 8;
  /** The plane's span across the box's edges (the view has the box's proportions, the frame `padding` px inside them). */
  const edges = ([[x0, y0], [x1, y1]]: [Point, Point], width: number, height: number) => {
    const k = (width - 2 * padding) / (x1 - x0);
    return { k, left: x0 - padding / k, right: x1 + padding / k, top: y0 - padding / k, bottom: y1 + padding / k, ky: (height - 2 * padding) / (y1 - y0) };
  };
  const [[, ], [clipEast]] = MAP_CLIP_KM;
  const inno = frameExtent(partnerPoints(innoIndustry(), () => undefined).map((p) => p.at));

  test('in a box of its own proportions, the frame itself', () => {
    const [[x0, y0], [x1, y1]] = inno;
    const view = frameInView(inno, (x1 - x0) / 5 + 2 * padding, (y1 - y0) / 5 + 2 * padding, padding);
    view.flat().forEach((v, i) => expect(v).toBeCloseTo(inno.flat()[i]!, 6));
  });

  test.each([
    ['the page at 1120 × 640 px', 1120, 640],
    ['a 1920 × 1080 picture', 1860, 560],
    ['a slide (1012 × 446, its map 980 × 300)', 980, 300],
    ['a phone', 360, 420],
  ])('InnoIndustry in %s: the frame whole, the scale the same, no land ending at the cut in the east', (_name, width, height) => {
    const view = frameInView(inno, width, height, padding);
    const seen = edges(view, width, height);
    // The box's proportions: one scale both ways, the scale that fits the frame.
    expect(seen.ky).toBeCloseTo(seen.k, 9);
    const [[x0, y0], [x1, y1]] = inno;
    expect(seen.k).toBeCloseTo(Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0)), 9);
    expect(view[0][0]).toBeLessThanOrEqual(x0 + 1e-6);
    expect(view[1][0]).toBeGreaterThanOrEqual(x1 - 1e-6);
    expect(view[0][1]).toBeLessThanOrEqual(y0 + 1e-6);
    expect(view[1][1]).toBeGreaterThanOrEqual(y1 - 1e-6);
    expect(seen.right).toBeLessThanOrEqual(clipEast);
  });

  test('a box narrower than the cut shows the frame in its middle', () => {
    const view = frameInView(inno, 1120, 640, padding);
    expect((view[0][0] + view[1][0]) / 2).toBeCloseTo((inno[0][0] + inno[1][0]) / 2, 6);
  });

  test('partners near the cut, in a wide box: the view moves west until its east edge is inside the cut, the partners still whole in it', () => {
    const east = frameExtent([projectLonLat(40, 50), projectLonLat(35, 55)]);
    const view = frameInView(east, 1600, 400, padding);
    const seen = edges(view, 1600, 400);
    expect(seen.right).toBeLessThanOrEqual(clipEast);
    expect(view[0][0]).toBeLessThanOrEqual(east[0][0]);
    expect(view[1][0]).toBeGreaterThanOrEqual(east[1][0]);
  });
});

describe('arrow keys between markers', () => {
  const points: Point[] = [[0, 0], [100, 0], [50, -80], [50, 90], [-100, 10]];
  test.each([
    [0, 'right', 2],
    [2, 'right', 3],
    [3, 'right', 1],
    [1, 'right', 4],
    [0, 'left', 4],
    [0, 'up', 2],
    [2, 'up', 3],
    [2, 'down', 0],
  ] as const)('from %i, %s goes to %i', (from, direction, expected) => {
    expect(stepInOrder(points, from, direction)).toBe(expected);
  });

  test('pressing one key over and over visits every marker', () => {
    const seen = new Set<number>();
    let at = 0;
    for (let i = 0; i < points.length; i++) seen.add((at = stepInOrder(points, at, 'right')!));
    expect(seen.size).toBe(points.length);
  });

  test('markers on the very same spot are still reachable, in order', () => {
    const same: Point[] = [[0, 0], [0, 0], [0, 0]];
    expect(stepInOrder(same, 0, 'right')).toBe(1);
    expect(stepInOrder(same, 1, 'right')).toBe(2);
  });

  test('no markers, no step', () => {
    expect(stepInOrder([], 0, 'left')).toBeUndefined();
  });
});
