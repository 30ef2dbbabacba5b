/**
 * What the reader has picked, shared by the views: a partner (set on the map, kept in
 * `?partner=`) and an event (set on the timeline, shown on the map).
 */
import { getContext, setContext } from 'svelte';

export class Selection {
  partner = $state<string | undefined>();
  event = $state<string | undefined>();
}

/** Exported for component tests, which hand contexts to `render`. */
export const SELECTION_CONTEXT = Symbol('selection');

export function setSelectionContext(selection: Selection): Selection {
  return setContext(SELECTION_CONTEXT, selection);
}

export function getSelectionContext(): Selection {
  return getContext<Selection>(SELECTION_CONTEXT);
}
