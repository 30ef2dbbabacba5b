/**
 * The Gantt chart's spec: from a project, the words and a size to its rows, bars, semesters,
 * events (packed into rows, labels measured and placed), axes whose labels fit, today's line,
 * the legend and (standing alone) the frame. Pure: no Svelte, no page.
 */
import { scaleUtc } from 'd3-scale';
import { textWithLang } from '../data/text';
import { addDays, utcDate, type IsoDate } from '../data/dates';
import { prepareProject } from '../project/prepared';
import { frameWords, layoutFrame, placeKey, SMALL_TYPE, tickPadding, TICK_LENGTH, typeScale, type Box, type FrameContent, type FrameLayout, type LegendItem } from '../chart/frame';
import type { ChartSize, ChartWords, Described } from '../chart/context';
import { narrowestWrap, wrapBalanced, wrapsWhole } from '../chart/measure';
import type { Theme } from '../chart/theme';
import type { EventKind, Project } from '../data/schema';
import { change, datedEvents, scheduleRows, semesters, timeExtent, type Span } from './shape';
import { layoutEvents, type EventPlacement } from './layout';
import { changeLabel, changedPart, describeEvent, describeRow, describeSemester, distinctEventNames, isPartnersEvent, rowName } from './describe';

/** Where labels compete for room, milestones and conferences are named before routine meetings. */
const LABEL_PRIORITY: Record<EventKind, number> = { milestone: 5, conference: 4, 'study-visit': 3, workshop: 2, meeting: 1, other: 0 };

export interface ScheduleBar {
  key: string;
  row: string;
  kind: 'project' | 'phase';
  planned: Span;
  actual: Span;
  /** "+6 months", where it fits: over the changed part, else over the whole bar. */
  changeLabel?: string;
  changeAt?: Date;
}

export interface EventMark {
  key: string;
  span: Span;
  placement: EventPlacement;
  label: string;
  /** The label's language, where it is not the page's. */
  lang?: string;
  /** Where the label starts (a date, on the chart's own scale). */
  labelAt?: Date;
  online: boolean;
  faded: boolean;
  selected: boolean;
}

/** Events a crowded timeline has no room for one by one, counted at their place in the last row: "+12". */
export interface MoreEvents {
  key: string;
  at: Date;
  /** The row it is counted in (the last of the events' rows). */
  row: number;
  count: number;
  ids: string[];
  /** What the chart writes there: "+12" on the page (its tooltip names them); in a picture their numbers in the key, "6–8". */
  label: string;
}

export interface TimelineSpec extends Described {
  width: number;
  height: number;
  theme: Theme;
  fontSize: number;
  rowHeight: number;
  title: string;
  ariaLabel: string;
  legend: LegendItem[];
  frame?: FrameLayout;
  box: Box;
  margin: { top: number; right: number; bottom: number; left: number };
  /** A one-day event's diamond, as Plot's dot radius (its area is that of a circle of this radius). */
  markerRadius: number;
  /** How far left of the plot the row names end: clear of a diamond on the first day. */
  rowNameGap: number;
  extent: [Date, Date];
  /** The row names' type size: the body's, or smaller where two lines of it must stand in a low row. */
  rowNameSize: number;
  rows: { key: string; label: string; lang?: string }[];
  bars: ScheduleBar[];
  semesters: { key: string; number: number; start: Date; end: Date; label?: string }[];
  events: EventMark[];
  more: MoreEvents[];
  /** Events labelled by their number, for the key under the chart. */
  key: { number: number; name: string; lang?: string }[];
  yearStep: number;
  monthStep?: number;
  monthFormat: (date: Date) => string;
  today?: { at: Date; label: string; anchor: 'start' | 'end' };
  transparent: boolean;
  /** The words a mark's name begins with (an event's name), where they are in another language than the page's. */
  foreignName: (key: string) => { text: string; lang: string } | undefined;
}

const MONTH_STEPS = [1, 2, 3, 6, 12];
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
const start = (span: Span) => utcDate(span.start);
/** Bars end after their last day: an inclusive end is drawn to the next midnight. */
const end = (span: Span) => utcDate(addDays(span.end, 1));

/** The gap Plot keeps between a row's name and the plot where its ticks are not drawn (its default tick padding). */
const PLOT_NAME_GAP = 9;
/** How far d3's diamond reaches either side of its centre, for the radius of a circle of its area: √(π tan 30° / 2). */
export const DIAMOND_REACH = Math.sqrt((Math.PI * Math.tan(Math.PI / 6)) / 2);
/** How far d3's diamond reaches above and below its centre, for the radius of a circle of its area: √(π / (2 tan 30°)). */
export const DIAMOND_TALL = Math.sqrt(Math.PI / (2 * Math.tan(Math.PI / 6)));
/** The actual schedule's bar within its row: the shares of the row's height left above and below it. */
export const ACTUAL_BAR = { top: 0.15, bottom: 0.35 };
/** The widest outline a diamond is drawn with (a chosen event's). */
export const MARKER_STROKE = 3.5;

/** The row names' smallest type, of the body's. */
const SMALLEST_NAMES = 0.8;
/** The least gap between one row's name and the next row's, in lines of the names' type. */
export const NAME_GAP = 0.3;

/** On paper, the rows the events may take (one of them for the counted events); the rest are numbered. */
const PAPER_EVENT_ROWS = 5;
/** On paper, the most rows whose names may take two lines. */
const PAPER_TWO_LINE_ROWS = 10;

export function timelineSpec(project: Project, words: ChartWords, size: ChartSize): TimelineSpec {
  const { t, f, lang } = words;
  const { theme, measure } = size;
  const prepared = prepareProject(project, words);
  const { figures } = prepared;
  const scheduleList = scheduleRows(project);
  const semesterList = semesters({ start: figures.start, end: figures.end });
  const events = datedEvents(project);
  const extent = timeExtent(project, events);
  const fontSize = size.framed ? (size.fontSize ?? typeScale(size.width, size.height)) : 12;
  const running = figures.status === 'running';
  const selection = words.selection ?? {};

  const legend: LegendItem[] = [
    { key: 'actual', label: t.timeline.legend.actual, symbol: { kind: 'rect', fill: theme.actual } },
    { key: 'planned', label: t.timeline.legend.planned, symbol: { kind: 'line', stroke: theme.planned, width: 4 } },
    ...(events.length > 0
      ? [
          { key: 'event', label: t.timeline.legend.event, symbol: { kind: 'diamond' as const, fill: theme.event } },
          { key: 'online', label: t.timeline.legend.onlineEvent, symbol: { kind: 'diamond' as const, fill: theme.paper, stroke: theme.event } },
          // A short thick bar in the events' rows, as drawn: not the schedule's solid bars.
          { key: 'multi-day', label: t.timeline.legend.multiDay, symbol: { kind: 'line' as const, stroke: theme.event, width: 6 } },
        ]
      : []),
    ...(running ? [{ key: 'today', label: t.timeline.legend.today, symbol: { kind: 'line' as const, stroke: theme.today, dash: '5,3' } }] : []),
  ];
  const endShift = change(project.schedule.planned, project.schedule.actual)?.endShiftMonths ?? 0;
  const title = t.timeline.finding({
    status: figures.status,
    month: f.monthInText(figures.status === 'not-started' ? figures.start : figures.end),
    months: endShift !== 0 ? f.number(Math.abs(endShift)) : undefined,
    later: endShift > 0,
  });

  let frame: FrameLayout | undefined;
  let frameContent: FrameContent | undefined;
  let box: Box = { x: 0, y: 0, width: size.width, height: size.height ?? 0 };
  if (size.framed && size.height) {
    frameContent = { title, legend, source: prepared.source.timeline };
    frame = layoutFrame(frameWords(size, frameContent), { width: size.width, height: size.height }, measure, fontSize);
    box = frame.plot;
  }

  const width = box.width;
  // The row names get the room they need to be whole, up to 30 % of the width: standing alone, where
  // rows are too low for a name over two lines, on one line; on the page, where a name wraps in its
  // row, on two (a phone's page keeps its narrow column: a third line of smaller type, below).
  const rowNames = () => [t.timeline.semesters, t.timeline.events, ...scheduleList.map((row) => rowName(row, t, lang))];
  const widestRowName = () => (size.framed || size.paper ? Math.max(...rowNames().map((name) => measure(name, fontSize))) : Math.max(...rowNames().map((name) => narrowestWrap(name, measure, fontSize, 2))));
  // A one-day event is a diamond; on the first day it reaches left of the plot, where the row names
  // end: they end as far left as it reaches, and a few pixels more (Plot's own gap is 9 px).
  const markerRadiusByType = Math.max(6.5, fontSize * 0.55);
  const rowNameGap = Math.max(PLOT_NAME_GAP, Math.ceil(markerRadiusByType * DIAMOND_REACH + MARKER_STROKE / 2) + 4);
  // Whole pixels up, not to the nearest: a name that needs 434.0000001 px is cut by a pixel's rounding.
  // On a phone, of the width the reader sees: the names stay in view there while the chart scrolls,
  // in at most two fifths of it (a 300 px embed), and never under 8 times the type's size.
  const nameShare = 0.3 * Math.min(width, size.seenWidth ?? width);
  const column = Math.min(fontSize * 16, Math.max(fontSize * 10.5, width * 0.2), size.seenWidth ? Math.max(fontSize * 8, size.seenWidth * 0.4) : Infinity);
  const marginLeft = Math.ceil(Math.max(column, Math.min(widestRowName() + fontSize + rowNameGap - PLOT_NAME_GAP, nameShare)));
  const margin = { top: Math.round(fontSize + 14), right: Math.round(fontSize * 1.7), bottom: Math.round(TICK_LENGTH + tickPadding(fontSize) + fontSize * 1.4 + (running ? fontSize * 1.6 : 0)), left: marginLeft };
  const plotWidth = width - margin.left - margin.right;
  // The width a row name may take: what the margin leaves once the gap to the plot is kept.
  const nameRoom = margin.left - fontSize - (rowNameGap - PLOT_NAME_GAP);
  const x = scaleUtc().domain([start(extent), end(extent)]).range([0, plotWidth]);

  const labels = distinctEventNames(events, project, t, f, lang);
  const keyWidth = measure(String(events.length), fontSize) + 2;
  const labelLangs = events.map((e) => textWithLang(e.name, lang, project.lang).lang);
  // Standing alone, the events take only the rows the picture has room for (at least 1.6 lines
  // each): those without room for their name are numbered, those without room for a marker counted.
  // Where a row name needs two lines even in the frame's small type, the rows are as high as two
  // lines of it and the gap between one row's name and the next.
  const namesOnOneSmallLine = rowNames().every((name) => measure(name, fontSize * SMALL_TYPE) <= nameRoom);
  const minRow = fontSize * (namesOnOneSmallLine ? 1.6 : SMALL_TYPE * (2 + NAME_GAP));
  const eventRowsIn = (plot: Box) => Math.max(1, Math.floor((plot.height - margin.top - margin.bottom) / minRow) - scheduleList.length - 1);
  // A picture has no tooltips: each event is named, numbered, or counted with numbers in its key.
  // On paper too: nothing to point at, and a crowded file's events take a few rows, the rest numbered.
  const standingAlone = Boolean(size.framed && size.height) || Boolean(size.paper);
  const place = (rowsFit?: number) =>
    layoutEvents(
      events.map((e) => e.span),
      extent,
      {
        plotWidth,
        labelWidth: (i) => measure(labels[i] ?? '', fontSize),
        // Where a name has no room, its number in the key (as wide as the widest number).
        keyWidth: () => keyWidth,
        priority: (i) => LABEL_PRIORITY[events[i]?.kind ?? 'other'],
        markerWidth: Math.max(14, fontSize * 1.15),
        namedOrCounted: standingAlone,
        // One row kept for the counted events.
        ...(rowsFit !== undefined ? { maxRows: Math.max(1, rowsFit - 1), maxLabelledRows: Math.min(6, Math.max(1, rowsFit - 1)) } : {}),
      },
    );
  const countWidth = standingAlone ? measure(`${events.length}–${events.length}`, fontSize, true) + 6 : measure('+8888', fontSize, true) + 6;
  /** Events without room for a marker of their own, in groups counted where they are (neighbours closer than a count's width). */
  const countedGroups = (list: readonly { stacked?: boolean }[]) => {
    const groups: number[][] = [];
    let lastAt = -Infinity;
    for (const [i, placement] of list.entries()) {
      if (!placement.stacked) continue;
      const at = x(start(events[i]!.span));
      const last = groups.at(-1);
      if (last && at - lastAt < countWidth) last.push(i);
      else {
        groups.push([i]);
        lastAt = at;
      }
    }
    return groups;
  };
  const numbered = (list: readonly { keyed?: boolean; stacked?: boolean }[]) => {
    // Numbers in date order; standing alone, a counted group's events take consecutive numbers too.
    const numbers = new Map<number, number>();
    const groupOf = new Map(standingAlone ? countedGroups(list).flatMap((group) => group.map((i) => [i, group] as const)) : []);
    for (const [i, placement] of list.entries()) {
      if (placement.keyed) numbers.set(i, numbers.size + 1);
      else for (const member of groupOf.get(i) ?? []) if (!numbers.has(member)) numbers.set(member, numbers.size + 1);
    }
    return numbers;
  };
  /** The event rows a layout takes: its markers' rows, and one for the counted events. */
  const rowsUsed = (list: readonly { row: number; stacked?: boolean }[]) => Math.max(0, ...list.filter((p) => !p.stacked).map((p) => p.row + 1)) + (list.some((p) => p.stacked) ? 1 : 0);
  /** The numbered events, as the page's key and the picture's say them. */
  const keyEntries = (list: Map<number, number>) => [...list].map(([i, number]) => ({ number, name: labels[i]!, lang: labelLangs[i] }));
  let placements = place(frame ? eventRowsIn(box) : size.paper ? PAPER_EVENT_ROWS : undefined);
  let numbers = numbered(placements);
  // Standing alone, the picture names its numbered events in a key of its own, under the plot
  // (the plot's width stays the same); where the key leaves fewer rows, the events are laid out
  // again in them and the key says the numbers of that layout.
  if (frame && numbers.size > 0 && size.height) {
    const keyOf = (list: Map<number, number>) => ({ title: t.timeline.keyTitle, entries: keyEntries(list), more: t.chart.keyMore, moreShort: t.chart.keyMoreShort });
    // The rows at their least height: the schedule's, the semesters', one of events and one of counted events.
    frameContent = { ...frameContent!, minPlotHeight: margin.top + margin.bottom + (scheduleList.length + 3) * minRow };
    frame = layoutFrame(frameWords(size, { ...frameContent, key: keyOf(numbers) }), { width: size.width, height: size.height }, measure, fontSize);
    box = frame.plot;
    if (rowsUsed(placements) > eventRowsIn(box)) {
      placements = place(eventRowsIn(box));
      numbers = numbered(placements);
      // The frame laid out for this key where that leaves the plot no shorter; else this key in the room kept.
      const again = layoutFrame(frameWords(size, { ...frameContent!, key: keyOf(numbers) }), { width: size.width, height: size.height }, measure, fontSize);
      if (again.plot.height >= box.height) box = (frame = again).plot;
      else frame = { ...frame, key: placeKey(keyOf(numbers), frame.key!.area, measure, fontSize) };
    }
  }
  const more: MoreEvents[] = countedGroups(placements).map((group, g) => {
    const first = numbers.get(group[0]!);
    const last = numbers.get(group.at(-1)!);
    const label = first === undefined || last === undefined ? `+${group.length}` : first === last ? String(first) : `${first}–${last}`;
    return { key: `more-${g}`, at: start(events[group[0]!]!.span), row: 0, count: group.length, ids: group.map((i) => events[i]!.id), label };
  });
  const eventRows = rowsUsed(placements);
  const rowKeys = [
    ...scheduleList.map((row) => ({ key: row.key, label: rowName(row, t, lang), lang: row.phase ? textWithLang(row.phase.name, lang, project.lang).lang : undefined })),
    { key: 'semesters', label: t.timeline.semesters },
    ...Array.from({ length: eventRows }, (_, i) => ({ key: `events-${i}`, label: i === 0 ? t.timeline.events : '' })),
  ];
  // On paper a row is as high as its name's lines (no pointer to aim): one where every row name
  // fits on a line in the 30 % of the width they get (as in a picture), or where the rows are many
  // (a crowded file's timeline shares its page with its key); else two.
  const oneLine = () => rowKeys.length > PAPER_TWO_LINE_ROWS || rowKeys.every((row) => measure(row.label, fontSize) <= nameRoom);
  const naturalRow = size.paper ? Math.ceil(fontSize * (oneLine() ? 1.9 : 2.45)) : Math.round(Math.max(34, fontSize * 2.8));
  const rowHeight = size.framed && size.height ? Math.max(fontSize * 1.6, Math.min(fontSize * 4, (box.height - margin.top - margin.bottom) / rowKeys.length)) : naturalRow;
  if (!(size.framed && size.height)) box = { ...box, height: Math.round(rowKeys.length * rowHeight + margin.top + margin.bottom) };
  const roomyLines = rowHeight >= fontSize * (size.paper ? 2.45 : 2.6) ? 2 : 1;
  // A name cut in the lines of body text its row holds (one on a low row, two on the page's): the
  // row names go into smaller type (at most the frame's small type, never under 0.8 of the body), in
  // as many lines, else in one line more, so long as a name's lines and the gap to the next row's
  // name stand in its row, rather than end in "…". A phone's page keeps its narrow name column this
  // way, and a slide's low rows their names.
  const wholeIn = (type: number, lines: number) => rowKeys.every((row) => wrapsWhole(row.label, nameRoom, measure, type, lines));
  const smallFor = (lines: number) => Math.min(fontSize * SMALL_TYPE, Math.floor((rowHeight / (lines + NAME_GAP)) * 10) / 10);
  // A name too long even for that is cut where the most of it shows: in the extra line, where there is room for one.
  const smaller = [roomyLines, roomyLines + 1].map((lines) => [smallFor(lines), lines] as const).filter(([small]) => small >= fontSize * SMALLEST_NAMES);
  const [rowNameSize, labelLines] = wholeIn(fontSize, roomyLines) ? [fontSize, roomyLines] : (smaller.find(([small, lines]) => wholeIn(small, lines)) ?? smaller.at(-1) ?? [fontSize, roomyLines]);
  // A diamond no taller than its row (rows are short on a crowded slide): its height is 2 × DIAMOND_TALL × r.
  const markerRadius = Math.min(markerRadiusByType, (rowHeight * 0.92) / (2 * DIAMOND_TALL));
  // A change said on its bar ("+6 months") only where the bar is as thick as the words are high.
  const barHolds = rowHeight * (1 - ACTUAL_BAR.top - ACTUAL_BAR.bottom) >= fontSize * 0.85;

  const px = (date: Date) => x(date);
  const fitsIn = (text: string, from: Date, to: Date, bold = false) => measure(text, fontSize, bold) + 6 <= px(to) - px(from);
  const bars: ScheduleBar[] = scheduleList.map((row) => {
    const actual = row.actual ?? row.planned;
    const label = changeLabel(row.change, t, f);
    const changed = changedPart(row);
    let changeAt: Date | undefined;
    if (barHolds && label && changed && fitsIn(label, start(changed), end(changed), true)) changeAt = new Date((start(changed).getTime() + end(changed).getTime()) / 2);
    else if (barHolds && label && fitsIn(label, start(actual), end(actual), true)) changeAt = new Date((start(actual).getTime() + end(actual).getTime()) / 2);
    return { key: row.key, row: row.key, kind: row.kind, planned: row.planned, actual, changeLabel: changeAt ? label : undefined, changeAt };
  });

  const monthFormat = new Intl.DateTimeFormat(t.locale, { month: 'short', timeZone: 'UTC' });
  const dayWidth = plotWidth / Math.max(1, (end(extent).getTime() - start(extent).getTime()) / 86_400_000);
  const widestMonth = Math.max(...Array.from({ length: 12 }, (_, m) => measure(monthFormat.format(new Date(Date.UTC(2001, m, 1))), fontSize)));
  const monthStep = MONTH_STEPS.find((step) => dayWidth * 28 * step >= widestMonth + 10);
  const yearWidth = measure('8888', fontSize);
  const yearStep = YEAR_STEPS.find((step) => dayWidth * 365 * step >= yearWidth + 10) ?? 10_000;

  const todayAt = running ? utcDate(words.today) : undefined;
  const todayLabel = t.timeline.today;

  // Looked up by key: every mark is described once, so a scan per mark would grow with the square.
  const rowsByKey = new Map(scheduleList.map((r) => [r.key, r]));
  const semestersByKey = new Map(semesterList.map((s) => [`semester-${s.number}`, s]));
  /** Each event's place in `events` (and `labels`), by its mark's key. */
  const eventIndex = new Map(events.map((e, i) => [`event-${e.id}`, i]));
  const moreByKey = new Map(more.map((m) => [m.key, m]));
  function describe(key: string): string[] {
    const row = rowsByKey.get(key);
    if (row) return describeRow(row, t, f, lang);
    const semester = semestersByKey.get(key);
    if (semester) return describeSemester(semester, t, f);
    const counted = moreByKey.get(key);
    if (counted) {
      const indices = counted.ids.map((id) => eventIndex.get(`event-${id}`)!);
      const names = indices.map((i) => labels[i]!);
      return [t.timeline.moreEvents(counted.count), f.dateRange(events[indices[0]!]!.start, events[indices.at(-1)!]!.start), ...names.slice(0, 5), ...(names.length > 5 ? ['…'] : [])];
    }
    const index = eventIndex.get(key);
    return index !== undefined ? describeEvent(events[index]!, project, t, f, lang, labels[index]) : [];
  }

  return {
    width: size.width,
    height: size.height ?? box.height,
    theme,
    fontSize,
    rowHeight,
    title,
    ariaLabel: t.timeline.chartLabel,
    legend,
    frame,
    box,
    margin,
    markerRadius,
    rowNameGap,
    extent: [start(extent), end(extent)],
    rowNameSize,
    rows: rowKeys.map((row) => ({ key: row.key, label: wrapBalanced(row.label, nameRoom, measure, rowNameSize, labelLines).join('\n'), lang: 'lang' in row ? row.lang : undefined })),
    bars,
    semesters: semesterList.map((s) => {
      const label = t.timeline.semester(s.number);
      return { key: `semester-${s.number}`, number: s.number, start: start(s), end: end(s), label: fitsIn(label, start(s), end(s)) ? label : undefined };
    }),
    events: events.flatMap((event, i) => {
      const placement = placements[i] ?? { row: 0, labelled: false, side: 'right' as const };
      if (placement.stacked) return [];
      const number = numbers.get(i);
      return {
        key: `event-${event.id}`,
        span: event.span,
        placement,
        label: number !== undefined ? String(number) : (labels[i] ?? ''),
        lang: number !== undefined ? undefined : labelLangs[i],
        labelAt: placement.labelled && placement.labelLeft !== undefined ? x.invert(placement.labelLeft) : undefined,
        online: event.online === true,
        faded: selection.partner !== undefined && !isPartnersEvent(event, selection.partner, project),
        selected: selection.event === event.id,
      };
    }),
    more: more.map((m) => ({ ...m, row: eventRows - 1 })),
    key: keyEntries(numbers),
    yearStep,
    monthStep,
    monthFormat: (date) => monthFormat.format(date),
    today: todayAt ? { at: todayAt, label: todayLabel, anchor: px(todayAt) + measure(todayLabel, fontSize, true) > plotWidth + margin.right ? 'end' : 'start' } : undefined,
    transparent: size.transparent ?? !size.framed,
    describe,
    foreignName: (key) => {
      const index = eventIndex.get(key);
      const lang = index === undefined ? undefined : labelLangs[index];
      return index !== undefined && lang ? { text: labels[index]!, lang } : undefined;
    },
  };
}

export type { IsoDate };
