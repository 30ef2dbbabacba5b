/**
 * Heading levels inside a view, from the view's own: on the page a view is `h2` (its name),
 * its chart's title `h3` and what is inside (a key, a country's panel) `h4`, `h5`; an embed
 * is the chart alone, so its title is the one `h1` and what is inside it `h2`, `h3`.
 */
import { getContext, setContext } from 'svelte';

const HEADING_BASE = Symbol('heading base');

/** The level of the headings directly inside this view's figure. */
export function setInnerHeadingLevel(level: number): void {
  setContext(HEADING_BASE, level);
}

/** `h4` on the page (`h2` in an embed), one deeper per `depth`. */
export function innerHeading(depth = 0): `h${1 | 2 | 3 | 4 | 5 | 6}` {
  const base = getContext<number | undefined>(HEADING_BASE) ?? 4;
  return `h${Math.min(6, base + depth) as 1 | 2 | 3 | 4 | 5 | 6}`;
}
