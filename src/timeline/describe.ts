/**
 * The timeline's words: labels for changes and the tooltip / accessible text of each
 * item, in the UI language. Pure functions of the dictionary and formats.
 */
import type { Dictionary } from '../i18n/en';
import type { Formats } from '../i18n/format';
import { addDays, dayNumber, monthsBetween } from '../data/dates';
import { textIn } from '../data/text';
import { isoCountry } from '../data/countries';
import type { Project, ProjectEvent } from '../data/schema';
import type { Change, ScheduleRow, Semester, Span } from './shape';
import { partnerLabel } from '../project/partnerLabels';

/** "+6 months" for an extension, "6 months later" for a shift; undefined when as planned. */
export function changeLabel(change: Change | undefined, t: Dictionary, f: Formats): string | undefined {
  if (!change) return undefined;
  if (change.extensionMonths > 0) return t.timeline.extension(f.number(change.extensionMonths));
  if (change.endShiftMonths > 0) return t.timeline.shifted(f.number(change.endShiftMonths));
  if (change.endShiftMonths < 0) return t.timeline.earlier(f.number(-change.endShiftMonths));
  return undefined;
}

/** The part of the actual bar past the planned end, where the change label sits. */
export function changedPart(row: ScheduleRow): Span | undefined {
  if (!row.actual || dayNumber(row.actual.end) <= dayNumber(row.planned.end)) return undefined;
  return { start: addDays(row.planned.end, 1), end: row.actual.end };
}

export function rowName(row: ScheduleRow, t: Dictionary, lang: string): string {
  return row.phase ? textIn(row.phase.name, lang) : t.timeline.project;
}

export function describeRow(row: ScheduleRow, t: Dictionary, f: Formats, lang: string): string[] {
  const months = (span: Span) => f.number(monthsBetween(span.start, span.end));
  const lines = [rowName(row, t, lang), t.timeline.plannedSpan(f.dateRange(row.planned.start, row.planned.end), months(row.planned))];
  if (row.actual && row.change) {
    const change = changeLabel(row.change, t, f);
    lines.push(t.timeline.actualSpan(f.dateRange(row.actual.start, row.actual.end), months(row.actual)) + (change ? ` — ${change}` : ''));
  }
  return lines;
}

export function describeSemester(semester: Semester, t: Dictionary, f: Formats): string[] {
  return [t.timeline.semesterName(semester.number), f.dateRange(semester.start, semester.end), t.timeline.months(f.number(monthsBetween(semester.start, semester.end)))];
}

export function eventPlace(event: ProjectEvent, t: Dictionary, f: Formats, lang: string): string {
  const where = [event.place ? textIn(event.place, lang) : undefined, event.country ? f.country(event.country) : undefined].filter(Boolean).join(', ');
  if (event.online) return where ? `${t.timeline.online} (${where})` : t.timeline.online;
  return where;
}

/**
 * Each event's name, told apart from the others of the same name: by its place or country
 * ("Regional stakeholder meeting · Slovenia"), then, where that is shared too, by its day.
 */
export function distinctEventNames(events: readonly ProjectEvent[], project: Project, t: Dictionary, f: Formats, lang: string): string[] {
  const counted = (names: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  };
  const hosts = new Map(project.partners.map((p) => [p.id, p.country]));
  const names = events.map((e) => textIn(e.name, lang));
  const shared = counted(names);
  const placed = names.map((name, i) => {
    if (shared.get(name) === 1) return name;
    const event = events[i]!;
    const country = event.country ?? (event.partner ? hosts.get(event.partner) : undefined);
    const where = event.place ? textIn(event.place, lang) : country ? f.country(country) : event.online ? t.timeline.online : undefined;
    return where ? `${name} · ${where}` : name;
  });
  const stillShared = counted(placed);
  return placed.map((name, i) => (stillShared.get(name) === 1 ? name : `${name}, ${f.shortDate(events[i]!.start)}`));
}

/** `name`: the event's name as told apart from others (`distinctEventNames`), else its own. */
export function describeEvent(event: ProjectEvent, project: Project, t: Dictionary, f: Formats, lang: string, name = textIn(event.name, lang)): string[] {
  const span = { start: event.start, end: event.end ?? event.start };
  const days = dayNumber(span.end) - dayNumber(span.start) + 1;
  const host = project.partners.find((p) => p.id === event.partner);
  return [
    name,
    `${f.dateRange(span.start, span.end)}${days > 1 ? ` (${t.timeline.days(days)})` : ''}`,
    [t.eventKinds[event.kind], eventPlace(event, t, f, lang)].filter(Boolean).join(' · '),
    ...(host ? [t.timeline.hostedBy(textIn(partnerLabel(project, host), lang))] : []),
  ];
}

/** Events of a partner: those it hosts, and those in its country that name no host. */
export function isPartnersEvent(event: ProjectEvent, partnerId: string, project: Project): boolean {
  if (event.partner) return event.partner === partnerId;
  const partner = project.partners.find((p) => p.id === partnerId);
  return partner !== undefined && event.country !== undefined && isoCountry(event.country) === isoCountry(partner.country);
}
