import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import LaterValue from '../../test/components/LaterValue.svelte';

describe('a heavy value worked out again in a task of its own', () => {
  afterEach(() => vi.useRealTimers());

  test('the first value is there at once, heavy or not', () => {
    const { container } = render(LaterValue, { input: 1, heavy: true });
    expect(container.textContent).toBe('worked out from 1');
  });

  test('a light value follows its input at once', async () => {
    const { container, rerender } = render(LaterValue, { input: 1, heavy: false });
    await rerender({ input: 2, heavy: false });
    expect(container.textContent).toBe('worked out from 2');
  });

  test('a heavy value keeps the previous one until its own task comes', async () => {
    vi.useFakeTimers();
    const { container, rerender } = render(LaterValue, { input: 1, heavy: true });
    await rerender({ input: 2, heavy: true });
    expect(container.textContent).toBe('worked out from 1');
    vi.runAllTimers();
    flushSync();
    expect(container.textContent).toBe('worked out from 2');
  });
});
