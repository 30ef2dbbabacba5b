/**
 * The map's model: from a project, the country shapes, the words, a size (page, picture, slide,
 * print) and the reader's state (zoom, events shown, chosen partner and event) to everything
 * the map says and draws. It runs the layout's stages, each in its own module, memoised on its
 * own inputs and tested alone: place (partners and event places on the plane, `place.ts`), fit
 * and markers (framed at the zoom; clustered and kept apart inside their countries,
 * `markers.ts`), event places (clear of the markers, `eventPlaces.ts`), labels (partners by name
 * or number, countries by name, `labelling.ts`) and decorate (fills, legend, key,
 * `decorate.ts`); here the marks get their words (names, descriptions) and, standing alone,
 * the frame around them. The page and the picture draw what this returns.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { textIn, textWithLang } from '../data/text';
import { isoCountry } from '../data/countries';
import { frameWords, layoutFrame, placeKey, typeScale, type Box, type FrameKey, type FrameLayout, type LegendItem } from '../chart/frame';
import type { ChartSize, ChartWords, Described } from '../chart/context';
import { prepareProject } from '../project/prepared';
import { plainText, type Phrase } from '../chart/phrase';
import type { Theme } from '../chart/theme';
import type { Partner, Project } from '../data/schema';
import type { CountryFeature } from './geometry';
import { partnerCountries, type CountryPartners, type PartnerPoint, type Point } from './shape';
import { mapHeight } from './scales';
import { describeCountry, describeEventPlace, describePartner, mapSummary } from './describe';
import { placeOnPlane } from './place';
import { fitMap, layoutMarkers } from './markers';
import { AT_ONE_PLACE_KM, layoutEventPlaces } from './eventPlaces';
import { labelMap, type CountryLabel, type MapLabel } from './labelling';
import { countryShapes, frameKey, mapKey, mapLegend, type CountryShape, type KeyEntry, type LegendHas } from './decorate';
import { partnerLabel } from '../project/partnerLabels';

export { AT_ONE_PLACE_KM } from './eventPlaces';
export { keyNote, type CountryShape, type KeyEntry } from './decorate';
export type { CountryLabel, MapLabel } from './labelling';

export interface MapOptions {
  showEvents: boolean;
  /** Prefix of element ids, unique per chart on a page. */
  idPrefix: string;
  /** The reader's zoom; the identity when absent. */
  zoom?: ZoomTransform;
}

export interface MapMarker {
  key: string;
  kind: 'partner' | 'cluster';
  /** The partners it stands for. */
  ids: string[];
  elementId: string;
  /** Where it is drawn, at the spec's zoom. */
  at: Point;
  /** The same place at zoom 1, so a zoom gesture can move it before the map is drawn again. */
  base: Point;
  radius: number;
  shape: 'circle' | 'star';
  fill: string;
  stroke: string;
  dash?: string;
  count?: number;
  lead: boolean;
  selected: boolean;
  /** The highlighted partner (the file's `focusPartner`). */
  focus: boolean;
  placement: PartnerPoint['placement'];
  label?: MapLabel;
  /** From its true place to the marker's edge, relative to the marker, where the marker was moved off it (out of a crowd, onto the land). */
  leader?: [Point, Point];
  accessibleName: string;
  /** The name its accessible name begins with, where that is in another language than the page's. */
  foreignName?: { text: string; lang: string };
}

export interface EventPlace {
  key: string;
  /** The first event at the place, and all of them. */
  id: string;
  ids: string[];
  elementId: string;
  at: Point;
  base: Point;
  selected: boolean;
  /** Back to its real place, where it was moved off a partner's marker. */
  leader?: [Point, Point];
  accessibleName: string;
  foreignName?: { text: string; lang: string };
}

export interface MapSpec extends Described {
  width: number;
  height: number;
  theme: Theme;
  fontSize: number;
  /** The type size of partners' labels, and of countries' names. */
  labelSize: number;
  countryLabelSize: number;
  /** The side of an event place's diamond. */
  eventSide: number;
  box: Box;
  zoom: ZoomTransform;
  ariaLabel: string;
  title: string;
  /** The summary sentence as plain text (the picture's subtitle, the accessible name). */
  summary: string;
  /** The same, the lead's name marked with its language (the page's summary). */
  summaryWords: Phrase;
  legend: LegendItem[];
  caption: string[];
  frame?: FrameLayout;
  countries: CountryShape[];
  markers: MapMarker[];
  events: EventPlace[];
  countryLabels: CountryLabel[];
  /** Partners shown by their number, for the key under the map. */
  key: KeyEntry[];
  joined: Map<string, CountryPartners>;
  /** Events that name only a country, or whose place this drawing has no room for in the country, counted by ISO code. */
  countryEvents: Map<string, number>;
  /** Partners the map cannot place (overseas, or no shape for their country). */
  unplaced: Project['partners'];
  /** Countries with partners or events whose name found no place on the map at this size, with their events counted ("Hungary · 2 events"): said under it. */
  unnamedCountries: string[];
  /** A point of the drawing (at this zoom) on the plane of the country shapes: where a mark truly lies. */
  planeOf: (screen: Point) => Point;
  /** The middle of the partners, at zoom 1: the zoom buttons zoom towards it. */
  partnersCentre: Point;
  transparent: boolean;
}

/** Narrower than this, partners other than the lead and the highlighted one are numbered. */
export const PHONE_WIDTH = 600;

export function mapSpec(project: Project, countries: readonly CountryFeature[], words: ChartWords, size: ChartSize, options: MapOptions): MapSpec {
  const steps = mapSpecSteps(project, countries, words, size, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same spec, a stage at a time: the generator pauses after each stage of the layout (place,
 * markers, event places, labels), so a page can run each in a task of its own, none of them long.
 * The stages are kept, so `mapSpec` with the same inputs afterwards takes them as they are.
 */
export function* mapSpecSteps(project: Project, countries: readonly CountryFeature[], words: ChartWords, size: ChartSize, options: MapOptions): Generator<void, MapSpec> {
  // Standing alone, the legend is laid out before the map, so whether it names clusters is a
  // guess: none; where the map then has clusters, it is laid out again with them.
  const first = yield* drawMap(project, countries, words, size, options, false);
  const second =
    size.framed && !first.legend.some((item) => item.key === 'group') && first.markers.some((m) => m.kind === 'cluster')
      ? yield* drawMap(project, countries, words, size, options, true)
      : first;
  // Standing alone, numbered partners are named in a key inside the picture: the map is laid out
  // again with room kept for the key it had (the key drawn is the one of that layout).
  if (!size.framed || second.key.length === 0) return second;
  const clusters = second.legend.some((item) => item.key === 'group');
  return yield* drawMap(project, countries, words, size, options, clusters, frameKey(second.key, words));
}

function* drawMap(project: Project, countries: readonly CountryFeature[], words: ChartWords, size: ChartSize, options: MapOptions, framedClusters: boolean, reservedKey?: FrameKey): Generator<void, MapSpec> {
  const { t, f, lang } = words;
  const { theme, measure } = size;
  const fontSize = size.framed ? (size.fontSize ?? typeScale(size.width, size.height)) : 13;
  const labelSize = Math.round(fontSize * 0.92);
  const countryLabelSize = labelSize * 0.92;
  const scale = fontSize / 13;
  const zoom = options.zoom ?? zoomIdentity;
  const selection = words.selection ?? {};
  const joined = partnerCountries(project);
  // Stage one, place: partners and event places on the plane, each in its country (once per file and geometry).
  const onPlane = placeOnPlane(project, countries);
  yield;
  const { points, unplaced, events: eventList } = onPlane;
  const summaryWords = mapSummary(project, joined.size, t, f, lang);
  const summary = plainText(summaryWords);
  const lead = project.partners.find((p) => p.role === 'lead');
  const located = project.partners.filter((p) => p.location).sort((a, b) => a.location!.lon - b.location!.lon);
  const [west, east] = [located[0], located.at(-1)];
  const title = t.map.finding({
    partners: t.header.partnerCount(project.partners.length),
    west: west && east && isoCountry(west.country) !== isoCountry(east.country) ? west.country : undefined,
    east: west && east && isoCountry(west.country) !== isoCountry(east.country) ? east.country : undefined,
    lead: lead?.country,
    country: f.countryIn,
  });
  const hasApproximate = points.some((p) => p.placement !== 'exact');
  const numberOf = new Map(project.partners.map((p, i) => [p.id, i + 1]));
  const focusId = project.focusPartner;

  const legendFor = (has: Omit<LegendHas, 'hasFocus'>) =>
    mapLegend(theme, t.map.legend, { hasFocus: focusId !== undefined && points.some((p) => p.partner.id === focusId), ...has });

  let frame: FrameLayout | undefined;
  let frameLegend: LegendItem[] | undefined;
  let box: Box;
  if (size.framed && size.height) {
    const legend = (frameLegend = legendFor({
      placements: new Set(points.map((p) => p.placement)),
      hasClusters: framedClusters,
      hasEvents: eventList.some((e) => options.showEvents || e.event.id === selection.event),
      hasLead: points.some((p) => p.partner.role === 'lead'),
    }));
    // The partners' frame, drawn whole whatever the box: its proportions tell whether its key goes under or beside it.
    const [[x0, y0], [x1, y1]] = onPlane.frame;
    const content = { title, subtitle: summary, legend, source: prepareProject(project, words).source.map, key: reservedKey, plotAspect: (x1 - x0) / (y1 - y0) };
    frame = layoutFrame(frameWords(size, content), { width: size.width, height: size.height }, measure, fontSize);
    box = frame.plot;
  } else box = { x: 0, y: 0, width: size.width, height: size.height ?? mapHeight(size.width) };

  // Stage two, fit: the placed partners framed in the box at the zoom.
  const fit = fitMap(onPlane, box.width, box.height, zoom);
  const { scales, toScreen, toPlane } = fit;
  const alone = (partner: Partner) => partner.role === 'lead' || partner.id === focusId || partner.id === selection.partner;
  // Stage three, markers: each partner's marker inside its country, clustered and kept apart (kept per placement, box, zoom, size and important partners).
  const markerLayout = layoutMarkers(onPlane, fit, box, scale, alone);
  yield;
  const { groups, radiusOf } = markerLayout;

  /** Where a partner is, as running text says it: its place, else its country. */
  const placeInText = (partner: Partner) => (partner.place ? textIn(partner.place, lang) : f.countryInText(partner.country));
  const foreignName = (name: Partner['name']) => {
    const said = textWithLang(name, lang, project.lang);
    return said.lang ? { text: said.text, lang: said.lang } : undefined;
  };
  const markers: MapMarker[] = groups.map((group) => {
    const members = group.members.map((i) => points[i]!);
    const first = members[0]!;
    const partner = first.partner;
    const lead = members.length === 1 && partner.role === 'lead';
    const exact = members.length > 1 || first.placement === 'exact';
    const cluster = members.length > 1;
    const key = cluster ? `cluster-${members.map((m) => m.partner.id).join('+')}` : `partner-${partner.id}`;
    const names = members.map((m) => textIn(partnerLabel(project, m.partner), lang));
    // "At one place" only when they are (within AT_ONE_PLACE_KM); partners further apart that the map cannot draw apart are "close together, near" the first one's place.
    const spread = Math.max(...members.map((m) => Math.hypot(m.at[0] - first.at[0], m.at[1] - first.at[1])));
    const near = placeInText(first.partner);
    const real = toScreen(first.at);
    const off = Math.hypot(real[0] - group.at[0], real[1] - group.at[1]);
    const radius = radiusOf(group);
    const leader: [Point, Point] | undefined =
      !cluster && off > radius + 3 ? [[real[0] - group.at[0], real[1] - group.at[1]], [((real[0] - group.at[0]) / off) * radius, ((real[1] - group.at[1]) / off) * radius]] : undefined;
    return {
      key,
      kind: cluster ? 'cluster' : 'partner',
      ids: members.map((m) => m.partner.id),
      elementId: `${options.idPrefix}-${cluster ? `cluster-${partner.id}` : `partner-${partner.id}`}`,
      at: group.at,
      base: zoom.invert(group.at) as Point,
      radius,
      leader,
      shape: lead ? 'star' : 'circle',
      fill: exact ? (lead ? theme.leadMarker : theme.marker) : theme.markerHalo,
      stroke: exact ? theme.markerHalo : theme.marker,
      dash: exact ? undefined : '2.5 2',
      count: cluster ? members.length : undefined,
      lead,
      selected: members.some((m) => m.partner.id === selection.partner),
      focus: !cluster && partner.id === focusId,
      placement: cluster ? 'exact' : first.placement,
      foreignName: cluster ? undefined : foreignName(partner.name),
      accessibleName: cluster
        ? spread <= AT_ONE_PLACE_KM
          ? t.map.cluster(members.length, names.join(', '))
          : t.map.clusterNear(members.length, near, names.join(', '))
        : describePartner(partner, first.placement, t, f, lang).join(', '),
    };
  });

  // Stage four, event places: each shown event inside its country, clear of the markers (kept per marker layout and choice of events).
  const onPage = !size.framed;
  const eventLayout = layoutEventPlaces(onPlane, fit, markerLayout, box, scale, onPage, { showEvents: options.showEvents, chosen: selection.event });
  yield;
  const { countryEvents } = eventLayout;
  const events: EventPlace[] = eventLayout.places.map(({ members, at, real }) => {
    const ids = members.map((m) => m.event.id);
    return {
      key: ids.length === 1 ? `event-${ids[0]}` : `events-${ids.join('+')}`,
      id: ids[0]!,
      ids,
      elementId: `${options.idPrefix}-event-${ids[0]}`,
      at,
      base: zoom.invert(at) as Point,
      selected: ids.includes(selection.event ?? ''),
      leader: at === real ? undefined : [[real[0] - at[0], real[1] - at[1]], [0, 0]],
      foreignName: foreignName(members[0]!.event.name),
      accessibleName: ids.length === 1 ? describeEventPlace(members[0]!.event, t, f, lang).join(', ') : `${t.map.eventsCount(ids.length)}: ${members.map((m) => describeEventPlace(m.event, t, f, lang).join(', ')).join('; ')}`,
    };
  });

  // Stage five, labels: partners by name where there is room, else by number with the key; the
  // countries by name (kept per event layout and words). On a phone the page numbers partners,
  // with a key under the map; a picture standing alone has no key, so it names them where it can.
  const phone = box.width < PHONE_WIDTH && onPage;
  const { labels, countryLabels, unnamedCountries, numbered, inGroup } = labelMap({
    project,
    placed: onPlane,
    fit,
    events: eventLayout,
    markers,
    partnerCountries: joined.keys(),
    words,
    measure,
    labelSize,
    countryLabelSize,
    scale,
    box,
    phone,
    onPage,
  });
  for (const marker of markers) marker.label = labels.get(marker.key);
  yield;

  // Stage six, decorate: the countries' fills, the key of numbered partners, the legend.
  const key = mapKey(project, numbered, inGroup, lang);
  const pointsById = new Map(points.map((p) => [p.partner.id, p]));
  // The key kept room for is the last layout's; this layout's own numbers go into that room.
  if (frame?.key) frame = { ...frame, key: placeKey(frameKey(key, words), frame.key.area, measure, fontSize) };
  const hasClusters = markers.some((m) => m.kind === 'cluster');
  const legend = legendFor({ placements: new Set(markers.map((m) => m.placement)), hasClusters, hasEvents: events.length > 0, hasLead: markers.some((m) => m.lead) });
  const xs = markers.map((m) => m.base[0]);
  const ys = markers.map((m) => m.base[1]);
  const partnersCentre: Point = markers.length > 0 ? [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] : [box.width / 2, box.height / 2];

  // Looked up by key: every mark is described once, so a scan per mark would grow with the square.
  const markersByKey = new Map(markers.map((m) => [m.key, m]));
  const eventPlacesByKey = new Map(events.map((e) => [e.key, e]));
  const eventsById = new Map(eventList.map((e) => [e.event.id, e.event]));
  function describe(key: string): string[] {
    const marker = markersByKey.get(key);
    if (marker?.kind === 'cluster') {
      const members = marker.ids.map((id) => pointsById.get(id)!.partner);
      return [t.map.partners(members.length), ...members.map((p) => `${numberOf.get(p.id)}. ${textIn(p.name, lang)}`)];
    }
    if (key.startsWith('partner-')) {
      const point = pointsById.get(key.slice('partner-'.length));
      return point ? describePartner(point.partner, point.placement, t, f, lang) : [];
    }
    if (key.startsWith('event')) {
      const place = eventPlacesByKey.get(key);
      const members = (place?.ids ?? []).map((id) => eventsById.get(id)!);
      if (members.length === 1) return describeEventPlace(members[0]!, t, f, lang);
      return members.length > 0 ? [t.map.eventsCount(members.length), ...members.map((e) => describeEventPlace(e, t, f, lang).slice(0, 2).join(', '))] : [];
    }
    if (key.startsWith('country-')) {
      const iso = key.slice('country-'.length);
      if (!/^[A-Z]{2}$/.test(iso)) return [];
      const events = countryEvents.get(iso) ?? 0;
      return [...describeCountry(iso, joined.get(iso), project, t, f, lang), ...(events > 0 ? [t.map.eventsInCountry(events)] : [])];
    }
    return [];
  }

  return {
    width: size.width,
    height: size.height ?? box.height,
    theme,
    fontSize,
    labelSize,
    countryLabelSize,
    eventSide: eventLayout.eventSize * 2,
    box,
    zoom,
    ariaLabel: t.map.label(summary),
    title,
    summary,
    summaryWords,
    legend: frameLegend ?? legend,
    caption: [t.map.caption, ...(hasApproximate ? [t.map.captionApproximate] : []), ...(hasClusters ? [t.map.captionClusters] : [])],
    frame,
    countries: countryShapes(countries, joined, scales, theme, box),
    markers,
    events,
    countryLabels,
    key,
    joined,
    countryEvents,
    unplaced,
    unnamedCountries,
    planeOf: toPlane,
    partnersCentre,
    transparent: size.transparent ?? !size.framed,
    describe,
  };
}
