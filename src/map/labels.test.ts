import { describe, expect, test } from 'vitest';
import { BoxIndex, placeMapLabels, type Box } from './labels';
import { clusterMarkers, separate, settle } from './cluster';

const frame: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('map labels', () => {
  test('labels of markers side by side never overlap each other or a marker, and stay in the frame', () => {
    const markers = Array.from({ length: 12 }, (_, i) => [100 + (i % 4) * 30, 100 + Math.floor(i / 4) * 30] as [number, number]);
    const obstacles = new BoxIndex();
    const markerBoxes = markers.map(([x, y]) => ({ x0: x - 6, y0: y - 6, x1: x + 6, y1: y + 6 }));
    markerBoxes.forEach((box) => obstacles.add(box));
    const placed = placeMapLabels(markers.map((at, i) => ({ key: `p${i}`, width: 50, height: 14, at, radius: 6 })), obstacles, frame);
    expect(placed.length).toBeGreaterThan(6);
    for (const [i, a] of placed.entries()) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(400);
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
      for (const m of markerBoxes) expect(overlap(a.box, m)).toBe(false);
    }
    // Labels that stand off their marker draw a leader line back to it.
    expect(placed.some((p) => p.leader)).toBe(true);
  });

  test('the first label, the most important, gets the place right of its marker', () => {
    const placed = placeMapLabels([{ key: 'lead', width: 40, height: 14, at: [200, 150], radius: 8 }], new BoxIndex(), frame);
    expect(placed[0]!.box.x0).toBeGreaterThan(200);
    expect(placed[0]!.leader).toBeUndefined();
  });

  test('a label with no room anywhere is dropped, not drawn over another', () => {
    const obstacles = new BoxIndex();
    obstacles.add(frame);
    expect(placeMapLabels([{ key: 'x', width: 40, height: 14, at: [200, 150], radius: 6 }], obstacles, frame)).toEqual([]);
  });
});

describe('clusters and nudges', () => {
  test('partners of one country close together form one cluster at their mean place; the lead stays alone; another country is apart', () => {
    const groups = clusterMarkers(
      [
        { at: [100, 100], country: 'LV', alone: true },
        { at: [101, 100], country: 'LV', alone: false },
        { at: [103, 101], country: 'LV', alone: false },
        { at: [102, 102], country: 'EE', alone: false },
      ],
      14,
    );
    expect(groups.map((g) => g.members)).toEqual([[0], [1, 2], [3]]);
    expect(groups[1]!.at).toEqual([102, 100.5]);
  });

  test('touching markers of two countries are nudged apart, each only where allowed', () => {
    const groups = clusterMarkers([{ at: [100, 100], country: 'IT', alone: false }, { at: [103, 100], country: 'SI', alone: false }], 14);
    separate(groups, () => 6, (group, at) => (group.country === 'IT' ? at[0] <= 100 : at[0] >= 100));
    expect(groups[1]!.at[0] - groups[0]!.at[0]).toBeGreaterThanOrEqual(12);
    expect(groups[0]!.at[0]).toBeLessThanOrEqual(100);
  });

  test('markers still pressed together: the one that yields takes the nearest free spot in its own country; the important one stays', () => {
    // A highlighted partner (alone) on a cluster of its country, in a country 60 px wide: the cluster moves.
    const groups = [
      { members: [0], at: [100, 100] as [number, number], country: 'SI', alone: true },
      { members: [1, 2, 3], at: [103, 100] as [number, number], country: 'SI', alone: false },
    ];
    const inSlovenia = (_group: unknown, at: [number, number]) => at[0] >= 80 && at[0] <= 140 && at[1] >= 90 && at[1] <= 110;
    const settled = settle(groups, (g) => (g.members.length > 1 ? 10 : 6), inSlovenia, 40);
    expect(settled).toHaveLength(2);
    expect(settled[0]!.at).toEqual([100, 100]);
    expect(Math.hypot(settled[1]!.at[0] - 100, settled[1]!.at[1] - 100)).toBeGreaterThanOrEqual(16);
    expect(inSlovenia(null, settled[1]!.at)).toBe(true);
  });

  test('with no room for either, two clusters of one country become one group; of two countries, or with an important partner, never', () => {
    const pressed = (country: string, alone: boolean) => [
      { members: [0, 3], at: [100, 100] as [number, number], country: 'SI', alone },
      { members: [1, 2], at: [102, 100] as [number, number], country, alone: false },
    ];
    const tiny = (_group: unknown, at: [number, number]) => Math.hypot(at[0] - 101, at[1] - 100) <= 3;
    const radius = () => 6;
    expect(settle(pressed('SI', false), radius, tiny, 40).map((g) => g.members)).toEqual([[0, 3, 1, 2]]);
    expect(settle(pressed('HR', false), radius, tiny, 40).map((g) => g.members)).toEqual([[0, 3], [1, 2]]);
    // The highlighted partner keeps its own marker and name, drawn over the cluster it cannot leave.
    expect(settle(pressed('SI', true), radius, tiny, 40).map((g) => g.members)).toEqual([[0, 3], [1, 2]]);
  });

  test("a leader line from a marker pressed against a neighbour still may not run through that neighbour", () => {
    const marks = new BoxIndex();
    // The neighbour's box holds the point on the first marker's edge where its leader starts.
    marks.add({ x0: 73, y0: 89, x1: 96, y1: 111 });
    expect(marks.crossed([94, 100], [60, 100], [100, 100])).toBe(true);
    // Its own box (holding its centre) is not in the way.
    const own = new BoxIndex();
    own.add({ x0: 93, y0: 93, x1: 107, y1: 107 });
    expect(own.crossed([94, 100], [60, 100], [100, 100])).toBe(false);
  });

  test('thousands of markers cluster quickly (grid, not all pairs)', () => {
    const inputs = Array.from({ length: 20_000 }, (_, i) => ({ at: [(i * 7919) % 1000, (i * 104729) % 700] as [number, number], country: ['LV', 'EE', 'LT'][i % 3]!, alone: false }));
    const groups = clusterMarkers(inputs, 14);
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(20_000);
  });
});
