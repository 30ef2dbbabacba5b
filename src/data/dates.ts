/**
 * Calendar dates as the data format has them: `YYYY-MM-DD` strings, days not instants.
 * All arithmetic goes through a day number (days since 1970-01-01) computed with
 * Date.UTC, so nothing depends on the viewer's time zone.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Splits a `YYYY-MM-DD` string; undefined when it is not a real calendar day (2021-02-30). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function calendar(date: IsoDate): CalendarDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  return parts;
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = calendar(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The same day `months` months later, clamped to the month's last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = calendar(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/**
 * Length of an inclusive period in months: whole months, then the rest as a fraction of
 * the following month. 2019-08-01 → 2022-07-31 is exactly 36.
 */
export function monthsBetween(start: IsoDate, endInclusive: IsoDate): number {
  const end = addDays(endInclusive, 1);
  let whole = monthIndex(end) - monthIndex(start);
  if (addMonths(start, whole) > end) whole -= 1;
  const anchor = addMonths(start, whole);
  const rest = dayNumber(end) - dayNumber(anchor);
  if (rest === 0) return whole;
  const nextAnchor = addMonths(start, whole + 1);
  return whole + rest / (dayNumber(nextAnchor) - dayNumber(anchor));
}

function monthIndex(date: IsoDate): number {
  const { year, month } = calendar(date);
  return year * 12 + month - 1;
}

/** A calendar date as a Date at UTC midnight, for scales and Intl formatting with timeZone UTC. */
export function utcDate(date: IsoDate): Date {
  return new Date(dayNumber(date) * DAY_MS);
}

/** Today's calendar date where the viewer is (their wall-clock day). */
export function localToday(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
