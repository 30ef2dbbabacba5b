/**
 * Views come onto the page one after another, each below the last. A view that is not laid out
 * as it mounts (the map waits a moment for its geometry) says so, and says when it is in; the
 * next view is mounted only then, so nothing already on the page is pushed down.
 */
import { getContext, setContext } from 'svelte';

const ARRIVALS_CONTEXT = Symbol('view arrivals');

export class ViewArrivals {
  #pending = new Map<string, { promise: Promise<void>; resolve: () => void }>();

  /** A view, as it mounts: it will be laid out later. */
  later(view: string): void {
    if (this.#pending.has(view)) return;
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    this.#pending.set(view, { promise, resolve });
  }

  /** The view is laid out. */
  arrived(view: string): void {
    this.#pending.get(view)?.resolve();
    this.#pending.delete(view);
  }

  /** Resolves when the view is in: at once for one that never said `later`, else at most after `limitMs`. */
  whenIn(view: string, limitMs = 1000): Promise<void> {
    const pending = this.#pending.get(view);
    if (!pending) return Promise.resolve();
    return Promise.race([pending.promise, new Promise<void>((done) => setTimeout(done, limitMs))]);
  }
}

export function setArrivalsContext(arrivals: ViewArrivals): ViewArrivals {
  return setContext(ARRIVALS_CONTEXT, arrivals);
}

/** The page's arrivals; undefined where a view is drawn alone (tests, presentation). */
export function getArrivalsContext(): ViewArrivals | undefined {
  return getContext<ViewArrivals | undefined>(ARRIVALS_CONTEXT);
}
