import { describe, expect, test } from 'vitest';
import { PageScheduler } from './scheduler.svelte';

/** Tasks the test hands out one by one, so what happens in each is seen. */
function tasks() {
  const queued: (() => void)[] = [];
  return {
    next: () => new Promise<void>((done) => queued.push(done)),
    run: async () => {
      queued.shift()?.();
      // Let the awaiting code run up to its next wait.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get waiting() {
      return queued.length;
    },
  };
}

describe('the page scheduler', () => {
  test('mounts one view per task, the next only once the one before says it is in or failed, and ends when all have', async () => {
    const scheduler = new PageScheduler();
    const clock = tasks();
    const begun: number[] = [];
    let ended: boolean | undefined;
    void scheduler.start(['map', 'budget', 'timeline'], clock.next, () => begun.push(scheduler.mounted)).then((all) => (ended = all));
    expect(scheduler.mounted).toBe(0);
    await clock.run();
    expect(scheduler.mounted).toBe(1);
    expect(begun).toEqual([0]);
    // The map has not said a word: no task is asked for, however long.
    await clock.run();
    expect([scheduler.mounted, clock.waiting]).toEqual([1, 0]);
    scheduler.reporter('map').in();
    await clock.run();
    await clock.run();
    expect(scheduler.mounted).toBe(2);
    scheduler.reporter('budget').failed();
    await clock.run();
    await clock.run();
    expect(scheduler.mounted).toBe(3);
    expect(ended).toBe(undefined);
    expect(scheduler.allIn).toBe(false);
    scheduler.reporter('timeline').in();
    await clock.run();
    expect(ended).toBe(true);
    expect(scheduler.allIn).toBe(true);
  });

  test('a view placed but still waiting for its chart lets the next one come below it; the take-over still waits for it', async () => {
    const scheduler = new PageScheduler();
    const clock = tasks();
    let ended: boolean | undefined;
    void scheduler.start(['map', 'budget'], clock.next).then((all) => (ended = all));
    await clock.run();
    scheduler.reporter('map').placed();
    await clock.run();
    await clock.run();
    expect(scheduler.mounted).toBe(2);
    scheduler.reporter('budget').in();
    await clock.run();
    expect([ended, scheduler.allIn]).toEqual([undefined, false]);
    scheduler.reporter('map').in();
    await clock.run();
    expect([ended, scheduler.allIn]).toEqual([true, true]);
  });

  test('a view\'s first word counts; a word said before the view is waited for is heard', async () => {
    const scheduler = new PageScheduler();
    const clock = tasks();
    void scheduler.start(['budget'], clock.next);
    const report = scheduler.reporter('budget');
    report.failed();
    report.in();
    expect(await scheduler.outcome('budget')).toBe('failed');
  });

  test('started again (another project), a run under way never ends, and a word from a view of the last run is not heard', async () => {
    const scheduler = new PageScheduler();
    const clock = tasks();
    const ends: boolean[] = [];
    void scheduler.start(['map', 'budget'], clock.next).then((all) => ends.push(all));
    await clock.run();
    const oldMap = scheduler.reporter('map');
    scheduler.stop();
    void scheduler.start(['map', 'budget'], clock.next).then((all) => ends.push(all));
    oldMap.in();
    await clock.run();
    await clock.run();
    expect(ends).toEqual([]);
    expect(scheduler.mounted).toBe(1);
    scheduler.reporter('map').in();
    await clock.run();
    await clock.run();
    scheduler.reporter('budget').in();
    await clock.run();
    expect(ends).toEqual([true]);
  });
});
