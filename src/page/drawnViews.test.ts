import { describe, expect, test } from 'vitest';
import { nearScreen, nearScreenMargin, NEAR_SCREEN } from './drawnViews';

describe('a view near the screen, once the reader has scrolled', () => {
  const screen = { scrollY: 1000, innerHeight: 800 };
  const margin = screen.innerHeight * NEAR_SCREEN;
  const scrolled = { scrolled: true };
  const view = (top: number, bottom: number) => ({ top, bottom, chartTop: top + 150 });
  test('on the screen, or within a quarter of a screen below or above it', () => {
    expect(nearScreen(view(1200, 1500), screen, scrolled)).toBe(true);
    expect(nearScreen(view(1800 + margin - 1, 2500), screen, scrolled)).toBe(true);
    expect(nearScreen(view(0, 1000 - margin + 1), screen, scrolled)).toBe(true);
    // A view taller than the screen, around it.
    expect(nearScreen(view(500, 3000), screen, scrolled)).toBe(true);
  });
  test('further away it is not', () => {
    expect(nearScreen(view(1800 + margin, 2500), screen, scrolled)).toBe(false);
    expect(nearScreen(view(0, 1000 - margin), screen, scrolled)).toBe(false);
  });
  test('an observer watches the same margin', () => {
    expect(nearScreenMargin(view(1200, 1500), scrolled)).toBe(`${NEAR_SCREEN * 100}% 0px`);
  });
});

describe('a view on the first screen, before the reader scrolls', () => {
  const screen = { scrollY: 0, innerHeight: 900 };
  const first = { scrolled: false };
  test('is near once its chart is on the screen, not its heading alone', () => {
    // The desktop's map: its heading on the first screen, its chart below it.
    expect(nearScreen({ top: 833, chartTop: 984, bottom: 1900 }, screen, first)).toBe(false);
    expect(nearScreen({ top: 700, chartTop: 899, bottom: 1900 }, screen, first)).toBe(true);
    // No margin below the screen.
    expect(nearScreen({ top: 905, chartTop: 1000, bottom: 1900 }, screen, first)).toBe(false);
  });
  test('an observer of the view’s place watches the screen less the heading’s height at its foot', () => {
    expect(nearScreenMargin({ top: 833, chartTop: 984 }, first)).toBe('0px 0px -151px 0px');
    // A view drawn without a chart (one that failed) is near once its top is on the screen.
    expect(nearScreenMargin({ top: 833, chartTop: 833 }, first)).toBe('0px 0px 0px 0px');
  });
});
