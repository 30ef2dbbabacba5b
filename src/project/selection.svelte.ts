/**
 * What the reader has picked, shared by the views: a partner (set on the map, kept in the
 * page's address as `?partner=`) and an event (set on the timeline, shown on the map).
 */
import { getContext, setContext } from 'svelte';

export class Selection {
  #partner = $state<string | undefined>();
  #event = $state<string | undefined>();
  #store?: { partner?: string; event?: string };

  /** `store`: where the choices are kept (the page state); a selection of its own without one. */
  constructor(store?: { partner?: string; event?: string }) {
    this.#store = store;
  }

  get event(): string | undefined {
    return this.#store ? this.#store.event : this.#event;
  }

  set event(id: string | undefined) {
    if (this.#store) this.#store.event = id;
    else this.#event = id;
  }

  get partner(): string | undefined {
    return this.#store ? this.#store.partner : this.#partner;
  }

  set partner(id: string | undefined) {
    if (this.#store) this.#store.partner = id;
    else this.#partner = id;
  }
}

/** Exported for component tests, which hand contexts to `render`. */
export const SELECTION_CONTEXT = Symbol('selection');

export function setSelectionContext(selection: Selection): Selection {
  return setContext(SELECTION_CONTEXT, selection);
}

export function getSelectionContext(): Selection {
  return getContext<Selection>(SELECTION_CONTEXT);
}
