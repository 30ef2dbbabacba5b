/**
 * Charts laid out for a slide: each view drawn framed (title, legend, source line inside) at a
 * slide's size, with the words a slide needs around the picture — its title, the summary
 * sentence (speaker notes) and a description (the picture's alt text). Pure: the same code
 * runs in the browser (downloads, the deck, presentation mode) and in Node (`npm run export`).
 */
import type { Project } from '../data/schema';
import type { ChartSize, ChartWords } from '../chart/context';
import type { CountryFeature } from '../map/geometry';
import { mapSpec } from '../map/spec';
import { renderMap } from '../map/render';
import { budgetSpec } from '../budget/spec';
import { renderBudget } from '../budget/render';
import { timelineSpec } from '../timeline/spec';
import { renderTimeline } from '../timeline/render';
import { prepareProject } from '../project/prepared';
import { budgetSummary, budgetSummaryWords } from '../budget/summary';
import { timelineSummary } from '../timeline/summary';
import { plainText } from '../chart/phrase';
import { readerState, type ReaderState } from './readerState';
import type { SlideView } from './sizes';

export { SLIDE_SIZES, SLIDE_VIEWS, type SlideView } from './sizes';
export { readerState, type ReaderState } from './readerState';

/**
 * Presentation mode's body type: 30 px at 1080 p (headline 48 px), in proportion to the screen's
 * height, so a 1280 × 720 projector shows the layout of a 1920 × 1080 one (20 px; a fixed floor of
 * 24 px had shrunk the map to a third of the screen there), never under 16 px.
 */
export const presentationFontSize = (screenHeight: number): number => Math.max(16, Math.round((screenHeight * 30) / 1080));

/** The height of presentation mode's help bar under the chart. */
export const PRESENTATION_FOOTER = 40;

export interface SlideChart {
  view: SlideView;
  /** The chart's title: its finding. */
  title: string;
  /** "Source: … · checked …". */
  source: string;
  /** The summary sentence(s): what a presenter says (speaker notes). */
  summary: string;
  /** What the picture shows, for its alt text. */
  description: string;
  svg: SVGSVGElement;
}

export interface SlideInputs {
  project: Project;
  words: ChartWords;
  /** Europe's countries, for the map. */
  countries: CountryFeature[];
  document: Document;
  /** What the reader has set up on the page; a picture without one shows the chart as it first opens. */
  reader?: ReaderState;
}

const OPENING_STATE: ReaderState = readerState({});

/** One view drawn framed at `size` (its width and height are the slide's). */
export function slideChart(view: SlideView, size: ChartSize & { height: number }, inputs: SlideInputs): SlideChart {
  return { ...drawn(view, size, inputs), source: prepareProject(inputs.project, inputs.words).source[view] };
}

function drawn(view: SlideView, size: ChartSize & { height: number }, { project, words: pageWords, countries, document, reader = OPENING_STATE }: SlideInputs): Omit<SlideChart, 'source'> {
  const framed = { ...size, framed: true };
  const words = { ...pageWords, selection: reader.selection };
  const { t } = words;
  const prepared = prepareProject(project, words);
  if (view === 'map') {
    const spec = mapSpec(project, countries, words, framed, { showEvents: reader.eventPlaces, idPrefix: 'slide-map' });
    return finish(view, spec.title, spec.summary, `${t.map.label(spec.summary).split('. ')[0]}. ${spec.summary}`, renderMap(spec, { document }));
  }
  if (view === 'budget') {
    const spec = budgetSpec(project, words, framed, { measure: reader.measure, panels: 'both' });
    const summary = plainText(budgetSummaryWords(budgetSummary(prepared)));
    return finish(view, spec.title, summary, `${spec.ariaLabel}. ${summary}`, renderBudget(spec, { document }));
  }
  const spec = timelineSpec(project, words, framed);
  const summary = plainText(timelineSummary(prepared));
  return finish(view, spec.title, summary, `${t.timeline.chartLabel}. ${summary}`, renderTimeline(spec, { document }));
}

function finish(view: SlideView, title: string, summary: string, description: string, svg: SVGSVGElement): Omit<SlideChart, 'source'> {
  return { view, title, summary, description, svg };
}
