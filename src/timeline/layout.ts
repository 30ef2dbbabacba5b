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
}

export interface EventLayoutOptions {
  /** Plot area width in pixels. */
  plotWidth: number;
  /** Pixel width of each event's label. */
  labelWidth: (index: number) => number;
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
export function layoutEvents(events: readonly Span[], extent: Span, options: EventLayoutOptions): EventPlacement[] {
  const { plotWidth, labelWidth, priority = () => 0, maxLabelledRows = 6, gap = 8, markerWidth = 14 } = options;
  const maxRows = Math.max(options.maxRows ?? maxLabelledRows * 2, 1);
  const x = scaleUtc().domain([utcDate(extent.start), utcDate(addDays(extent.end, 1))]).range([0, plotWidth]);
  const rows: Interval[][] = [];
  const free = (row: number, wanted: Interval) =>
    (rows[row] ?? []).every((taken) => taken.to + gap <= wanted.from || wanted.to + gap <= taken.from);
  const take = (row: number, interval: Interval) => (rows[row] ??= []).push(interval);

  const order = events.map((_, index) => index).sort((a, b) => priority(b) - priority(a) || a - b);
  const placements: EventPlacement[] = [];
  for (const index of order) {
    const span = events[index]!;
    const from = x(utcDate(span.start)) - markerWidth / 2;
    const marker = { from, to: Math.max(x(utcDate(addDays(span.end, 1))), from + markerWidth) };
    const right = { from, to: marker.to + 4 + labelWidth(index) };
    const left = { from: from - 4 - labelWidth(index), to: marker.to };
    const side = right.to <= plotWidth + gap ? 'right' : left.from >= 0 ? 'left' : undefined;
    const labelled = side === 'right' ? right : left;
    const labelRow =
      side !== undefined ? Array.from({ length: maxLabelledRows }, (_, row) => row).find((row) => free(row, labelled)) : undefined;
    if (side !== undefined && labelRow !== undefined) {
      take(labelRow, labelled);
      placements[index] = { row: labelRow, labelled: true, side, labelLeft: side === 'right' ? marker.to + 4 : left.from };
      continue;
    }
    let row = 0;
    while (row < maxRows && !free(row, marker)) row++;
    // No room anywhere: stacked on the least used row that holds no label, so no label is covered.
    if (row === maxRows) row = leastUsed(rows, Math.min(maxLabelledRows, maxRows - 1), maxRows);
    take(row, marker);
    placements[index] = { row, labelled: false, side: 'right' };
  }
  return placements;
}

function leastUsed(rows: Interval[][], from: number, to: number): number {
  let best = from;
  for (let row = from + 1; row < to; row++) if ((rows[row]?.length ?? 0) < (rows[best]?.length ?? 0)) best = row;
  return best;
}
