/**
 * A value worked out from the page's state that, when heavy, is worked out again in a task of
 * its own, the previous value kept meanwhile (a language switch on a 2,000-event file lays the
 * timeline out after the page's words have changed, not in the same stretch). The first value
 * is worked out at once; `heavy` says whether this one is worth the wait (a small file's value
 * is always worked out at once, so it is never stale).
 */
import { untrack } from 'svelte';

/**
 * A step that may be put off to a task of its own, for an effect: `putOff(wanted)` reads this
 * turn (so the effect runs again when it comes) and, when `wanted` and this run is not the one
 * that waited, schedules the next task and returns its cancel; else undefined: do the work now.
 */
export class TaskTurn {
  #turn = $state(0);
  /** This run is the task the step waited for. */
  #due = false;

  putOff(wanted: boolean): (() => void) | undefined {
    void this.#turn;
    if (this.#due || !wanted) {
      this.#due = false;
      return undefined;
    }
    const timer = setTimeout(() => {
      this.#due = true;
      this.#turn++;
    });
    return () => clearTimeout(timer);
  }
}

export interface Later<T> {
  readonly current: T;
}

/** `inputs` names every piece of state `compute` reads; it is worked out again when one changes. */
export function later<T>(inputs: () => unknown, compute: () => T, heavy: () => boolean): Later<T> {
  let current = $state.raw<T>(untrack(compute));
  const turn = new TaskTurn();
  let first = true;
  $effect.pre(() => {
    inputs();
    if (first) {
      first = false;
      return;
    }
    const cancel = turn.putOff(untrack(heavy));
    if (cancel) return cancel;
    current = untrack(compute);
  });
  return {
    get current() {
      return current;
    },
  };
}
