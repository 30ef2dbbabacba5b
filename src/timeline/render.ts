/**
 * Draws a timeline spec as one SVG (Observable Plot): year and month axes, schedule and
 * phase rows (the plan as a faint baseline, the actual as a solid bar, the change labelled),
 * semesters, events as diamonds or short bars with their placed labels, and today's line;
 * with the frame when the chart stands alone. Runs with any document.
 */
import * as Plot from '@observablehq/plot';
import { attributed, keyed } from '../shared/plotMarks';
import { drawFrame, tickPadding, TICK_LENGTH } from '../chart/frame';
import { finishSvg, placePanel as place, svgElement } from '../chart/svg';
import { addDays, utcDate } from '../data/dates';
import type { Span } from './shape';
import { ACTUAL_BAR, MARKER_STROKE, type EventMark, type MoreEvents, type ScheduleBar, type TimelineSpec } from './spec';

const start = (span: Span) => utcDate(span.start);
const end = (span: Span) => utcDate(addDays(span.end, 1));
const eventRow = (row: number) => `events-${row}`;

export function renderTimeline(spec: TimelineSpec, { document }: { document: Document }): SVGSVGElement {
  const svg = svgElement(document, 'svg', { width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`, 'aria-label': spec.ariaLabel });
  const panel = place(gantt(spec, document), spec.box);
  // Row names in another language (a phase named in English on a Latvian page) say so.
  const rowTicks = panel.querySelectorAll('g[data-plot="y-axis tick label"] text');
  spec.rows.forEach((row, i) => {
    if (row.lang) rowTicks[i]?.setAttribute('lang', row.lang);
  });
  svg.append(panel);
  if (spec.frame) drawFrame(svg, spec.frame, spec.theme);
  return finishSvg(svg, spec.theme, { fontSize: spec.fontSize, background: !spec.transparent });
}

function gantt(spec: TimelineSpec, document: Document): SVGSVGElement | HTMLElement {
  const { theme, fontSize, rowHeight, bars, events, margin } = spec;
  const single = events.filter((e) => e.span.start === e.span.end);
  const multi = events.filter((e) => e.span.start !== e.span.end);
  const fill = (e: EventMark) => (e.faded ? theme.faded : theme.event);
  const rowLabels = new Map(spec.rows.map((r) => [r.key, r.label]));
  const inset = (share: number) => Math.round(rowHeight * share);
  const labelled = events.filter((e) => e.labelAt);

  return Plot.plot({
    document,
    width: spec.box.width,
    height: spec.box.height,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    style: { fontSize: `${fontSize}px` },
    x: { type: 'utc', domain: spec.extent },
    y: { domain: spec.rows.map((r) => r.key), padding: 0 },
    marks: [
      Plot.gridX({ ticks: `${spec.yearStep} years`, stroke: theme.grid, strokeOpacity: 0.6 }),
      Plot.axisX({ ticks: `${spec.yearStep} years`, anchor: 'top', tickFormat: (d: Date) => String(d.getUTCFullYear()), tickSize: TICK_LENGTH, label: null, fill: theme.ink }),
      ...(spec.monthStep ? [Plot.axisX({ ticks: `${spec.monthStep} months`, anchor: 'bottom', tickFormat: spec.monthFormat, tickSize: TICK_LENGTH, tickPadding: tickPadding(fontSize), label: null, fill: theme.ink })] : []),
      Plot.axisY({ tickFormat: (key: string) => rowLabels.get(key) ?? '', tickSize: 0, tickPadding: spec.rowNameGap, label: null, fill: theme.ink, ...(spec.rowNameSize < fontSize ? { fontSize: spec.rowNameSize } : {}) }),
      Plot.barX(bars, {
        x1: (b: ScheduleBar) => start(b.planned),
        x2: (b: ScheduleBar) => end(b.planned),
        y: 'row',
        insetTop: inset(0.7),
        insetBottom: inset(0.12),
        fill: theme.planned,
        ariaHidden: 'true',
        ...keyed((i) => `planned-${bars[i]?.key ?? ''}`),
      }),
      Plot.barX(bars, {
        x1: (b: ScheduleBar) => start(b.actual),
        x2: (b: ScheduleBar) => end(b.actual),
        y: 'row',
        insetTop: inset(ACTUAL_BAR.top),
        insetBottom: inset(ACTUAL_BAR.bottom),
        fill: (b: ScheduleBar) => (b.kind === 'project' ? theme.actual : theme.phase),
        ...keyed((i) => bars[i]?.key ?? ''),
      }),
      Plot.text(bars.filter((b) => b.changeAt && b.changeLabel), {
        x: 'changeAt',
        y: 'row',
        dy: -inset(0.1),
        text: 'changeLabel',
        fill: theme.onActual,
        fontWeight: 700,
        ariaHidden: 'true',
      }),
      Plot.barX(spec.semesters, {
        x1: 'start',
        x2: 'end',
        y: () => 'semesters',
        insetTop: inset(0.18),
        insetBottom: inset(0.18),
        fill: (s: { number: number }) => (s.number % 2 ? theme.semesterOdd : theme.semesterEven),
        ...keyed((i) => spec.semesters[i]?.key ?? ''),
      }),
      Plot.text(spec.semesters.filter((s) => s.label), { x: (s: { start: Date; end: Date }) => new Date((s.start.getTime() + s.end.getTime()) / 2), y: () => 'semesters', text: 'label', fill: theme.ink, ariaHidden: 'true' }),
      Plot.barX(multi, {
        x1: (e: EventMark) => start(e.span),
        x2: (e: EventMark) => end(e.span),
        y: (e: EventMark) => eventRow(e.placement.row),
        insetTop: inset(0.3),
        insetBottom: inset(0.3),
        // A short event stays visible: at least a few pixels either side of its days.
        insetLeft: -3,
        insetRight: -3,
        fill,
        stroke: (e: EventMark) => (e.selected ? theme.today : 'none'),
        strokeWidth: 3,
        ...keyed((i) => multi[i]?.key ?? ''),
      }),
      Plot.dot(single, {
        x: (e: EventMark) => start(e.span),
        y: (e: EventMark) => eventRow(e.placement.row),
        symbol: 'diamond',
        r: spec.markerRadius,
        fill: (e: EventMark) => (e.online ? theme.paper : fill(e)),
        stroke: (e: EventMark) => (e.selected ? theme.today : fill(e)),
        strokeWidth: (e: EventMark) => (e.selected ? MARKER_STROKE : 1.8),
        ...keyed((i) => single[i]?.key ?? ''),
      }),
      Plot.text(
        labelled,
        {
          x: 'labelAt',
          y: (e: EventMark) => eventRow(e.placement.row),
          text: 'label',
          textAnchor: 'start',
          fill: (e: EventMark) => (e.faded ? theme.fadedText : theme.event),
          ariaHidden: 'true',
          ...attributed((i) => ({ lang: labelled[i]?.lang })),
        },
      ),
      // Events with no room of their own, counted where they are: "+12".
      Plot.text(spec.more, {
        x: 'at',
        y: (m: MoreEvents) => eventRow(m.row),
        text: 'label',
        textAnchor: 'start',
        fill: theme.event,
        fontWeight: 700,
        ...keyed((i) => spec.more[i]?.key ?? ''),
      }),
      ...(spec.today
        ? [
            Plot.ruleX([spec.today.at], { stroke: theme.today, strokeWidth: 2, strokeDasharray: '5,3', ariaHidden: 'true' }),
            Plot.text([spec.today.label], { x: spec.today.at, frameAnchor: 'bottom', dy: Math.round(TICK_LENGTH + tickPadding(fontSize) + fontSize * 2.2), textAnchor: spec.today.anchor, fill: theme.today, fontWeight: 700, ariaHidden: 'true' }),
          ]
        : []),
    ],
  });
}
