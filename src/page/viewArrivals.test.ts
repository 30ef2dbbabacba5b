import { describe, expect, test, vi } from 'vitest';
import { ViewArrivals } from './viewArrivals';

describe('views coming in one below the other', () => {
  test('a view that never said it comes later is in at once', async () => {
    await expect(new ViewArrivals().whenIn('budget')).resolves.toBeUndefined();
  });

  test('a view that comes later is waited for until it says it is in', async () => {
    const arrivals = new ViewArrivals();
    arrivals.later('map');
    let inside = false;
    const waiting = arrivals.whenIn('map').then(() => (inside = true));
    await Promise.resolve();
    expect(inside).toBe(false);
    arrivals.arrived('map');
    await waiting;
    expect(inside).toBe(true);
  });

  test('but never longer than the limit, so a view that fails does not hold the others back', async () => {
    vi.useFakeTimers();
    const arrivals = new ViewArrivals();
    arrivals.later('map');
    let inside = false;
    const waiting = arrivals.whenIn('map', 500).then(() => (inside = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(inside).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(inside).toBe(true);
    vi.useRealTimers();
  });
});
