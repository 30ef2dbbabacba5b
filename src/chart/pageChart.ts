/** The page's text measure (canvas metrics), made once. */
import { measureFor, type TextMeasure } from './measure';

let measure: TextMeasure | undefined;

export function pageMeasure(): TextMeasure {
  return (measure ??= measureFor(typeof document === 'undefined' ? undefined : document));
}
