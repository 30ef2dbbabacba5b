/**
 * A long list shown a part at a time: the first rows at once, then a batch more in each
 * following task, so a table of 2,000 events never holds the page for long (a task of its
 * own per batch; input and painting come in between). A list that fits in the first part
 * is shown whole at once, as before. Starts again when the list itself changes. Behind a
 * table's closed disclosure only the first rows are drawn; the rest come once it is opened.
 */

import { getContext, setContext } from 'svelte';

/** Rows shown with the view itself. */
export const FIRST_ROWS = 100;
/** Rows added per task after that (~20–40 ms of a long table's rows on a slow machine). */
export const MORE_ROWS = 200;

const DISCLOSURE = Symbol('table disclosure');

/** Whether the table's disclosure has been opened: the rows past the first are drawn only then. */
export interface TableDisclosure {
  readonly opened: boolean;
}

/** Set by the frame that holds a table behind a disclosure (ViewSection). */
export function setTableDisclosure(disclosure: TableDisclosure): void {
  setContext(DISCLOSURE, disclosure);
}

export interface ProgressiveList<T> {
  /** The rows to draw now: the first ones, growing to the whole list. */
  readonly shown: readonly T[];
}

/**
 * Call in a component's script: `const rows = progressive(() => events, () => locale.lang)`, then
 * `{#each rows.shown as row}`. `restartOn` names what else makes every row change (the language):
 * the rows come again a batch per task then too, instead of all being rewritten at once.
 */
export function progressive<T>(list: () => readonly T[], restartOn: () => unknown = () => undefined, first = FIRST_ROWS, batch = MORE_ROWS): ProgressiveList<T> {
  let count = $state(first);
  // Behind a closed disclosure nobody sees the rows: past the first ones, they wait until it is opened.
  const disclosure = getContext<TableDisclosure | undefined>(DISCLOSURE);
  $effect.pre(() => {
    restartOn();
    const length = list().length;
    count = first;
    if (length <= first || (disclosure && !disclosure.opened)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let next = first;
    const more = () => {
      next = Math.min(length, next + batch);
      count = next;
      timer = next < length ? setTimeout(more) : undefined;
    };
    timer = setTimeout(more);
    return () => clearTimeout(timer);
  });
  const shown = $derived(list().slice(0, count));
  return {
    get shown() {
      return shown;
    },
  };
}
