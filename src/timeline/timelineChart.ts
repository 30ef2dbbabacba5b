/**
 * The Gantt chart's marks (Observable Plot): schedule and phase rows (the plan as a faint
 * baseline, the actual as a solid bar, the change labelled), the semesters, and events
 * as diamonds or short bars in packed rows. A pure function of its input and the width.
 */
import * as Plot from '@observablehq/plot';
import { addDays, utcDate, type IsoDate } from '../data/dates';
import { keyed } from '../shared/plotMarks';
import type { EventPlacement } from './layout';
import { wrapLabel } from '../shared/wrapLabel';
import type { Semester, Span } from './shape';

export const TIMELINE_COLOURS = {
  actual: '#0b4ea2',
  phase: '#3f7cc6',
  planned: '#b8c2cc',
  semesterOdd: '#e3e7eb',
  semesterEven: '#cfd6dd',
  event: '#1b1f24',
  faded: '#c5cbd1',
  today: '#c2410c',
};
export const FONT_SIZE = 12;
export const ROW_HEIGHT = 34;

export interface ScheduleBar {
  key: string;
  row: string;
  kind: 'project' | 'phase';
  planned: Span;
  actual: Span;
  /** "+6 months", over the changed part; absent when as planned. */
  changeLabel?: string;
  /** The changed part of the actual bar, where the label goes. */
  changed?: Span;
}

export interface EventMark {
  key: string;
  span: Span;
  placement: EventPlacement;
  label: string;
  online: boolean;
  /** Faded when a partner is selected and this is not one of its events. */
  faded: boolean;
  selected: boolean;
}

export interface TimelineInput {
  extent: Span;
  /** Row keys top to bottom, with their labels. */
  rows: { key: string; label: string }[];
  bars: ScheduleBar[];
  semesters: (Semester & { label: string })[];
  events: EventMark[];
  today?: { date: IsoDate; label: string };
  monthFormat: (date: Date) => string;
  ariaLabel: string;
  marginLeft: number;
}

const start = (span: Span) => utcDate(span.start);
/** Bars end after their last day: an inclusive end is drawn to the next midnight. */
const end = (span: Span) => utcDate(addDays(span.end, 1));
const middle = (span: Span) => new Date((start(span).getTime() + end(span).getTime()) / 2);
const eventRow = (row: number) => `events-${row}`;

export function timelineChart(input: TimelineInput, width: number): SVGSVGElement | HTMLElement {
  const { rows, bars, events } = input;
  const plotWidth = width - input.marginLeft - 20;
  const monthsShown = (end(input.extent).getTime() - start(input.extent).getTime()) / (30.44 * 86_400_000);
  const monthStep = [1, 2, 3, 6, 12].find((step) => (plotWidth / monthsShown) * step >= 44) ?? 12;
  const single = events.filter((e) => e.span.start === e.span.end);
  const multi = events.filter((e) => e.span.start !== e.span.end);
  const fill = (e: EventMark) => (e.faded ? TIMELINE_COLOURS.faded : TIMELINE_COLOURS.event);

  return Plot.plot({
    width,
    height: rows.length * ROW_HEIGHT + 56,
    marginLeft: input.marginLeft,
    marginRight: 20,
    marginTop: 28,
    marginBottom: 28,
    ariaLabel: input.ariaLabel,
    style: { fontSize: `${FONT_SIZE}px`, overflow: 'visible' },
    x: { type: 'utc', domain: [start(input.extent), end(input.extent)] },
    y: { domain: rows.map((r) => r.key), padding: 0 },
    marks: [
      Plot.gridX({ ticks: 'year', stroke: '#8a949e', strokeOpacity: 0.6 }),
      Plot.axisX({ ticks: 'year', anchor: 'top', tickFormat: (d: Date) => String(d.getUTCFullYear()), tickSize: 6, label: null }),
      Plot.axisX({ ticks: `${monthStep} months`, anchor: 'bottom', tickFormat: input.monthFormat, label: null }),
      Plot.axisY({
        tickFormat: (key: string) => wrapLabel(rows.find((r) => r.key === key)?.label ?? '', Math.floor((input.marginLeft - 12) / (FONT_SIZE * 0.6)), 2),
        tickSize: 0,
        label: null,
      }),
      // Planned: a faint baseline at the bottom of the row; actual: the solid bar above it.
      Plot.barX(bars, {
        x1: (b: ScheduleBar) => start(b.planned),
        x2: (b: ScheduleBar) => end(b.planned),
        y: 'row',
        insetTop: 24,
        insetBottom: 4,
        fill: TIMELINE_COLOURS.planned,
        ariaHidden: 'true',
        ...keyed((i) => `planned-${bars[i]?.key ?? ''}`),
      }),
      Plot.barX(bars, {
        x1: (b: ScheduleBar) => start(b.actual),
        x2: (b: ScheduleBar) => end(b.actual),
        y: 'row',
        insetTop: 5,
        insetBottom: 12,
        fill: (b: ScheduleBar) => (b.kind === 'project' ? TIMELINE_COLOURS.actual : TIMELINE_COLOURS.phase),
        ...keyed((i) => bars[i]?.key ?? ''),
      }),
      Plot.text(bars.filter((b) => b.changed && b.changeLabel), {
        x: (b: ScheduleBar) => middle(b.changed!),
        y: 'row',
        dy: -3,
        text: 'changeLabel',
        fill: '#ffffff',
        fontWeight: 700,
        ariaHidden: 'true',
      }),
      Plot.barX(input.semesters, {
        x1: start,
        x2: end,
        y: () => 'semesters',
        insetTop: 6,
        insetBottom: 6,
        fill: (s: Semester) => (s.number % 2 ? TIMELINE_COLOURS.semesterOdd : TIMELINE_COLOURS.semesterEven),
        ...keyed((i) => `semester-${input.semesters[i]?.number ?? ''}`),
      }),
      Plot.text(input.semesters, { x: middle, y: () => 'semesters', text: 'label', ariaHidden: 'true' }),
      Plot.barX(multi, {
        x1: (e: EventMark) => start(e.span),
        x2: (e: EventMark) => end(e.span),
        y: (e: EventMark) => eventRow(e.placement.row),
        insetTop: 10,
        insetBottom: 10,
        // A short event stays visible: at least a few pixels either side of its days.
        insetLeft: -3,
        insetRight: -3,
        fill,
        stroke: (e: EventMark) => (e.selected ? TIMELINE_COLOURS.today : 'none'),
        strokeWidth: 3,
        ...keyed((i) => multi[i]?.key ?? ''),
      }),
      Plot.dot(single, {
        x: (e: EventMark) => start(e.span),
        y: (e: EventMark) => eventRow(e.placement.row),
        symbol: 'diamond',
        r: 6.5,
        fill: (e: EventMark) => (e.online ? '#ffffff' : fill(e)),
        stroke: (e: EventMark) => (e.selected ? TIMELINE_COLOURS.today : fill(e)),
        strokeWidth: (e: EventMark) => (e.selected ? 3.5 : 1.8),
        ...keyed((i) => single[i]?.key ?? ''),
      }),
      ...(['right', 'left'] as const).map((side) =>
        Plot.text(
          events.filter((e) => e.placement.labelled && e.placement.side === side),
          {
            x: (e: EventMark) => (side === 'right' ? end(e.span) : start(e.span)),
            y: (e: EventMark) => eventRow(e.placement.row),
            text: 'label',
            textAnchor: side === 'right' ? 'start' : 'end',
            dx: side === 'right' ? 9 : -9,
            fill: (e: EventMark) => (e.faded ? '#6b737c' : TIMELINE_COLOURS.event),
            ariaHidden: 'true',
          },
        ),
      ),
      ...(input.today
        ? [
            Plot.ruleX([utcDate(input.today.date)], { stroke: TIMELINE_COLOURS.today, strokeWidth: 2, strokeDasharray: '5,3', ariaHidden: 'true' }),
            Plot.text([input.today.label], { x: utcDate(input.today.date), frameAnchor: 'bottom', dy: 14, fill: TIMELINE_COLOURS.today, fontWeight: 700, ariaHidden: 'true' }),
          ]
        : []),
    ],
  });
}
