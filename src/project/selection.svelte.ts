/**
 * What the reader has picked, shared by the views: a partner (set on the map, kept in
 * `?partner=`) and an event (set on the timeline, shown on the map).
 */
import { getContext, setContext } from 'svelte';

export class Selection {
  partner = $state<string | undefined>();
  event = $state<string | undefined>();
}

const KEY = Symbol('selection');

export function setSelectionContext(selection: Selection): Selection {
  return setContext(KEY, selection);
}

export function getSelectionContext(): Selection {
  return getContext<Selection>(KEY);
}
