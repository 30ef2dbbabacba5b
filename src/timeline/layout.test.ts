import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { layoutEvents, type EventPlacement } from './layout';
import { addDays, utcDate } from '../data/dates';
import type { Span } from './shape';
import { propertyRuns } from '../../test/runs';

const extent = { start: '2020-01-01', end: '2024-12-31' };

describe('event layout', () => {
  test('events far apart share one labelled row', () => {
    const events = [{ start: '2020-02-01', end: '2020-02-01' }, { start: '2022-06-01', end: '2022-06-02' }];
    expect(layoutEvents(events, extent, { plotWidth: 1000, labelWidth: () => 80 })).toMatchObject([
      { row: 0, labelled: true, side: 'right' },
      { row: 0, labelled: true, side: 'right' },
    ]);
  });

  test('a label that would run into the next event pushes it to the next row', () => {
    const events = [{ start: '2020-02-01', end: '2020-02-01' }, { start: '2020-03-01', end: '2020-03-01' }];
    expect(layoutEvents(events, extent, { plotWidth: 1000, labelWidth: () => 200 }).map((p) => p.row)).toEqual([0, 1]);
  });

  test('a busy project (120 events in 60 months) labels what fits and stays a few rows high', () => {
    const events = Array.from({ length: 120 }, (_, i) => {
      const start = addDays('2020-01-01', i * 15);
      return { start, end: start };
    });
    const placements = layoutEvents(events, extent, { plotWidth: 1000, labelWidth: () => 150 });
    expect(placements.some((p) => p.labelled)).toBe(true);
    expect(placements.some((p) => !p.labelled)).toBe(true);
    // Six rows may carry labels; the markers left over need only a couple more.
    expect(Math.max(...placements.map((p) => p.row))).toBeLessThan(9);
  });

  test('hundreds of events on one day stay within the row limit, spread evenly over the rows without labels', () => {
    const events = Array.from({ length: 500 }, () => ({ start: '2021-03-10', end: '2021-03-10' }));
    const placements = layoutEvents(events, extent, { plotWidth: 1000, labelWidth: () => 80, maxLabelledRows: 3 });
    const rows = placements.map((p) => p.row);
    expect(Math.max(...rows)).toBe(5);
    // The labelled rows hold only their labelled event: no marker is stacked over a label.
    for (const row of [0, 1, 2]) expect(placements.filter((p) => p.row === row).map((p) => p.labelled)).toEqual([true]);
    const perRow = [3, 4, 5].map((row) => rows.filter((r) => r === row).length);
    expect(Math.max(...perRow) - Math.min(...perRow)).toBeLessThanOrEqual(1);
  });

  test('near the right edge the label goes to the left of its marker', () => {
    const events = [{ start: '2024-12-20', end: '2024-12-20' }];
    const [placement] = layoutEvents(events, extent, { plotWidth: 1000, labelWidth: () => 150 });
    expect(placement).toMatchObject({ row: 0, labelled: true, side: 'left' });
    // The label ends left of the marker, inside the plot.
    expect(placement!.labelLeft).toBeGreaterThanOrEqual(0);
    expect(placement!.labelLeft! + 150).toBeLessThan(1000);
  });

  test('a label too long for either side is left out', () => {
    const events = [{ start: '2022-06-01', end: '2022-06-01' }];
    expect(layoutEvents(events, extent, { plotWidth: 300, labelWidth: () => 400 })).toEqual([{ row: 0, labelled: false, side: 'right' }]);
  });

  test('nothing overlaps within a row, labels included', () => {
    const events = Array.from({ length: 60 }, (_, i) => {
      const start = addDays('2020-01-01', (i * 37) % 1700);
      return { start, end: addDays(start, i % 3) };
    }).sort((a, b) => a.start.localeCompare(b.start));
    const width = () => 90;
    const placements = layoutEvents(events, extent, { plotWidth: 800, labelWidth: width, gap: 8 });
    const x = (date: string) => ((Date.parse(date) - Date.parse('2020-01-01')) / (Date.parse('2025-01-01') - Date.parse('2020-01-01'))) * 800;
    const spans = events.map((e, i) => {
      const from = x(e.start) - 7;
      const end = Math.max(x(addDays(e.end, 1)), from + 14);
      const p = placements[i]!;
      if (!p.labelled) return { from, to: end, row: p.row };
      return p.side === 'right' ? { from, to: end + 4 + 90, row: p.row } : { from: from - 4 - 90, to: end, row: p.row };
    });
    spans.forEach((a, i) => spans.forEach((b, j) => {
      if (i < j && a.row === b.row) expect(a.to + 8 <= b.from + 1e-6 || b.to + 8 <= a.from + 1e-6).toBe(true);
    }));
  });
});

test('where space is short, the more important event gets the label', () => {
  const events = [{ start: '2020-02-01', end: '2020-02-01' }, { start: '2020-02-10', end: '2020-02-10' }];
  const placements = layoutEvents(events, extent, { plotWidth: 1000, labelWidth: () => 200, priority: (i) => i, maxLabelledRows: 1 });
  expect(placements.map((p) => p.labelled)).toEqual([false, true]);
});

describe('event layout of a crowded schedule', () => {
  /**
   * The rule written plainly, for reference: every taken interval of a row checked for each
   * new one, every label measured. The layout must place exactly as this does, only faster.
   */
  function plainLayout(events: Span[], plotWidth: number, widths: number[], maxLabelledRows = 6, gap = 8, markerWidth = 14): EventPlacement[] {
    const maxRows = maxLabelledRows * 2;
    const x = scaleUtc().domain([utcDate(extent.start), utcDate(addDays(extent.end, 1))]).range([0, plotWidth]);
    const rows: { from: number; to: number }[][] = [];
    const free = (row: number, wanted: { from: number; to: number }) => (rows[row] ?? []).every((t) => t.to + gap <= wanted.from || wanted.to + gap <= t.from);
    const take = (row: number, interval: { from: number; to: number }) => (rows[row] ??= []).push(interval);
    return events.map((span, index) => {
      const from = x(utcDate(span.start)) - markerWidth / 2;
      const marker = { from, to: Math.max(x(utcDate(addDays(span.end, 1))), from + markerWidth) };
      const right = { from, to: marker.to + 4 + widths[index]! };
      const left = { from: from - 4 - widths[index]!, to: marker.to };
      const side = right.to <= plotWidth + gap ? 'right' : left.from >= 0 ? 'left' : undefined;
      const labelled = side === 'right' ? right : left;
      const labelRow = side !== undefined ? Array.from({ length: maxLabelledRows }, (_, row) => row).find((row) => free(row, labelled)) : undefined;
      if (side !== undefined && labelRow !== undefined) {
        take(labelRow, labelled);
        return { row: labelRow, labelled: true, side, labelLeft: side === 'right' ? marker.to + 4 : left.from };
      }
      let row = 0;
      while (row < maxRows && !free(row, marker)) row++;
      if (row === maxRows) {
        row = maxLabelledRows;
        for (let r = maxLabelledRows + 1; r < maxRows; r++) if ((rows[r]?.length ?? 0) < (rows[row]?.length ?? 0)) row = r;
        take(row, marker);
        return { row, labelled: false, side: 'right' as const, stacked: true as const };
      }
      take(row, marker);
      return { row, labelled: false, side: 'right' as const };
    });
  }
  const day = fc.integer({ min: 0, max: 1826 }).map((n) => addDays(extent.start, n));
  // Most events are one day; some last up to four years (wider than any row's index keeps by stretch).
  const event = fc.tuple(day, fc.integer({ min: 0, max: 1500 })).map(([start, days]) => ({ start, end: days > 1000 ? addDays(start, days - 1000) : days > 900 ? addDays(start, (days - 900) * 15) : start }));

  test('places every event as checking each against all others would, and measures only labels that may fit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(event, fc.integer({ min: 10, max: 400 })), { maxLength: 300 }), fc.integer({ min: 200, max: 1900 }), (drawn, plotWidth) => {
        const events = drawn.map(([span]) => span);
        const widths = drawn.map(([, width]) => width);
        let measured = 0;
        const placed = layoutEvents(events, extent, { plotWidth, labelWidth: (i) => (measured++, widths[i]!) });
        expect(placed).toEqual(plainLayout(events, plotWidth, widths));
        expect(measured).toBeLessThanOrEqual(events.length);
      }),
      { numRuns: propertyRuns(1000), seed: 14 },
    );
  });
});
