import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import LongList from '../../test/components/LongList.svelte';
import DisclosedList from '../../test/components/DisclosedList.svelte';
import { FIRST_ROWS, MORE_ROWS } from './progressive.svelte';

describe('a long list shown a part at a time', () => {
  afterEach(() => vi.useRealTimers());

  test('shows the first rows at once, then a batch more in each following task, until all are shown', () => {
    vi.useFakeTimers();
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const { container } = render(LongList, { items, lang: 'en' });
    const count = () => container.querySelectorAll('li').length;
    expect(count()).toBe(FIRST_ROWS);
    vi.advanceTimersToNextTimer();
    flushSync();
    expect(count()).toBe(FIRST_ROWS + MORE_ROWS);
    vi.runAllTimers();
    flushSync();
    expect(count()).toBe(1000);
    expect(container.querySelector('li:last-child')?.textContent).toBe('en:999');
  });

  test('a short list is shown whole at once', () => {
    const { container } = render(LongList, { items: [1, 2, 3], lang: 'en' });
    expect(container.querySelectorAll('li').length).toBe(3);
  });

  test('another language starts again from the first rows, in the new language', async () => {
    vi.useFakeTimers();
    const items = Array.from({ length: 600 }, (_, i) => i);
    const { container, rerender } = render(LongList, { items, lang: 'en' });
    vi.runAllTimers();
    flushSync();
    expect(container.querySelectorAll('li').length).toBe(600);
    await rerender({ items, lang: 'lv' });
    flushSync();
    expect(container.querySelectorAll('li').length).toBe(FIRST_ROWS);
    expect(container.querySelector('li')?.textContent).toBe('lv:0');
    vi.runAllTimers();
    flushSync();
    expect([...container.querySelectorAll('li')].every((li) => li.textContent?.startsWith('lv:'))).toBe(true);
    expect(container.querySelectorAll('li').length).toBe(600);
  });

  test('behind a closed disclosure only the first rows are drawn; the rest come once it is opened', async () => {
    vi.useFakeTimers();
    const items = Array.from({ length: 700 }, (_, i) => i);
    const { container, rerender } = render(DisclosedList, { items, opened: false });
    vi.runAllTimers();
    flushSync();
    expect(container.querySelectorAll('li').length).toBe(FIRST_ROWS);
    await rerender({ items, opened: true });
    vi.runAllTimers();
    flushSync();
    expect(container.querySelectorAll('li').length).toBe(700);
  });
});
