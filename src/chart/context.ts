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
  /** Laid out for paper: nothing to point at, so rows are as dense as their words allow. */
  paper?: boolean;
  /**
   * On the page, the width a reader sees of a chart drawn wider than its box and scrolled sideways
   * (a phone): a column pinned at its left edge takes its share of this, not of the drawn width.
   */
  seenWidth?: number;
  /** Framed with the EU emblem and these words under the source line (a presenter's choice). */
  acknowledgement?: { statement: string; fund?: string };
}

/** Every spec gives what its marks mean, by key, line by line: the tooltip shows the lines, the accessible name joins them. */
export interface Described {
  describe(key: string): string[];
}

/**
 * "Source: interregeurope.eu, kohesio.ec.europa.eu · checked 26 Nov 2026": the sites the view's
 * figures come from, and when they were last checked (the file's `checked`), else the newest
 * date a source was published or read ("data as of …"). A date older than what the file says
 * has already happened (an actual end, a past event) is not given: it would date the facts
 * before they were known.
 */
export function sourceLine(project: Project, sourceIds: readonly string[], words: Pick<ChartWords, 't' | 'f' | 'today'>): string {
  const wanted = new Set(sourceIds);
  const sources = project.sources.filter((s) => wanted.size === 0 || wanted.has(s.id));
  const publishers = [...new Set((sources.length > 0 ? sources : project.sources).map((s) => hostOf(s.url)))].join(', ');
  const asOf = dataAsOf(project, words.today);
  if (!asOf) return words.t.chart.sourceUndated(publishers);
  return asOf.checked ? words.t.chart.sourceChecked(publishers, words.f.date(asOf.date)) : words.t.chart.source(publishers, words.f.date(asOf.date));
}

/**
 * When the file's figures stand: its `checked` date, else its newest dated source; undefined
 * where that date is older than the newest thing the file says has happened by `today`.
 */
export function dataAsOf(project: Project, today: IsoDate): { date: IsoDate; checked: boolean } | undefined {
  const dated = project.sources.flatMap((s) => [s.accessed, s.published].filter((d): d is string => d !== undefined)).sort();
  const asOf = project.checked ? { date: project.checked, checked: true } : dated.length > 0 ? { date: dated.at(-1)!, checked: false } : undefined;
  if (!asOf) return undefined;
  const happened = [
    project.schedule.actual?.start,
    project.schedule.actual?.end,
    ...(project.phases ?? []).flatMap((phase) => [phase.actual?.start, phase.actual?.end]),
    ...(project.events ?? []).flatMap((event) => [event.start, event.end]),
  ].filter((d): d is string => d !== undefined && d <= today);
  const newest = happened.sort().at(-1);
  return newest !== undefined && newest > asOf.date ? undefined : asOf;
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
