/**
 * Calendar dates as the data format has them: `YYYY-MM-DD` strings, days not instants, for
 * years 0001–9999. All arithmetic goes through a day number (days since 1970-01-01) computed
 * by calendar arithmetic, not `Date.UTC` (which reads years 0–99 as 1900–1999), so nothing
 * depends on the viewer's time zone and the calendar's edges hold. Arithmetic may step one
 * day past 9999-12-31 (the end of a bar drawn to the next midnight): such a date is written
 * with five digits, read back here, and refused by the validator.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4,5})-(\d{2})-(\d{2})$/;
/** The format's range: 0001-01-01 to 9999-12-31. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

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

/** A date a file may hold: a real calendar day from 0001-01-01 to 9999-12-31, written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const parts = parseIsoDate(text);
  return parts !== undefined && text.length === 10 && parts.year >= FIRST_YEAR && parts.year <= LAST_YEAR;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, any year (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function calendar(date: IsoDate): CalendarDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  return parts;
}

/** Days since 1970-01-01 for a calendar date. */
// Charts ask for the same few dates again and again (sorting, scales, labels): remembered.
const dayNumbers = new Map<string, number>();

export function dayNumber(date: IsoDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    const { year, month, day } = calendar(date);
    days = daysFromCivil(year, month, day);
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, days);
  }
  return days;
}

export function fromDayNumber(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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
