/**
 * The map's spec: from a project, the country shapes, the words, a size and a zoom to what
 * its marks need — country paths and their fills, partner markers that never leave their
 * country (partners too close to draw apart become one numbered cluster at their place; the
 * lead, the highlighted and the chosen partner always stand alone), event places kept clear
 * of the markers, labels placed without collisions (partners by name, or by number with a
 * key; country names with the events held there), the legend and (standing alone) the frame.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { textIn, textWithLang } from '../data/text';
import { isoCountry } from '../data/countries';
import { frameWords, layoutFrame, placeKey, type ChartPattern, typeScale, type Box, type FrameKey, type FrameLayout, type LegendItem } from '../chart/frame';
import type { ChartSize, ChartWords, Described } from '../chart/context';
import { prepareProject } from '../project/prepared';
import { plainText, type Phrase } from '../chart/phrase';
import { ellipsis } from '../chart/measure';
import type { Theme } from '../chart/theme';
import type { Partner, Project } from '../data/schema';
import type { CountryFeature } from './geometry';
import { partnerCountries, type CountryPartners, type PartnerPoint, type Point } from './shape';
import { mapHeight } from './scales';
import { describeCountry, describeEventPlace, describePartner, mapSummary } from './describe';
import { safelyInside, snapInside } from './inside';
import { clusterMarkers } from './cluster';
import { placeOnPlane } from './place';
import { fitMap, layoutMarkers, TARGET_RADIUS } from './markers';
import { BoxIndex, BoxView, placeMapLabels, type Box as LabelBox, type LabelRequest } from './labels';
import { partnerLabel } from '../project/partnerLabels';

/** Events closer than this (on the plane, in km) are at one place: one diamond lists them. */
export const AT_ONE_PLACE_KM = 5;

export interface MapOptions {
  showEvents: boolean;
  /** Prefix of element ids, unique per chart on a page. */
  idPrefix: string;
  /** The reader's zoom; the identity when absent. */
  zoom?: ZoomTransform;
}

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

export interface MapLabel {
  text: string;
  /** The label's language, where it is not the page's. */
  lang?: string;
  /** Left edge and baseline, relative to the thing labelled. */
  x: number;
  y: number;
  leader?: [Point, Point];
  bold: boolean;
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

export interface CountryLabel {
  key: string;
  at: Point;
  base: Point;
  label: MapLabel;
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

export interface MapSpec extends Described {
  width: number;
  height: number;
  theme: Theme;
  fontSize: number;
  labelSize: number;
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
  // Standing alone, the legend is laid out before the map, so whether it names clusters is a
  // guess: none; where the map then has clusters, it is laid out again with them.
  const first = drawMap(project, countries, words, size, options, false);
  const second =
    size.framed && !first.legend.some((item) => item.key === 'group') && first.markers.some((m) => m.kind === 'cluster')
      ? drawMap(project, countries, words, size, options, true)
      : first;
  // Standing alone, numbered partners are named in a key inside the picture: the map is laid out
  // again with room kept for the key it had (the key drawn is the one of that layout).
  if (!size.framed || second.key.length === 0) return second;
  const clusters = second.legend.some((item) => item.key === 'group');
  return drawMap(project, countries, words, size, options, clusters, frameKey(second.key, words));
}

/** What the key says after a partner's name, in the page's language: "lead partner; one of 9 partners in the group near Valka". */
export function keyNote(entry: KeyEntry, t: ChartWords['t']): string | undefined {
  return [...(entry.lead ? [t.map.keyLead] : []), ...(entry.group ? [entry.group] : [])].join('; ') || undefined;
}

/** The picture's key of numbered partners, as the page's key says it. */
function frameKey(key: readonly KeyEntry[], { t }: ChartWords): FrameKey {
  return { title: t.map.keyTitle, entries: key.map((entry) => ({ number: entry.number, name: entry.name, lang: entry.lang, note: keyNote(entry, t) })), more: t.chart.keyMore };
}

function drawMap(project: Project, countries: readonly CountryFeature[], words: ChartWords, size: ChartSize, options: MapOptions, framedClusters: boolean, reservedKey?: FrameKey): MapSpec {
  const { t, f, lang } = words;
  const { theme, measure } = size;
  const fontSize = size.framed ? (size.fontSize ?? typeScale(size.width, size.height)) : 13;
  const labelSize = Math.round(fontSize * 0.92);
  const scale = fontSize / 13;
  const zoom = options.zoom ?? zoomIdentity;
  const selection = words.selection ?? {};
  const joined = partnerCountries(project);
  // Stage one, place: partners and event places on the plane, each in its country (once per file and geometry).
  const onPlane = placeOnPlane(project, countries);
  const { shapes, interiorOf, points, unplaced, events: eventList, countryEvents: placedCountryEvents } = onPlane;
  // Counted again below for the places this drawing has no room for: a copy of its own.
  const countryEvents = new Map(placedCountryEvents);
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

  const legendFor = (has: { hasApproximate: boolean; hasClusters: boolean; hasEvents: boolean; hasLead: boolean }) =>
    mapLegend(theme, t.map.legend, { hasFocus: focusId !== undefined && points.some((p) => p.partner.id === focusId), ...has });

  let frame: FrameLayout | undefined;
  let frameLegend: LegendItem[] | undefined;
  let box: Box;
  if (size.framed && size.height) {
    const legend = (frameLegend = legendFor({
      hasApproximate,
      hasClusters: framedClusters,
      hasEvents: eventList.some((e) => options.showEvents || e.event.id === selection.event),
      hasLead: points.some((p) => p.partner.role === 'lead'),
    }));
    const content = { title, subtitle: summary, legend, source: prepareProject(project, words).source.map, key: reservedKey };
    frame = layoutFrame(frameWords(size, content), { width: size.width, height: size.height }, measure, fontSize);
    box = frame.plot;
  } else box = { x: 0, y: 0, width: size.width, height: size.height ?? mapHeight(size.width) };
  // On a phone the page numbers partners, with a key under the map; a picture standing alone has no key, so it names them where it can.
  const phone = box.width < PHONE_WIDTH && !size.framed;

  // Stage two, fit: the placed partners framed in the box at the zoom.
  const fit = fitMap(onPlane, box.width, box.height, zoom);
  const { scales, toScreen, toPlane, margin } = fit;
  const alone = (partner: Partner) => partner.role === 'lead' || partner.id === focusId || partner.id === selection.partner;
  // Stage three, markers: each partner's marker inside its country, clustered and kept apart (kept per placement, box, zoom, size and important partners).
  const { groups, radiusOf } = layoutMarkers(onPlane, fit, box, scale, alone);

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

  // Event places never under a partner's marker: moved to a free spot beside it, with a line back.
  const obstacles = new BoxIndex();
  const boxOf = ([x, y]: Point, r: number) => ({ x0: x - r - 1, y0: y - r - 1, x1: x + r + 1, y1: y + r + 1 });
  // What a leader line must not run through: the markers and the event places.
  const marks = new BoxIndex();
  for (const marker of markers) {
    obstacles.add(boxOf(marker.at, marker.radius));
    marks.add(boxOf(marker.at, marker.radius));
  }
  // Where things can be clicked: an event place goes where its 24 px target meets no other.
  const targets = new BoxIndex();
  for (const marker of markers) targets.add(boxOf(marker.at, TARGET_RADIUS - 1));
  if (!size.framed) obstacles.add({ x0: box.width - 52, y0: 0, x1: box.width, y1: 136 });
  // Event places before the partners' labels: a place must stay in its country, a label may go
  // anywhere near its marker (with a leader line), so the places claim the room first.
  const eventSize = 5 * scale;
  // Events at one place (within AT_ONE_PLACE_KM, in one country) are one diamond that lists them
  // all; events further apart stay apart however close the map draws them (Dobova and Postojna are
  // 120 km apart), each moved, if it must be, only within its own country.
  const shownEvents = eventList.filter((place) => options.showEvents || place.event.id === selection.event);
  const eventGroups = clusterMarkers(
    shownEvents.map((place) => ({ at: place.at, country: place.iso, alone: place.event.id === selection.event })),
    AT_ONE_PLACE_KM,
  );
  const events: EventPlace[] = [];
  const inCountryOf = (iso: string) => {
    const shape = shapes.get(iso);
    return (at: Point) => !shape || safelyInside(toPlane(at), shape.geometry, margin);
  };
  // Where each place truly is on the screen (inside its country), and a grid of them, so a place
  // moved aside does not take the spot another place still to come stands on.
  const reals = eventGroups.map((group) => {
    const shape = shapes.get(group.country);
    const real = toScreen(group.at);
    return shape && !inCountryOf(group.country)(real) ? toScreen(snapInside(toPlane(real), shape.geometry, interiorOf(group.country), margin)) : real;
  });
  const cell = TARGET_RADIUS * 2;
  const realGrid = new Map<string, number[]>();
  reals.forEach(([x, y], i) => {
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const here = realGrid.get(key);
    if (here) here.push(i);
    else realGrid.set(key, [i]);
  });
  const placed = new Set<number>();
  /** How far the nearest place still to come is, looked for within two cells (further counts as far). */
  const nearestToCome = ([x, y]: Point, self: number) => {
    const [cx, cy] = [Math.floor(x / cell), Math.floor(y / cell)];
    let nearest = 3 * cell;
    for (let dx = -2; dx <= 2; dx++)
      for (let dy = -2; dy <= 2; dy++)
        for (const j of realGrid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j !== self && !placed.has(j)) nearest = Math.min(nearest, Math.hypot(reals[j]![0] - x, reals[j]![1] - y));
        }
    return nearest;
  };
  for (const [index, group] of eventGroups.entries()) {
    const members = group.members.map((i) => shownEvents[i]!);
    const inCountry = inCountryOf(group.country);
    const real = reals[index]!;
    placed.add(index);
    // The nearest spot in the country where its whole 24 px target is clear of markers and other
    // targets. Where the country, drawn this small, has none (Slovenia on a phone holds the lead's
    // star and nothing more), the place is not drawn anywhere else: its events are counted on the
    // country's name ("Slovenia · 2 events") and listed in its panel, and a zoom draws them.
    let found: Point | undefined;
    for (const distance of [0, 8, 14, 20, 26, 32, 40, 50, 64, 80, 100].map((d) => d * scale)) {
      const around: Point[] =
        distance === 0 ? [real] : Array.from({ length: 16 }, (_, k) => [real[0] + distance * Math.cos((k * Math.PI) / 8 - Math.PI / 4), real[1] + distance * Math.sin((k * Math.PI) / 8 - Math.PI / 4)] as Point);
      const clear = around.filter((c) => inCountry(c) && !obstacles.hits(boxOf(c, TARGET_RADIUS - 1)) && !targets.hits(boxOf(c, TARGET_RADIUS - 1)));
      // Of the spots at this distance, the one furthest from the places still to come.
      // A spot closer than a target to a place still to come would take that place's spot.
      const roomiest = clear
        .map((c) => ({ c, room: nearestToCome(c, index) }))
        .filter(({ room }) => room >= cell - 2)
        .sort((a, b) => b.room - a.room)[0]?.c;
      found = roomiest ?? found ?? clear[0];
      if (roomiest) break;
    }
    // The chosen event is always drawn, at its place if nowhere else.
    const chosen = members.some((m) => m.event.id === selection.event);
    if (!found && !chosen && group.country) {
      countryEvents.set(group.country, (countryEvents.get(group.country) ?? 0) + members.length);
      continue;
    }
    const at = found ?? real;
    obstacles.add(boxOf(at, eventSize));
    marks.add(boxOf(at, eventSize));
    targets.add(boxOf(at, TARGET_RADIUS - 1));
    const ids = members.map((m) => m.event.id);
    events.push({
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
    });
  }

  // Labels: the lead, the highlighted and the chosen partner by name; the others by name where
  // there is room (never on a phone), else by their number, with the key under the map.
  const height = labelSize * 1.25;
  const labelFrame = { x0: 2, y0: 2, x1: box.width - 2, y1: box.height - 2 };
  const nameOf = (partner: Partner) => textIn(partnerLabel(project, partner), lang);
  /** What a marker's label may say, longest first: a name, or numbers for the key (shorter where crowded). */
  const nameLang = new Map<string, string | undefined>();
  const pointsById = new Map(points.map((p) => [p.partner.id, p]));
  const textsFor = (marker: MapMarker, byName: boolean): string[] => {
    if (marker.kind === 'cluster') {
      const numbers = marker.ids.map((id) => numberOf.get(id) ?? 0);
      const all = numbers.length > 4 ? `${numbers.slice(0, 3).join(', ')} +${numbers.length - 3}` : numbers.join(', ');
      return [all, `${numbers[0]} +${numbers.length - 1}`];
    }
    const partner = pointsById.get(marker.ids[0]!)!.partner;
    if (!byName) return [String(numberOf.get(partner.id) ?? '')];
    nameLang.set(marker.key, textWithLang(partnerLabel(project, partner), lang, partner.shortName ? project.lang : 'en').lang);
    const fitting = (limit: number) => ellipsis(nameOf(partner), (text) => measure(marker.lead ? t.map.leadLabel(text) : text, labelSize, marker.lead) <= limit);
    // The lead's, the highlighted and the chosen partner's names whole wherever the map is wide enough for them; the others within a share of it.
    const limits = important(marker) ? [box.width - 8, box.width * 0.6, Math.min(240 * scale, box.width * 0.45)] : [Math.min(240 * scale, box.width * 0.45)];
    return [...new Set(limits.map(fitting))].map((name) => (marker.lead ? t.map.leadLabel(name) : name));
  };
  const important = (marker: MapMarker) => marker.lead || marker.focus || marker.selected;
  const labelOrder = [...markers].sort((a, b) => Number(important(b)) - Number(important(a)) || (b.count ?? 1) - (a.count ?? 1));
  const numbered = new Set<string>();
  const place = (marker: MapMarker, byName: boolean, rings?: number) => {
    for (const text of textsFor(marker, byName)) {
      const request: LabelRequest = { key: marker.key, width: measure(text, labelSize, marker.lead) + 2, height, at: marker.at, radius: marker.radius };
      const [spot] = placeMapLabels([request], obstacles, labelFrame, 2, rings, undefined, marks);
      if (!spot) continue;
      marker.label = {
        text,
        x: spot.box.x0 + 1 - marker.at[0],
        y: spot.box.y0 + height * 0.78 - marker.at[1],
        leader: spot.leader?.map(([x, y]) => [x - marker.at[0], y - marker.at[1]] as Point) as [Point, Point] | undefined,
        bold: marker.lead,
        lang: /^[\d, +]+$/.test(text) ? undefined : nameLang.get(marker.key),
      };
      return true;
    }
    return false;
  };
  const labelled = new Set<string>();
  const labelMarker = (marker: MapMarker, rings?: number) => {
    if (labelled.has(marker.key)) return;
    const byName = marker.kind === 'partner' && (!phone || important(marker));
    if (byName && place(marker, true, rings)) labelled.add(marker.key);
    else if (rings === undefined && place(marker, false)) {
      labelled.add(marker.key);
      for (const id of marker.ids) numbered.add(id);
    }
  };
  // The lead's, the highlighted and the chosen partner's names first: they are never cut short or left out.
  for (const marker of labelOrder) if (important(marker)) labelMarker(marker);
  // Then each other partner's name right beside its marker where it fits there.
  for (const marker of labelOrder) labelMarker(marker, 1);
  // Then every partner country's name (and every country with events, counted) on the country:
  // a name is tied to its country, where other labels left it room (a clear spot anywhere on it will do).
  const countryLabels: CountryLabel[] = [];
  const unnamed: { iso: string; text: string; width: number; at: Point }[] = [];
  const unnamedCountries: string[] = [];
  const nameCountry = (iso: string, text: string, spot: { box: LabelBox; leader?: [Point, Point] }) => {
    const anchor: Point = [spot.box.x0, spot.box.y0];
    const leader = spot.leader?.map(([x, y]) => [x - anchor[0], y - anchor[1]] as Point) as [Point, Point] | undefined;
    obstacles.add(spot.box);
    countryLabels.push({ key: `country-label-${iso}`, at: anchor, base: zoom.invert(anchor) as Point, label: { text, x: 1, y: height * 0.78, bold: false, leader } });
  };
  for (const iso of new Set([...joined.keys(), ...countryEvents.keys()])) {
    const shape = shapes.get(iso);
    const interior = interiorOf(iso);
    if (!shape || !interior) continue;
    const events = countryEvents.get(iso) ?? 0;
    const text = events > 0 ? `${f.country(iso)} · ${t.map.eventsCount(events)}` : f.country(iso);
    const width = measure(text, labelSize * 0.92) + 2;
    const at = toScreen(interior);
    const spot = onCountry(iso, shape, at, width);
    if (spot) nameCountry(iso, text, spot);
    else unnamed.push({ iso, text, width, at });
  }
  /**
   * A country's name on the country: at its middle or, where markers hold the middle, the
   * nearest clear spot on it (a grid over the country as drawn, nearest the middle first); a name
   * up to twice the country's drawn width is centred on it.
   */
  function onCountry(iso: string, shape: CountryFeature, at: Point, width: number): { box: LabelBox } | undefined {
    const [[x0, y0], [x1, y1]] = scales.bounds(shape).map((p) => zoom.apply(p as Point)) as [Point, Point];
    if (width > (x1 - x0) * 2) return undefined;
    const inCountry = inCountryOf(iso);
    const middleOn = (box: LabelBox) => inCountry([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
    const [beside] = placeMapLabels([{ key: `country-${iso}`, width, height, at, radius: 0 }], new BoxView(obstacles), labelFrame, 1, 1, middleOn);
    if (beside) return beside;
    const [fx0, fy0, fx1, fy1] = [Math.max(x0, labelFrame.x0), Math.max(y0, labelFrame.y0), Math.min(x1, labelFrame.x1), Math.min(y1, labelFrame.y1)];
    const step = Math.max(6, Math.sqrt(((fx1 - fx0) * (fy1 - fy0)) / 400));
    const spots: Point[] = [];
    for (let x = fx0 + step / 2; x < fx1; x += step) for (let y = fy0 + step / 2; y < fy1; y += step) spots.push([x, y]);
    spots.sort((a, b) => Math.hypot(a[0] - at[0], a[1] - at[1]) - Math.hypot(b[0] - at[0], b[1] - at[1]));
    for (const [x, y] of spots) {
      const box = { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
      if (box.x0 < labelFrame.x0 || box.y0 < labelFrame.y0 || box.x1 > labelFrame.x1 || box.y1 > labelFrame.y1) continue;
      if (!inCountry([x, y]) || obstacles.hits(box, 1)) continue;
      return { box };
    }
    return undefined;
  }

  // A country drawn smaller than its name, or with no clear spot on it: named near it, with a leader line to its middle.
  // Never over another partner country (the name would be read as that country's), nor further than a short leader line.
  const otherPartnerCountry = (iso: string) => {
    const others = [...joined.keys()].filter((other) => other !== iso && shapes.has(other)).map(inCountryOf);
    return ({ x0, y0, x1, y1 }: LabelBox) => others.some((inside) => [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, (y0 + y1) / 2]].some((corner) => inside(corner as Point)));
  };
  for (const { iso, text, width, at } of unnamed) {
    const onOther = otherPartnerCountry(iso);
    const [spot] = placeMapLabels([{ key: `country-${iso}`, width, height, at, radius: 0 }], new BoxView(obstacles), labelFrame, 2, 5, (box) => !onOther(box), marks);
    // Off the country, it always points at it (a spot right beside the middle comes without a leader of its own).
    if (spot) nameCountry(iso, text, { ...spot, leader: spot.leader ?? [at, [Math.max(spot.box.x0, Math.min(at[0], spot.box.x1)), Math.max(spot.box.y0, Math.min(at[1], spot.box.y1))]] });
    else unnamedCountries.push(text);
  }

  // Then the rest: standing off with a leader line, else by number with the key.
  for (const marker of labelOrder) labelMarker(marker);
  // A group with no room for its numbers even so: its partners are in the key, said to be in the group at its place; so is a lone marker with no room for its number.
  const inGroup = new Map<string, string>();
  for (const marker of markers) {
    if (labelled.has(marker.key)) continue;
    const where = placeInText(pointsById.get(marker.ids[0]!)!.partner);
    // A lone marker with no room for its number either: in the key with where it is drawn.
    for (const id of marker.ids) {
      numbered.add(id);
      inGroup.set(id, marker.kind === 'cluster' ? t.map.keyInGroup(marker.ids.length, where) : t.map.keyUnnumbered(where));
    }
  }

  const countryShapes: CountryShape[] = countries.map((country) => {
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

  const key: KeyEntry[] = project.partners
    .filter((p) => numbered.has(p.id))
    .map((p) => ({ number: numberOf.get(p.id) ?? 0, name: textIn(p.name, lang), lang: textWithLang(p.name, lang, project.lang).lang, lead: p.role === 'lead', group: inGroup.get(p.id) }));
  // The key kept room for is the last layout's; this layout's own numbers go into that room.
  if (frame?.key) frame = { ...frame, key: placeKey(frameKey(key, words), frame.key.area, measure, fontSize) };
  const hasClusters = markers.some((m) => m.kind === 'cluster');
  const legend = legendFor({ hasApproximate: markers.some((m) => m.placement !== 'exact'), hasClusters, hasEvents: events.length > 0, hasLead: markers.some((m) => m.lead) });
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
    box,
    zoom,
    ariaLabel: t.map.label(summary),
    title,
    summary,
    summaryWords,
    legend: frameLegend ?? legend,
    caption: [t.map.caption, ...(hasApproximate ? [t.map.captionApproximate] : []), ...(hasClusters ? [t.map.captionClusters] : [])],
    frame,
    countries: countryShapes,
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

/** Only the entries this map has. */
function mapLegend(
  theme: Theme,
  words: ChartWords['t']['map']['legend'],
  has: { hasFocus: boolean; hasApproximate: boolean; hasClusters: boolean; hasEvents: boolean; hasLead: boolean },
): LegendItem[] {
  return [
    { key: 'lead-country', label: words.leadCountry, symbol: { kind: 'rect', fill: theme.leadCountry, pattern: 'hatch' } },
    ...(has.hasFocus ? [{ key: 'focus-country', label: words.focusCountry, symbol: { kind: 'rect' as const, fill: theme.partnerCountry, stroke: theme.focus } }] : []),
    { key: 'partner-country', label: words.partnerCountry, symbol: { kind: 'rect', fill: theme.partnerCountry } },
    ...(has.hasLead ? [{ key: 'lead', label: words.lead, symbol: { kind: 'star' as const, fill: theme.leadMarker, stroke: theme.markerHalo } }] : []),
    { key: 'partner', label: words.partner, symbol: { kind: 'circle', fill: theme.marker, stroke: theme.markerHalo } },
    ...(has.hasApproximate ? [{ key: 'approximate', label: words.approximate, symbol: { kind: 'circle' as const, fill: theme.markerHalo, stroke: theme.marker, dash: '2.5 2' } }] : []),
    ...(has.hasClusters ? [{ key: 'group', label: words.group, symbol: { kind: 'circle' as const, fill: theme.marker, stroke: theme.markerHalo } }] : []),
    ...(has.hasEvents ? [{ key: 'event', label: words.event, symbol: { kind: 'diamond' as const, fill: theme.eventPlace } }] : []),
  ];
}

