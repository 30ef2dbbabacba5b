/**
 * The map's fifth stage, labels: every marker named where it can be, without collisions. The
 * lead's, the highlighted and the chosen partner's names first (never cut short or left out);
 * then each other partner's name right beside its marker; then every partner country's name
 * (and every country with events, counted) on the country, or near it with a leader line; then
 * the rest standing off with a leader line, else by number with the key under the map (on a
 * phone, numbers only). A group or marker with no room even for its numbers has its partners in
 * the key, said to be in the group at its place. It depends on the words (names are measured),
 * so it is kept per event-place layout, language, type size and measure: a redraw in another
 * theme takes the labels as they are.
 */
import { textIn, textWithLang } from '../data/text';
import type { ChartWords } from '../chart/context';
import type { TextMeasure } from '../chart/measure';
import { ellipsis } from '../chart/measure';
import type { Partner, Project } from '../data/schema';
import { partnerLabel } from '../project/partnerLabels';
import type { CountryFeature } from './geometry';
import type { Placed } from './place';
import { inCountryOf as countryTest, type MapFit } from './markers';
import { boxAround, zoomButtonsBox, type EventPlaceLayout } from './eventPlaces';
import type { Point } from './shape';
import { BoxIndex, BoxView, placeMapLabels, type Box, type LabelRequest } from './labels';
import { insideOrNear } from './inside';

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

export interface CountryLabel {
  key: string;
  at: Point;
  base: Point;
  label: MapLabel;
}

/** What a label needs to know of a marker. */
export interface LabelledMarker {
  key: string;
  kind: 'partner' | 'cluster';
  /** The partners it stands for. */
  ids: string[];
  at: Point;
  radius: number;
  count?: number;
  lead: boolean;
  focus: boolean;
  selected: boolean;
}

export interface MapLabelling {
  /** Each labelled marker's label, by the marker's key. */
  labels: Map<string, MapLabel>;
  countryLabels: CountryLabel[];
  /** Countries with partners or events whose name found no place at this size, with their events counted. */
  unnamedCountries: string[];
  /** Partners shown by their number, for the key. */
  numbered: Set<string>;
  /** Partners in the key with where they are drawn, where their marker had no room for their number. */
  inGroup: Map<string, string>;
}

export interface LabelInput {
  project: Project;
  placed: Placed;
  fit: MapFit;
  events: EventPlaceLayout;
  markers: readonly LabelledMarker[];
  /** Partners with a country on the map, by ISO code. */
  partnerCountries: Iterable<string>;
  words: Pick<ChartWords, 't' | 'f' | 'lang'>;
  measure: TextMeasure;
  labelSize: number;
  countryLabelSize: number;
  /** 1 at the page's 13 px type. */
  scale: number;
  box: { width: number; height: number };
  /** A phone's page: partners other than the important ones by number. */
  phone: boolean;
  /** The page's zoom buttons keep their corner. */
  onPage: boolean;
}

const labelled = new WeakMap<EventPlaceLayout, Map<string, { measure: TextMeasure; labelling: MapLabelling }>>();

/** The map's labels, kept per event-place layout (and so per marker layout), language, type size, measure and the important partners. */
export function labelMap(input: LabelInput): MapLabelling {
  let byWords = labelled.get(input.events);
  if (!byWords) labelled.set(input.events, (byWords = new Map()));
  const important = input.markers.filter((m) => m.lead || m.focus || m.selected).map((m) => m.key);
  const key = [input.words.lang, input.labelSize, input.countryLabelSize, input.scale, input.phone, input.onPage, input.box.width, input.box.height, important.join(' ')].join('|');
  const kept = byWords.get(key);
  if (kept?.measure === input.measure) return kept.labelling;
  if (byWords.size > 8) byWords.clear();
  const labelling = label(input);
  byWords.set(key, { measure: input.measure, labelling });
  return labelling;
}

function label({ project, placed, fit, events, markers, partnerCountries, words, measure, labelSize, countryLabelSize, scale, box, phone, onPage }: LabelInput): MapLabelling {
  const { t, f, lang } = words;
  const { shapes, interiorOf, points } = placed;
  const { scales, zoom, toScreen } = fit;
  const numberOf = new Map(project.partners.map((p, i) => [p.id, i + 1]));
  const pointsById = new Map(points.map((p) => [p.partner.id, p]));
  // What labels keep clear of: the markers, the event places and (on the page) the zoom buttons;
  // what a leader line must not run through: the markers and the event places.
  const obstacles = new BoxIndex();
  const marks = new BoxIndex();
  for (const marker of markers) {
    obstacles.add(boxAround(marker.at, marker.radius));
    marks.add(boxAround(marker.at, marker.radius));
  }
  if (onPage) obstacles.add(zoomButtonsBox(box.width));
  for (const place of events.places) {
    obstacles.add(boxAround(place.at, events.eventSize));
    marks.add(boxAround(place.at, events.eventSize));
  }
  const inCountryOf = countryTest(placed, fit);
  /** Where a partner is, as running text says it: its place, else its country. */
  const placeInText = (partner: Partner) => (partner.place ? textIn(partner.place, lang) : f.countryInText(partner.country));

  const height = labelSize * 1.25;
  const labelFrame = { x0: 2, y0: 2, x1: box.width - 2, y1: box.height - 2 };
  const nameOf = (partner: Partner) => textIn(partnerLabel(project, partner), lang);
  const labels = new Map<string, MapLabel>();
  /** What a marker's label may say, longest first: a name, or numbers for the key (shorter where crowded). */
  const nameLang = new Map<string, string | undefined>();
  const textsFor = (marker: LabelledMarker, byName: boolean): string[] => {
    if (marker.kind === 'cluster') {
      const numbers = marker.ids.map((id) => numberOf.get(id) ?? 0);
      const all = numbers.length > 4 ? `${numbers.slice(0, 3).join(', ')} +${numbers.length - 3}` : numbers.join(', ');
      return [all, `${numbers[0]} +${numbers.length - 1}`];
    }
    const partner = pointsById.get(marker.ids[0]!)!.partner;
    if (!byName) return [String(numberOf.get(partner.id) ?? '')];
    nameLang.set(marker.key, textWithLang(partnerLabel(project, partner), lang, partner.shortName ? project.lang : 'en').lang);
    const fitting = (limit: number) => {
      const fits = (text: string) => measure(text, labelSize, marker.lead) <= limit;
      // The lead's role beside its name where some of the name fits with it; else the name alone (its star says it leads).
      const named = marker.lead ? ellipsis(nameOf(partner), (text) => fits(t.map.leadLabel(text))) : '';
      return named !== '' && named !== '…' ? t.map.leadLabel(named) : ellipsis(nameOf(partner), fits);
    };
    // The lead's, the highlighted and the chosen partner's names whole wherever the map is wide enough for them; the others within a share of it.
    const limits = important(marker) ? [box.width - 8, box.width * 0.6, Math.min(240 * scale, box.width * 0.45)] : [Math.min(240 * scale, box.width * 0.45)];
    return [...new Set(limits.map(fitting))];
  };
  const important = (marker: LabelledMarker) => marker.lead || marker.focus || marker.selected;
  const labelOrder = [...markers].sort((a, b) => Number(important(b)) - Number(important(a)) || (b.count ?? 1) - (a.count ?? 1));
  const numbered = new Set<string>();
  const place = (marker: LabelledMarker, byName: boolean, rings?: number) => {
    for (const text of textsFor(marker, byName)) {
      const request: LabelRequest = { key: marker.key, width: measure(text, labelSize, marker.lead) + 2, height, at: marker.at, radius: marker.radius };
      const [spot] = placeMapLabels([request], obstacles, labelFrame, 2, rings, undefined, marks);
      if (!spot) continue;
      labels.set(marker.key, {
        text,
        x: spot.box.x0 + 1 - marker.at[0],
        y: spot.box.y0 + height * 0.78 - marker.at[1],
        leader: spot.leader?.map(([x, y]) => [x - marker.at[0], y - marker.at[1]] as Point) as [Point, Point] | undefined,
        bold: marker.lead,
        lang: /^[\d, +]+$/.test(text) ? undefined : nameLang.get(marker.key),
      });
      return true;
    }
    return false;
  };
  const done = new Set<string>();
  const labelMarker = (marker: LabelledMarker, rings?: number) => {
    if (done.has(marker.key)) return;
    const byName = marker.kind === 'partner' && (!phone || important(marker));
    if (byName && place(marker, true, rings)) done.add(marker.key);
    else if (rings === undefined && place(marker, false)) {
      done.add(marker.key);
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
  const nameCountry = (iso: string, text: string, spot: { box: Box; leader?: [Point, Point] }) => {
    const anchor: Point = [spot.box.x0, spot.box.y0];
    const leader = spot.leader?.map(([x, y]) => [x - anchor[0], y - anchor[1]] as Point) as [Point, Point] | undefined;
    obstacles.add(spot.box);
    countryLabels.push({ key: `country-label-${iso}`, at: anchor, base: zoom.invert(anchor) as Point, label: { text, x: 1, y: height * 0.78, bold: false, leader } });
  };
  const partnerIsos = [...partnerCountries];
  for (const iso of new Set([...partnerIsos, ...events.countryEvents.keys()])) {
    const shape = shapes.get(iso);
    const interior = interiorOf(iso);
    if (!shape || !interior) continue;
    const count = events.countryEvents.get(iso) ?? 0;
    const text = count > 0 ? `${f.country(iso)} · ${t.map.eventsCount(count)}` : f.country(iso);
    const width = measure(text, countryLabelSize) + 2;
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
  function onCountry(iso: string, shape: CountryFeature, at: Point, width: number): { box: Box } | undefined {
    const [[x0, y0], [x1, y1]] = scales.bounds(shape).map((p) => zoom.apply(p as Point)) as [Point, Point];
    if (width > (x1 - x0) * 2) return undefined;
    const inCountry = inCountryOf(iso);
    const middleOn = (box: Box) => inCountry([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2]);
    const [beside] = placeMapLabels([{ key: `country-${iso}`, width, height, at, radius: 0 }], new BoxView(obstacles), labelFrame, 1, 1, middleOn);
    if (beside) return beside;
    const [fx0, fy0, fx1, fy1] = [Math.max(x0, labelFrame.x0), Math.max(y0, labelFrame.y0), Math.min(x1, labelFrame.x1), Math.min(y1, labelFrame.y1)];
    const step = Math.max(6, Math.sqrt(((fx1 - fx0) * (fy1 - fy0)) / 400));
    const spots: Point[] = [];
    for (let x = fx0 + step / 2; x < fx1; x += step) for (let y = fy0 + step / 2; y < fy1; y += step) spots.push([x, y]);
    spots.sort((a, b) => Math.hypot(a[0] - at[0], a[1] - at[1]) - Math.hypot(b[0] - at[0], b[1] - at[1]));
    for (const [x, y] of spots) {
      const spot = { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
      if (spot.x0 < labelFrame.x0 || spot.y0 < labelFrame.y0 || spot.x1 > labelFrame.x1 || spot.y1 > labelFrame.y1) continue;
      if (!inCountry([x, y]) || obstacles.hits(spot, 1)) continue;
      return { box: spot };
    }
    return undefined;
  }

  // A country drawn smaller than its name, or with no clear spot on it: named near it, with a leader line to its middle.
  // Never over another partner country (the name would be read as that country's), nor further than a short leader line.
  // A point on or near another country's border counts as over it: a name beside its country is never read as its neighbour's.
  const otherPartnerCountry = (iso: string) => {
    const others = partnerIsos.filter((other) => other !== iso && shapes.has(other)).map((other) => shapes.get(other)!.geometry);
    return ({ x0, y0, x1, y1 }: Box) =>
      others.some((geometry) => [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [(x0 + x1) / 2, (y0 + y1) / 2]].some((corner) => insideOrNear(fit.toPlane(corner as Point), geometry, fit.margin)));
  };
  for (const { iso, text, width, at } of unnamed) {
    const onOther = otherPartnerCountry(iso);
    const [spot] = placeMapLabels([{ key: `country-${iso}`, width, height, at, radius: 0 }], new BoxView(obstacles), labelFrame, 2, 5, (spotBox) => !onOther(spotBox), marks);
    // Off the country, it always points at it (a spot right beside the middle comes without a leader of its own).
    if (spot) nameCountry(iso, text, { ...spot, leader: spot.leader ?? [at, [Math.max(spot.box.x0, Math.min(at[0], spot.box.x1)), Math.max(spot.box.y0, Math.min(at[1], spot.box.y1))]] });
    else unnamedCountries.push(text);
  }

  // Then the rest: standing off with a leader line, else by number with the key.
  for (const marker of labelOrder) labelMarker(marker);
  // A group with no room for its numbers even so: its partners are in the key, said to be in the group at its place; so is a lone marker with no room for its number.
  const inGroup = new Map<string, string>();
  for (const marker of markers) {
    if (done.has(marker.key)) continue;
    const where = placeInText(pointsById.get(marker.ids[0]!)!.partner);
    for (const id of marker.ids) {
      numbered.add(id);
      inGroup.set(id, marker.kind === 'cluster' ? t.map.keyInGroup(marker.ids.length, where) : t.map.keyUnnumbered(where));
    }
  }
  return { labels, countryLabels, unnamedCountries, numbered, inGroup };
}
