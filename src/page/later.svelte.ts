/**
 * A value worked out from the page's state that, when heavy, is worked out again in a task of
 * its own, the previous value kept meanwhile (a language switch on a 2,000-event file lays the
 * timeline out after the page's words have changed, not in the same stretch). The first value
 * is worked out at once; `heavy` says whether this one is worth the wait (a small file's value
 * is always worked out at once, so it is never stale).
 */
import { untrack } from 'svelte';

export interface Later<T> {
  readonly current: T;
}

/** `inputs` names every piece of state `compute` reads; it is worked out again when one changes. */
export function later<T>(inputs: () => unknown, compute: () => T, heavy: () => boolean): Later<T> {
  let current = $state.raw<T>(untrack(compute));
  let turn = $state(0);
  let first = true;
  /** This run is the task of its own the heavy value waited for. */
  let due = false;
  $effect.pre(() => {
    inputs();
    void turn;
    if (first) {
      first = false;
      return;
    }
    if (untrack(heavy) && !due) {
      const timer = setTimeout(() => {
        due = true;
        turn++;
      });
      return () => clearTimeout(timer);
    }
    due = false;
    current = untrack(compute);
  });
  return {
    get current() {
      return current;
    },
  };
}
