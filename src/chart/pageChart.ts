/** The page's text measure (canvas metrics), made once. */
import { measureFor, type TextMeasure } from './measure';

let measure: TextMeasure | undefined;

/**
 * The width a chart on the page will most likely get, before its host is measured: the page's
 * content width (72 rem wide at most, 1 rem padding each side). Specs are worked out once at it, and
 * again only if the host turns out different.
 */
export function expectedChartWidth(minWidth = 0): number {
  const page = typeof document === 'undefined' ? 1280 : document.documentElement.clientWidth;
  const rem = typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.max(minWidth, Math.round(Math.min(page, 72 * rem) - 2 * rem));
}

export function pageMeasure(): TextMeasure {
  return (measure ??= measureFor(typeof document === 'undefined' ? undefined : document));
}
