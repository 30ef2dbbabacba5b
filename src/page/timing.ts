/**
 * Performance marks for the benchmark (`npm run bench` reads them; readers never see them):
 * when the header and each chart first appear, and how long a tooltip takes from the pointer
 * or focus event to the frame that shows it. Names start with `dashboard:`.
 */
export const TIMING = {
  header: 'dashboard:header',
  chart: (view: string) => `dashboard:chart:${view}`,
  tooltip: 'dashboard:tooltip',
  /** The app is in charge: every view drawn and bound (and the page drawn at build time gone). */
  interactive: 'dashboard:interactive',
  /** index.html's drawing of the built-in page was kept on screen (scripts/prerender.ts). */
  prerendered: 'dashboard:prerendered',
} as const;

/** Marks `name` the first time only: a redraw (resize, language) is not a first appearance. */
export function markFirst(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

/** Measures from `start` (an event's timeStamp) to the next frame, the one that paints the change. */
export function measureToFrame(name: string, start: number): void {
  requestAnimationFrame(() => performance.measure(name, { start, end: performance.now() }));
}
