import { describe, expect, test } from 'vitest';
import { nearScreen, NEAR_SCREEN } from './drawnViews';

describe('a view near the screen', () => {
  const screen = { scrollY: 1000, innerHeight: 800 };
  const margin = screen.innerHeight * NEAR_SCREEN;
  test('on the screen, or within a quarter of a screen below or above it', () => {
    expect(nearScreen({ top: 1200, bottom: 1500 }, screen)).toBe(true);
    expect(nearScreen({ top: 1800 + margin - 1, bottom: 2500 }, screen)).toBe(true);
    expect(nearScreen({ top: 0, bottom: 1000 - margin + 1 }, screen)).toBe(true);
    // A view taller than the screen, around it.
    expect(nearScreen({ top: 500, bottom: 3000 }, screen)).toBe(true);
  });
  test('further away it is not', () => {
    expect(nearScreen({ top: 1800 + margin, bottom: 2500 }, screen)).toBe(false);
    expect(nearScreen({ top: 0, bottom: 1000 - margin }, screen)).toBe(false);
  });
});
