import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterNextPaint, beginTask, overBudget, taskTime, TASK_BUDGET_MS } from './tasks';

describe('sharing the main thread', () => {
  afterEach(() => vi.useRealTimers());

  test("a task's clock starts at its first question and stops with the task", () => {
    vi.useFakeTimers();
    expect(taskTime(1000)).toBe(0);
    expect(taskTime(1030)).toBe(30);
    // The next task asks afresh.
    vi.runAllTimers();
    expect(taskTime(5000)).toBe(0);
  });

  test('the page starting its own step sets the clock there', () => {
    vi.useFakeTimers();
    beginTask(200);
    expect(taskTime(260)).toBe(60);
    beginTask(300);
    expect(taskTime(310)).toBe(10);
    vi.runAllTimers();
  });

  test('work past the budget waits for the next task', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    beginTask();
    expect(overBudget()).toBe(false);
    vi.advanceTimersByTime(TASK_BUDGET_MS + 1);
    // (Advancing fake time ran the reset; this is a question in a new task.)
    beginTask(performance.now() - TASK_BUDGET_MS - 1);
    expect(overBudget()).toBe(true);
    expect(overBudget(TASK_BUDGET_MS * 2)).toBe(false);
  });

  test('work after the next paint waits for the frame, then for a task of its own; it can be called off', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => (frames[handle - 1] = () => {}));
    const done: string[] = [];
    afterNextPaint(() => done.push('redrawn'));
    const cancel = afterNextPaint(() => done.push('called off'));
    cancel();
    vi.runAllTimers();
    expect(done).toEqual([]);
    for (const frame of frames) frame(0);
    expect(done).toEqual([]);
    vi.runAllTimers();
    expect(done).toEqual(['redrawn']);
    // Waiting for the frame to settle: the work comes that long after the frame.
    afterNextPaint(() => done.push('settled'), 100);
    frames.at(-1)!(0);
    vi.advanceTimersByTime(99);
    expect(done).toEqual(['redrawn']);
    vi.advanceTimersByTime(1);
    expect(done).toEqual(['redrawn', 'settled']);
    done.splice(1);
    // A hidden tab paints nothing: the work comes after the current task.
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    afterNextPaint(() => done.push('hidden'));
    vi.runAllTimers();
    expect(done).toEqual(['redrawn', 'hidden']);
    vi.unstubAllGlobals();
  });
});
