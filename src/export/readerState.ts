/**
 * The reader's state that a picture of a chart carries: a small module of its own, so the page's
 * slide panel and presentation mode can read it without loading the charts' drawing code.
 */
import type { Measure } from '../budget/shape';
import type { PageParameters } from '../page/parameters';

/**
 * What the reader has set up on the page, which a picture of a chart shows as the page does:
 * the partner opened and the event chosen (highlighted in every view), amounts or shares (the
 * budget), and whether the map shows its event places.
 */
export interface ReaderState {
  selection: { partner?: string; event?: string };
  measure: Measure;
  eventPlaces: boolean;
}

/** The reader's state as the page's address holds it. */
export function readerState(parameters: Pick<PageParameters, 'partner' | 'event' | 'measure' | 'places'>): ReaderState {
  return {
    selection: { partner: parameters.partner, event: parameters.event },
    measure: parameters.measure ?? 'amount',
    eventPlaces: parameters.places !== 'hidden',
  };
}

