/**
 * What every chart's spec takes besides the project: the words (language, dictionary,
 * formats), the day, what the reader has picked, and the size, theme and text measure it is
 * drawn for. The same inputs draw a chart on the page, in Node, in an embed or on a slide.
 */
import type { Dictionary } from '../i18n/en';
import type { Formats } from '../i18n/format';
import type { Language } from '../i18n/language';
import type { IsoDate } from '../data/dates';
import type { Project } from '../data/schema';
import type { TextMeasure } from './measure';
import type { Theme } from './theme';

export interface ChartWords {
  lang: Language;
  t: Dictionary;
  f: Formats;
  /** The viewer's calendar day (status, today line). */
  today: IsoDate;
  /** A partner chosen on the map, an event chosen on the timeline. */
  selection?: { partner?: string; event?: string };
}

export interface ChartSize {
  width: number;
  /** Omitted: the chart takes the height it needs at this width (the page). */
  height?: number;
  theme: Theme;
  measure: TextMeasure;
  /** Title, legend and source line inside the SVG (exports, embeds, presentation). */
  framed?: boolean;
  /** No background rect. */
  transparent?: boolean;
  /** Framed without title and source line: a slide carries them as its own, editable text. */
  bare?: boolean;
  /** The body type size when framed; the title is 1.6 times it. Default: by the size (typeScale). */
  fontSize?: number;
}

/** Every spec gives what its marks mean, by key, line by line: the tooltip shows the lines, the accessible name joins them. */
export interface Described {
  describe(key: string): string[];
}

/**
 * "Source: interregeurope.eu, kohesio.ec.europa.eu · data as of 2 Oct 2024": the sites the
 * view's figures come from, and the newest date a source was published or read.
 */
export function sourceLine(project: Project, sourceIds: readonly string[], words: Pick<ChartWords, 't' | 'f'>): string {
  const wanted = new Set(sourceIds);
  const sources = project.sources.filter((s) => wanted.size === 0 || wanted.has(s.id));
  const publishers = [...new Set((sources.length > 0 ? sources : project.sources).map((s) => hostOf(s.url)))].join(', ');
  const dates = project.sources.flatMap((s) => [s.accessed, s.published].filter((d): d is string => d !== undefined)).sort();
  const asOf = dates.at(-1);
  return asOf ? words.t.chart.source(publishers, words.f.date(asOf)) : words.t.chart.sourceUndated(publishers);
}

/** The sources a view's figures come from. */
export function viewSourceIds(view: 'map' | 'budget' | 'timeline', project: Project): string[] {
  if (view === 'budget') return project.budget.sources;
  if (view === 'map') return project.partners.flatMap((p) => p.sources ?? []);
  return [...(project.schedule.sources ?? []), ...(project.events ?? []).flatMap((e) => e.sources ?? [])];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
