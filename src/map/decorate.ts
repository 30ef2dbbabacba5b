/**
 * The map's last stage, decorate: what is said around the marks once they are laid out. The
 * countries' fills (the lead's hatched as well as darker, WCAG 1.4.1; the highlighted partner's
 * outlined), the legend (only the entries this map has), and the key of partners shown by their
 * number, as the page lists it and as the picture draws it. Pure and cheap: made on every draw.
 */
import { textIn, textWithLang } from '../data/text';
import type { ChartPattern, FrameKey, LegendItem } from '../chart/frame';
import type { ChartWords } from '../chart/context';
import type { Theme } from '../chart/theme';
import type { Project } from '../data/schema';
import type { CountryFeature } from './geometry';
import { PAN_MARGIN, type MapScales } from './scales';
import type { CountryPartners, Placement } from './shape';

export interface CountryShape {
  key: string;
  /** Class names for the page's tests and styles: `country partner-country lead-country focus-country`. */
  className: string;
  pattern?: ChartPattern;
  iso?: string;
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

export interface KeyEntry {
  number: number;
  name: string;
  lead: boolean;
  /** The name's language, where it is not the page's. */
  lang?: string;
  /** Where the partner is drawn in a numbered group that had no room for its numbers: "one of 9 partners in the group near Valka". */
  group?: string;
}

/**
 * Every country of the geometry a reader can see in a box `width` × `height` px, filled by what it
 * holds: those wholly past the edges, further than a reader can pan (PAN_MARGIN), are not drawn.
 */
export function countryShapes(countries: readonly CountryFeature[], joined: ReadonlyMap<string, CountryPartners>, scales: MapScales, theme: Theme, { width, height }: { width: number; height: number }): CountryShape[] {
  const [left, top, right, bottom] = [-width * PAN_MARGIN, -height * PAN_MARGIN, width * (1 + PAN_MARGIN), height * (1 + PAN_MARGIN)];
  const seen = (country: CountryFeature) => {
    const [[x0, y0], [x1, y1]] = scales.bounds(country);
    return x1 >= left && x0 <= right && y1 >= top && y0 <= bottom;
  };
  return countries.filter(seen).map((country) => {
    const entry = joined.get(country.id);
    const iso = /^[A-Z]{2}$/.test(country.id) ? country.id : undefined;
    return {
      key: `country-${country.id}`,
      className: entry ? `country partner-country${entry.hasLead ? ' lead-country' : ''}${entry.hasFocus ? ' focus-country' : ''}` : 'country',
      iso,
      d: scales.outline(country),
      fill: entry ? (entry.hasLead ? theme.leadCountry : theme.partnerCountry) : theme.country,
      // The lead partner's country is hatched as well as darker (WCAG 1.4.1).
      pattern: entry?.hasLead ? ('hatch' as const) : undefined,
      stroke: entry?.hasFocus ? theme.focus : theme.countryStroke,
      strokeWidth: entry?.hasFocus ? 2.5 : 0.6,
    };
  });
}

export interface LegendHas {
  hasFocus: boolean;
  /** The placements of the partners drawn: the dashed marker's entry says what the dashed ones stand for. */
  placements: ReadonlySet<Placement>;
  hasClusters: boolean;
  hasEvents: boolean;
  hasLead: boolean;
}

/** Only the entries this map has. */
export function mapLegend(theme: Theme, words: ChartWords['t']['map']['legend'], has: LegendHas): LegendItem[] {
  return [
    { key: 'lead-country', label: words.leadCountry, symbol: { kind: 'rect', fill: theme.leadCountry, pattern: 'hatch' } },
    ...(has.hasFocus ? [{ key: 'focus-country', label: words.focusCountry, symbol: { kind: 'rect' as const, fill: theme.partnerCountry, stroke: theme.focus } }] : []),
    { key: 'partner-country', label: words.partnerCountry, symbol: { kind: 'rect', fill: theme.partnerCountry } },
    ...(has.hasLead ? [{ key: 'lead', label: words.lead, symbol: { kind: 'star' as const, fill: theme.leadMarker, stroke: theme.markerHalo } }] : []),
    { key: 'partner', label: words.partner, symbol: { kind: 'circle', fill: theme.marker, stroke: theme.markerHalo } },
    ...(approximateLabel(words, has.placements).map((label) => ({ key: 'approximate', label, symbol: { kind: 'circle' as const, fill: theme.markerHalo, stroke: theme.marker, dash: '2.5 2' } }))),
    ...(has.hasClusters ? [{ key: 'group', label: words.group, symbol: { kind: 'circle' as const, fill: theme.marker, stroke: theme.markerHalo } }] : []),
    ...(has.hasEvents ? [{ key: 'event', label: words.event, symbol: { kind: 'diamond' as const, fill: theme.eventPlace } }] : []),
  ];
}

/**
 * What the dashed marker stands for, by the placements drawn: a location marked approximate in the
 * file (its region or town), a partner with no location (drawn inside its country), or both. None
 * where every partner drawn is where the file puts it.
 */
function approximateLabel(words: ChartWords['t']['map']['legend'], placements: ReadonlySet<Placement>): string[] {
  const marked = placements.has('approximate');
  const countryOnly = placements.has('country');
  if (marked && countryOnly) return [words.approximateOrCountry];
  if (countryOnly) return [words.countryOnly];
  return marked ? [words.approximate] : [];
}

/** The partners shown by their number, in the file's order, with where a group had no room for their numbers. */
export function mapKey(project: Project, numbered: ReadonlySet<string>, inGroup: ReadonlyMap<string, string>, lang: ChartWords['lang']): KeyEntry[] {
  return project.partners.flatMap((p, i) =>
    numbered.has(p.id) ? [{ number: i + 1, name: textIn(p.name, lang), lang: textWithLang(p.name, lang, project.lang).lang, lead: p.role === 'lead', group: inGroup.get(p.id) }] : [],
  );
}

/** What the key says after a partner's name, in the page's language: "lead partner; one of 9 partners in the group near Valka". */
export function keyNote(entry: KeyEntry, t: ChartWords['t']): string | undefined {
  return [...(entry.lead ? [t.map.keyLead] : []), ...(entry.group ? [entry.group] : [])].join('; ') || undefined;
}

/** The picture's key of numbered partners, as the page's key says it. */
export function frameKey(key: readonly KeyEntry[], { t }: Pick<ChartWords, 't'>): FrameKey {
  return { title: t.map.keyTitle, entries: key.map((entry) => ({ number: entry.number, name: entry.name, lang: entry.lang, note: keyNote(entry, t) })), more: t.chart.keyMore, moreShort: t.chart.keyMoreShort };
}
