/**
 * The timeline's layout at a given width: where the events go (packed rows, so neither
 * markers nor labels overlap) and which labels fit. Pure; the chart only draws it.
 */
import { scaleUtc } from 'd3-scale';
import { addDays, utcDate } from '../data/dates';
import type { Span } from './shape';

export interface EventPlacement {
  row: number;
  /** False where the label found no room: the marker stays, its tooltip and the table tell the name. */
  labelled: boolean;
  /** Which side of the marker the label is on (left only near the right edge). */
  side: 'right' | 'left';
  /** The label's left edge in plot pixels, where labelled. */
  labelLeft?: number;
  /** Labelled by its number in the key, where its name found no room but the number did. */
  keyed?: true;
  /** No row had room for its marker either: not drawn alone, but counted with its neighbours. */
  stacked?: true;
}

export interface EventLayoutOptions {
  /** Plot area width in pixels. */
  plotWidth: number;
  /** Pixel width of each event's label. */
  labelWidth: (index: number) => number;
  /** Pixel width of its number in the key, tried where the name has no room; not tried without it. */
  keyWidth?: (index: number) => number;
  /** Which events get a label first where space is short (higher first); default all equal. */
  priority?: (index: number) => number;
  /** Labels never open a row past this many. */
  maxLabelledRows?: number;
  /**
   * Markers never open a row past this many (default twice the labelled rows): a file with
   * hundreds of events on one day stacks them in the least used rows instead of growing the
   * chart without end; the data table lists every event.
   */
  maxRows?: number;
  /** Space kept between neighbours in a row, pixels. */
  gap?: number;
  /**
   * Every event named or numbered (a picture, where no tooltip names a bare marker): one whose
   * number finds no room is counted with its neighbours rather than drawn bare.
   */
  namedOrCounted?: boolean;
  markerWidth?: number;
}

interface Interval {
  from: number;
  to: number;
}

/**
 * Places events, the most important first (then by date): each goes, with its label, into
 * the first labelled row where nothing is in its way; where none has room, it goes
 * unlabelled into the first row where its marker fits. Nothing in a row overlaps, and busy
 * projects stay a few rows high.
 */
/** A row's taken intervals, also by the stretch of the axis they reach. */
interface Row {
  all: Interval[];
  byStretch: Map<number, Interval[]>;
  /** Those reaching over more than MAX_STRETCHES stretches (long events), checked against everything. */
  wide: Interval[];
}
const STRETCH = 64;
const MAX_STRETCHES = 16;

export function layoutEvents(events: readonly Span[], extent: Span, options: EventLayoutOptions): EventPlacement[] {
  const { plotWidth, labelWidth, priority = () => 0, maxLabelledRows = 6, gap = 8, markerWidth = 14 } = options;
  const maxRows = Math.max(options.maxRows ?? maxLabelledRows * 2, 1);
  const x = scaleUtc().domain([utcDate(extent.start), utcDate(addDays(extent.end, 1))]).range([0, plotWidth]);
  const rows: Row[] = [];
  /** The first and last stretch of a row an interval (and the gap around it) reaches. */
  const firstStretch = (interval: Interval) => Math.floor((interval.from - gap) / STRETCH);
  const lastStretch = (interval: Interval) => Math.floor((interval.to + gap) / STRETCH);
  const isWide = (interval: Interval) => lastStretch(interval) - firstStretch(interval) > MAX_STRETCHES;
  const apart = (taken: Interval, wanted: Interval) => taken.to + gap <= wanted.from || wanted.to + gap <= taken.from;
  const allApart = (list: readonly Interval[] | undefined, wanted: Interval) => {
    if (list) for (const other of list) if (!apart(other, wanted)) return false;
    return true;
  };
  // Only what was taken in the stretches an interval reaches can be in its way: a row of
  // hundreds of markers is not scanned whole for each new one.
  const free = (row: number, wanted: Interval) => {
    const taken = rows[row];
    if (!taken) return true;
    if (isWide(wanted)) return allApart(taken.all, wanted);
    if (!allApart(taken.wide, wanted)) return false;
    for (let stretch = firstStretch(wanted), last = lastStretch(wanted); stretch <= last; stretch++) if (!allApart(taken.byStretch.get(stretch), wanted)) return false;
    return true;
  };
  const take = (row: number, interval: Interval) => {
    const taken = (rows[row] ??= { all: [], byStretch: new Map(), wide: [] });
    taken.all.push(interval);
    if (isWide(interval)) taken.wide.push(interval);
    else
      for (let stretch = firstStretch(interval), last = lastStretch(interval); stretch <= last; stretch++) {
        const list = taken.byStretch.get(stretch);
        if (list) list.push(interval);
        else taken.byStretch.set(stretch, [interval]);
      }
  };
  /** The first of the labelled rows where `interval` is free. */
  const freeRow = (interval: Interval, inRows: number) => {
    for (let row = 0; row < inRows; row++) if (free(row, interval)) return row;
    return undefined;
  };
  const freeLabelRow = (interval: Interval) => freeRow(interval, maxLabelledRows);

  const order = events.map((_, index) => index).sort((a, b) => priority(b) - priority(a) || a - b);
  const placements: EventPlacement[] = [];
  for (const index of order) {
    const span = events[index]!;
    const from = x(utcDate(span.start)) - markerWidth / 2;
    const marker = { from, to: Math.max(x(utcDate(addDays(span.end, 1))), from + markerWidth) };
    // A label's room holds its marker's: where no labelled row has room for the marker, the
    // label is not measured (on a crowded timeline most are not).
    const room = freeLabelRow(marker) !== undefined;
    const withLabel = (width: number, inRows = maxLabelledRows) => {
      const right = { from, to: marker.to + 4 + width };
      const left = { from: from - 4 - width, to: marker.to };
      const side = right.to <= plotWidth + gap ? 'right' : left.from >= 0 ? 'left' : undefined;
      const labelled = side === 'right' ? right : left;
      const labelRow = side !== undefined ? freeRow(labelled, inRows) : undefined;
      if (side === undefined || labelRow === undefined) return undefined;
      take(labelRow, labelled);
      return { row: labelRow, labelled: true, side, labelLeft: side === 'right' ? marker.to + 4 : left.from } satisfies EventPlacement;
    };
    const named = withLabel(room ? labelWidth(index) : Infinity);
    if (named) {
      placements[index] = named;
      continue;
    }
    // A number is short: it may go in any row, the unlabelled ones too.
    const numbered = options.keyWidth ? withLabel(options.keyWidth(index), maxRows) : undefined;
    if (numbered) {
      placements[index] = { ...numbered, keyed: true };
      continue;
    }
    let row = options.namedOrCounted ? maxRows : 0;
    while (row < maxRows && !free(row, marker)) row++;
    // No room anywhere: stacked on the least used row that holds no label, so no label is covered.
    const stacked = row === maxRows;
    if (stacked) row = leastUsed(rows, Math.min(maxLabelledRows, maxRows - 1), maxRows);
    take(row, marker);
    placements[index] = stacked ? { row, labelled: false, side: 'right', stacked: true } : { row, labelled: false, side: 'right' };
  }
  return placements;
}

function leastUsed(rows: Row[], from: number, to: number): number {
  let best = from;
  for (let row = from + 1; row < to; row++) if ((rows[row]?.all.length ?? 0) < (rows[best]?.all.length ?? 0)) best = row;
  return best;
}
