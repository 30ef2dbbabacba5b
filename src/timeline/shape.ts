/**
 * The timeline's shaping: schedule, phases, semesters and events as dated items, with
 * inclusive calendar-day periods. Pure, and free of pixels (layout.ts places them).
 */
import type { Phase, Project, ProjectEvent } from '../data/schema';
import { addDays, addMonths, dayNumber, monthsBetween, type IsoDate } from '../data/dates';

export interface Span {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
}

export interface Semester extends Span {
  /** 1-based: S1, S2, … */
  number: number;
}

/** Six-month periods from the start, the last one cut at the end (an Interreg semester). */
export function semesters(schedule: Span): Semester[] {
  const result: Semester[] = [];
  for (let number = 1; ; number++) {
    const start = addMonths(schedule.start, (number - 1) * 6);
    if (dayNumber(start) > dayNumber(schedule.end)) break;
    const nextStart = addMonths(schedule.start, number * 6);
    const end = dayNumber(addDays(nextStart, -1)) < dayNumber(schedule.end) ? addDays(nextStart, -1) : schedule.end;
    result.push({ number, start, end });
  }
  return result;
}

export interface Change {
  /** actual − planned length in months (an extension when > 0). */
  extensionMonths: number;
  /** How far the end moved, in months (later when > 0). */
  endShiftMonths: number;
}

/** How an actual period differs from its plan; undefined when it ran as planned. */
export function change(planned: Span, actual: Span | undefined): Change | undefined {
  if (!actual || (actual.start === planned.start && actual.end === planned.end)) return undefined;
  const length = (s: Span) => monthsBetween(s.start, s.end);
  const endShift =
    dayNumber(actual.end) >= dayNumber(planned.end)
      ? monthsBetween(addDays(planned.end, 1), actual.end)
      : -monthsBetween(addDays(actual.end, 1), planned.end);
  return { extensionMonths: round(length(actual) - length(planned)), endShiftMonths: round(endShift) };
}

function round(months: number): number {
  return Math.round(months * 10) / 10;
}

export interface ScheduleRow {
  key: string;
  kind: 'project' | 'phase';
  phase?: Phase;
  planned: Span;
  actual?: Span;
  change?: Change;
}

/** The project row, then one row per phase, in the file's order. */
export function scheduleRows(project: Project): ScheduleRow[] {
  const { planned, actual } = project.schedule;
  return [
    { key: 'project', kind: 'project', planned, actual, change: change(planned, actual) },
    ...(project.phases ?? []).map((phase) => ({
      key: `phase-${phase.id}`,
      kind: 'phase' as const,
      phase,
      planned: phase.planned,
      actual: phase.actual,
      change: change(phase.planned, phase.actual),
    })),
  ];
}

/** Events by date (then by end, then by file order), each as a span. */
export function datedEvents(project: Project): (ProjectEvent & { span: Span })[] {
  return (project.events ?? [])
    .map((event, order) => ({ event, order }))
    .sort(
      (a, b) =>
        dayNumber(a.event.start) - dayNumber(b.event.start) ||
        dayNumber(a.event.end ?? a.event.start) - dayNumber(b.event.end ?? b.event.start) ||
        a.order - b.order,
    )
    .map(({ event }) => ({ ...event, span: { start: event.start, end: event.end ?? event.start } }));
}

/** The whole time the chart must show: the schedule (planned and actual) and every event. */
export function timeExtent(project: Project, events: readonly { span: Span }[] = datedEvents(project)): Span {
  const dates = [project.schedule.planned, project.schedule.actual, ...events.map((e) => e.span)]
    .filter((span): span is Span => span !== undefined)
    .flatMap((span) => [span.start, span.end]);
  // The first and the last day, in one pass (no sort: a schedule may hold thousands of events).
  let [start, end] = [project.schedule.planned.start, project.schedule.planned.end];
  for (const date of dates) {
    if (dayNumber(date) < dayNumber(start)) start = date;
    if (dayNumber(date) > dayNumber(end)) end = date;
  }
  return { start, end };
}
