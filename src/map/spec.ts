/**
 * The map's spec: from a project, the country shapes, the words and a size to what its
 * marks need — country paths with their fills, partner markers (set apart where they share
 * a place) with their screen positions, event places, the legend and (standing alone) the
 * frame. Positions are at zoom 1; the page's zoom moves them without drawing anew.
 */
import { layoutFrame, typeScale, type Box, type FrameLayout, type LegendItem } from '../chart/frame';
import { sourceLine, type ChartSize, type ChartWords, type Described } from '../chart/context';
import type { Theme } from '../chart/theme';
import type { Project } from '../data/schema';
import { countryCentre, type CountryFeature } from './geometry';
import { eventPoints, frameExtent, partnerCountries, partnerPoints, sharesAPlace, spreadOverlaps, type CountryPartners, type PartnerPoint, type Point } from './shape';
import { mapHeight, mapScales } from './scales';
import { describeCountry, describeEventPlace, describePartner, mapSummary } from './describe';

export interface MapOptions {
  showEvents: boolean;
  /** Prefix of element ids, unique per chart on a page. */
  idPrefix: string;
}

export interface CountryShape {
  key: string;
  /** Class names for the page's tests and styles: `country partner-country lead-country focus-country`. */
  className: string;
  iso?: string;
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

export interface PartnerMarker {
  key: string;
  id: string;
  elementId: string;
  /** Where the marker is drawn, and the shared place it was set apart from. */
  at: Point;
  anchor?: Point;
  radius: number;
  fill: string;
  stroke: string;
  dash?: string;
  lead: boolean;
  selected: boolean;
  placement: PartnerPoint['placement'];
}

export interface EventPlace {
  key: string;
  id: string;
  at: Point;
  selected: boolean;
}

export interface MapSpec extends Described {
  width: number;
  height: number;
  theme: Theme;
  fontSize: number;
  box: Box;
  ariaLabel: string;
  title: string;
  summary: string;
  legend: LegendItem[];
  frame?: FrameLayout;
  countries: CountryShape[];
  partners: PartnerMarker[];
  /** Shared places that markers were set apart from. */
  groupAnchors: Point[];
  events: EventPlace[];
  joined: Map<string, CountryPartners>;
  /** Partners the map cannot place (overseas, or no shape for their country). */
  unplaced: Project['partners'];
  hasApproximate: boolean;
  hasGroups: boolean;
  transparent: boolean;
}

const MARKER_GAP = 18;

export function mapSpec(project: Project, countries: readonly CountryFeature[], words: ChartWords, size: ChartSize, options: MapOptions): MapSpec {
  const { t, f, lang } = words;
  const { theme } = size;
  const fontSize = size.framed ? typeScale(size.width, size.height) : 13;
  const joined = partnerCountries(project);
  const centres = new Map(countries.map((c) => [c.id, c]));
  const points = partnerPoints(project, (iso) => {
    const shape = centres.get(iso);
    return shape ? countryCentre(shape) : undefined;
  });
  const placedIds = new Set(points.map((p) => p.partner.id));
  const unplaced = project.partners.filter((p) => !placedIds.has(p.id));
  const eventList = eventPoints(project);
  const selection = words.selection ?? {};
  const summary = mapSummary(project, joined.size, t, f, lang);
  const title = t.map.title;
  const hasApproximate = points.some((p) => p.placement !== 'exact');
  const hasGroups = sharesAPlace(points);
  const legend = mapLegend(theme, t.map.legend, { hasFocus: project.focusPartner !== undefined, hasApproximate, hasGroups, hasEvents: eventList.length > 0 });

  let frame: FrameLayout | undefined;
  let box: Box;
  if (size.framed && size.height) {
    frame = layoutFrame({ title, subtitle: summary, legend, source: sourceLine(project, project.partners.flatMap((p) => p.sources ?? []), words) }, { width: size.width, height: size.height }, size.measure, fontSize);
    box = frame.plot;
  } else box = { x: 0, y: 0, width: size.width, height: size.height ?? mapHeight(size.width) };

  const scales = mapScales(frameExtent(points.map((p) => p.at)), box.width, box.height);
  const screen = points.map((p) => scales.toScreen(p.at));
  const spread = spreadOverlaps(screen, MARKER_GAP * (fontSize / 13));
  const scale = fontSize / 13;

  const countryShapes: CountryShape[] = countries.map((country) => {
    const entry = joined.get(country.id);
    const iso = /^[A-Z]{2}$/.test(country.id) ? country.id : undefined;
    return {
      key: `country-${country.id}`,
      className: entry ? `country partner-country${entry.hasLead ? ' lead-country' : ''}${entry.hasFocus ? ' focus-country' : ''}` : 'country',
      iso,
      d: scales.path(country) ?? '',
      fill: entry ? (entry.hasLead ? theme.leadCountry : theme.partnerCountry) : theme.country,
      stroke: entry?.hasFocus ? theme.focus : theme.countryStroke,
      strokeWidth: entry?.hasFocus ? 2.5 : 0.6,
    };
  });

  const partners: PartnerMarker[] = points.map((point, i) => {
    const lead = point.partner.role === 'lead';
    const exact = point.placement === 'exact';
    const marker = spread[i]!;
    return {
      key: `partner-${point.partner.id}`,
      id: point.partner.id,
      elementId: `${options.idPrefix}-partner-${point.partner.id}`,
      at: marker.at,
      anchor: marker.anchor,
      radius: (lead ? 8 : 6) * scale,
      fill: exact ? (lead ? theme.leadMarker : theme.marker) : theme.markerHalo,
      stroke: exact ? theme.markerHalo : theme.marker,
      dash: exact ? undefined : '2.5 2',
      lead,
      selected: selection.partner === point.partner.id,
      placement: point.placement,
    };
  });
  const groupAnchors = [...new Set(spread.flatMap((m) => (m.anchor ? [m.anchor] : [])))];

  const events: EventPlace[] = eventList
    .filter((e) => options.showEvents || e.event.id === selection.event)
    .map((e) => ({ key: `event-${e.event.id}`, id: e.event.id, at: scales.toScreen(e.at), selected: e.event.id === selection.event }));

  function describe(key: string): string[] {
    if (key.startsWith('partner-')) {
      const point = points.find((p) => `partner-${p.partner.id}` === key);
      return point ? describePartner(point.partner, point.placement, t, f, lang) : [];
    }
    if (key.startsWith('event-')) {
      const place = eventList.find((e) => `event-${e.event.id}` === key);
      return place ? describeEventPlace(place.event, t, f, lang) : [];
    }
    if (key.startsWith('country-')) {
      const iso = key.slice('country-'.length);
      return /^[A-Z]{2}$/.test(iso) ? describeCountry(iso, joined.get(iso), t, f, lang) : [];
    }
    return [];
  }

  return {
    width: size.width,
    height: size.height ?? box.height,
    theme,
    fontSize,
    box,
    ariaLabel: t.map.label(summary),
    title,
    summary,
    legend,
    frame,
    countries: countryShapes,
    partners,
    groupAnchors,
    events,
    joined,
    unplaced,
    hasApproximate,
    hasGroups,
    transparent: size.transparent ?? !size.framed,
    describe,
  };
}

/** Only the entries this map has. */
function mapLegend(theme: Theme, words: ChartWords['t']['map']['legend'], has: { hasFocus: boolean; hasApproximate: boolean; hasGroups: boolean; hasEvents: boolean }): LegendItem[] {
  return [
    { key: 'lead-country', label: words.leadCountry, symbol: { kind: 'rect', fill: theme.leadCountry } },
    ...(has.hasFocus ? [{ key: 'focus-country', label: words.focusCountry, symbol: { kind: 'rect' as const, fill: theme.partnerCountry, stroke: theme.focus } }] : []),
    { key: 'partner-country', label: words.partnerCountry, symbol: { kind: 'rect', fill: theme.partnerCountry } },
    { key: 'other-country', label: words.otherCountry, symbol: { kind: 'rect', fill: theme.country, stroke: theme.countryStroke } },
    { key: 'lead', label: words.lead, symbol: { kind: 'circle', fill: theme.leadMarker, stroke: theme.markerHalo } },
    { key: 'partner', label: words.partner, symbol: { kind: 'circle', fill: theme.marker, stroke: theme.markerHalo } },
    ...(has.hasApproximate ? [{ key: 'approximate', label: words.approximate, symbol: { kind: 'circle' as const, fill: theme.markerHalo, stroke: theme.marker, dash: '2.5 2' } }] : []),
    ...(has.hasGroups ? [{ key: 'group', label: words.group, symbol: { kind: 'circle' as const, fill: theme.marker, stroke: theme.markerHalo } }] : []),
    ...(has.hasEvents ? [{ key: 'event', label: words.event, symbol: { kind: 'diamond' as const, fill: theme.eventPlace } }] : []),
  ];
}
