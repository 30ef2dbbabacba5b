import { describe, expect, test } from 'vitest';
import { fitLinearTicks, placeLabels } from './ticks';
import { tableMeasure } from './measure';
import { formatsFor } from '../i18n/format';

const money = formatsFor('en-GB', 'EUR', 'long').compactMoney;

describe('axis ticks that fit', () => {
  test.each([
    { max: 1_637_941, width: 1200 },
    { max: 1_830_000, width: 1200 },
    { max: 10_000, width: 320 },
    { max: 50_000_000, width: 360 },
    { max: 83_500, width: 300 },
  ])('0 to $max over $width px: labels apart and inside', ({ max, width }) => {
    const ticks = fitLinearTicks(max, width, money, tableMeasure, 13, { left: 10, right: 10 });
    expect(ticks.values.length).toBeGreaterThan(0);
    const plot = width - ticks.marginLeft - ticks.marginRight;
    const boxes = ticks.values.map((v, i) => {
      const centre = ticks.marginLeft + (v / max) * plot;
      const w = tableMeasure(ticks.labels[i]!, 13);
      return [centre - w / 2, centre + w / 2] as const;
    });
    for (const [i, [left, right]] of boxes.entries()) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
      if (i > 0) expect(left).toBeGreaterThan(boxes[i - 1]![1]);
    }
  });
  test('a wider chart gets more ticks', () => {
    const narrow = fitLinearTicks(1_637_941, 360, money, tableMeasure, 13, { left: 10, right: 10 });
    const wide = fitLinearTicks(1_637_941, 1280, money, tableMeasure, 13, { left: 10, right: 10 });
    expect(wide.values.length).toBeGreaterThan(narrow.values.length);
  });
});

describe('labels along a line', () => {
  test('close labels are pushed apart, in order, inside the bounds', () => {
    const left = placeLabels([{ at: 100, width: 40, priority: 1 }, { at: 110, width: 40, priority: 1 }], 0, 300);
    expect(left[0]! + 40).toBeLessThan(left[1]!);
  });
  test('where there is no room, the lowest priority is dropped', () => {
    const left = placeLabels([{ at: 10, width: 50, priority: 2 }, { at: 20, width: 50, priority: 1 }], 0, 60);
    expect(left[0]).toBeDefined();
    expect(left[1]).toBeUndefined();
  });
  test('a label at the edge is pulled inside', () => {
    const [x] = placeLabels([{ at: 298, width: 40, priority: 1 }], 0, 300);
    expect(x).toBe(260);
  });
});
