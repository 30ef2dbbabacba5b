/**
 * Markers that stay readable in a crowd, at a given zoom: partners of one country too close
 * to draw apart become one cluster at their mean place; markers of neighbouring countries
 * that touch are nudged apart, each only where it stays inside its own country. Both work
 * through a grid of cells, so a file of thousands of partners takes linear time.
 */
import type { Point } from './shape';

export interface MarkerInput {
  at: Point;
  country: string;
  /** Never joins a cluster (the lead, the highlighted partner). */
  alone: boolean;
}

export interface MarkerGroup {
  members: number[];
  at: Point;
  country: string;
  alone: boolean;
}

const cellOf = (at: Point, size: number) => `${Math.floor(at[0] / size)},${Math.floor(at[1] / size)}`;

function* neighbours(at: Point, size: number): Generator<string> {
  const [cx, cy] = [Math.floor(at[0] / size), Math.floor(at[1] / size)];
  for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) yield `${cx + dx},${cy + dy}`;
}

/** Groups markers closer than `distance` (screen px) within each country; inputs in priority order win their place. */
export function clusterMarkers(inputs: readonly MarkerInput[], distance: number): MarkerGroup[] {
  const groups: MarkerGroup[] = [];
  const grid = new Map<string, number[]>();
  const sums: Point[] = [];
  for (const [index, input] of inputs.entries()) {
    let joined: number | undefined;
    if (!input.alone) {
      for (const cell of neighbours(input.at, distance)) {
        joined = grid.get(cell)?.find((g) => {
          const group = groups[g]!;
          return !group.alone && group.country === input.country && Math.hypot(group.at[0] - input.at[0], group.at[1] - input.at[1]) < distance;
        });
        if (joined !== undefined) break;
      }
    }
    if (joined === undefined) {
      groups.push({ members: [index], at: input.at, country: input.country, alone: input.alone });
      sums.push([input.at[0], input.at[1]]);
      const cell = cellOf(input.at, distance);
      grid.set(cell, [...(grid.get(cell) ?? []), groups.length - 1]);
      continue;
    }
    const group = groups[joined]!;
    group.members.push(index);
    const sum = sums[joined]!;
    sum[0] += input.at[0];
    sum[1] += input.at[1];
    // The cluster stays filed under its first cell: it moves less than a cell as members join.
    group.at = [sum[0] / group.members.length, sum[1] / group.members.length];
  }
  return groups;
}

/**
 * Nudges touching markers of different countries apart (a few rounds), each move kept only
 * where `allowed` says the new place is still inside the marker's own country.
 */
export function separate(groups: MarkerGroup[], radius: (group: MarkerGroup) => number, allowed: (group: MarkerGroup, at: Point) => boolean, rounds = 10): void {
  const size = Math.max(8, ...groups.map(radius)) * 2 + 4;
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, number[]>();
    groups.forEach((group, i) => {
      const cell = cellOf(group.at, size);
      grid.set(cell, [...(grid.get(cell) ?? []), i]);
    });
    let moved = false;
    groups.forEach((group, i) => {
      for (const cell of neighbours(group.at, size)) {
        for (const j of grid.get(cell) ?? []) {
          if (j <= i) continue;
          const other = groups[j]!;
          const [dx, dy] = [other.at[0] - group.at[0], other.at[1] - group.at[1]];
          const gap = Math.hypot(dx, dy);
          const wanted = radius(group) + radius(other) + 2;
          if (gap >= wanted) continue;
          const [ux, uy] = gap > 0.01 ? [dx / gap, dy / gap] : [1, 0];
          // Each moves half the gap; where one cannot (its country ends there), the other moves it all.
          const push = (wanted - gap) / 2;
          const away: Point = [group.at[0] - ux * push, group.at[1] - uy * push];
          const toward: Point = [other.at[0] + ux * push, other.at[1] + uy * push];
          const [canAway, canToward] = [allowed(group, away), allowed(other, toward)];
          if (canAway && canToward) {
            group.at = away;
            other.at = toward;
            moved = true;
          } else if (canAway || canToward) {
            const alone: Point = canAway ? [group.at[0] - ux * push * 2, group.at[1] - uy * push * 2] : [other.at[0] + ux * push * 2, other.at[1] + uy * push * 2];
            const mover = canAway ? group : other;
            mover.at = allowed(mover, alone) ? alone : canAway ? away : toward;
            moved = true;
          }
        }
      }
    });
    if (!moved) return;
  }
}

/**
 * Markers still pressed together after `separate` (a country too small for both at this zoom, a
 * pair of border towns pushed along their border): the one that yields (not `alone`; else the later)
 * takes the nearest spot inside its own country where it touches nothing, searched in rings out to
 * `reach` px, else the other does; where neither can and both are clusters or partners of one
 * country that are not `alone`, they become one group. An `alone` marker (the lead, the highlighted
 * or the chosen partner) is never merged: where its country has no room for it beside a cluster, it
 * stays on it, drawn over it with its own name. Through the same grid of cells as the rest.
 * Returns the groups that remain.
 */
export function settle(
  groups: MarkerGroup[],
  radius: (group: MarkerGroup) => number,
  allowed: (group: MarkerGroup, at: Point) => boolean,
  reach: number,
): MarkerGroup[] {
  const order = new Map(groups.map((group, i) => [group, i]));
  const live = new Set(groups);
  const size = Math.max(8, ...groups.map(radius)) * 2 + 8;
  const grid = new Map<string, Set<MarkerGroup>>();
  const file = (group: MarkerGroup) => {
    const cell = cellOf(group.at, size);
    if (!grid.has(cell)) grid.set(cell, new Set());
    grid.get(cell)!.add(group);
  };
  const unfile = (group: MarkerGroup) => grid.get(cellOf(group.at, size))?.delete(group);
  groups.forEach(file);
  const around = (at: Point): MarkerGroup[] => {
    const found: MarkerGroup[] = [];
    for (const cell of neighbours(at, size)) for (const group of grid.get(cell) ?? []) found.push(group);
    return found;
  };
  const touching = (a: MarkerGroup, b: MarkerGroup, at = a.at) => Math.hypot(at[0] - b.at[0], at[1] - b.at[1]) < radius(a) + radius(b) + 1;
  const clearAt = (group: MarkerGroup, at: Point) => {
    for (const other of around(at)) if (other !== group && touching(group, other, at)) return false;
    return true;
  };
  // A group with no free spot around it is not searched again (the room around it hardly changes).
  const stuck = new Set<MarkerGroup>();
  const freeSpot = (group: MarkerGroup) => {
    if (stuck.has(group)) return undefined;
    const spot = nearestFreeSpot(group, reach, (at) => allowed(group, at) && clearAt(group, at));
    if (!spot) stuck.add(group);
    return spot;
  };
  const moveTo = (group: MarkerGroup, at: Point) => {
    unfile(group);
    group.at = at;
    file(group);
  };
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const a of groups) {
      if (!live.has(a)) continue;
      for (const b of around(a.at)) {
        if (b === a || !live.has(a) || !live.has(b) || !touching(a, b)) continue;
        const later = order.get(b)! > order.get(a)! ? b : a;
        const earlier = later === a ? b : a;
        // The later one yields, unless it is the important one.
        let [mover, stays] = later.alone && !earlier.alone ? [earlier, later] : [later, earlier];
        let spot = freeSpot(mover);
        // Where it has no room, the other moves (an important partner too: moved, it keeps a leader line to its place).
        if (!spot) {
          const other = freeSpot(stays);
          if (other) [mover, stays, spot] = [stays, mover, other];
        }
        if (spot) moveTo(mover, spot);
        else if (mover.country === stays.country && !mover.alone && !stays.alone) {
          stays.members = [...stays.members, ...mover.members];
          live.delete(mover);
          unfile(mover);
        } else continue;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return groups.filter((group) => live.has(group));
}

/** The nearest spot to `group.at` that `ok` accepts, on rings 3 px apart out to `reach` px (12 to 24 directions on each). */
function nearestFreeSpot(group: MarkerGroup, reach: number, ok: (at: Point) => boolean): Point | undefined {
  for (let ring = 3; ring <= reach; ring += 3) {
    const steps = Math.min(24, Math.max(12, Math.round(ring)));
    for (let k = 0; k < steps; k++) {
      const angle = (2 * Math.PI * k) / steps;
      const at: Point = [group.at[0] + ring * Math.cos(angle), group.at[1] + ring * Math.sin(angle)];
      if (ok(at)) return at;
    }
  }
  return undefined;
}
