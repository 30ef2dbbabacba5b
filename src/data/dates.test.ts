import { describe, expect, test } from 'vitest';
import { addDays, addMonths, dayNumber, fromDayNumber, isIsoDate, localToday, monthsBetween, utcDate } from './dates';

describe('isIsoDate', () => {
  test.each([
    ['2019-08-01', true],
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2021-02-30', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-1-1', false],
    ['2021-01-01T00:00:00Z', false],
    ['01.08.2019', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('month arithmetic', () => {
  test.each([
    ['2019-08-01', 6, '2020-02-01'],
    ['2019-08-01', 36, '2022-08-01'],
    ['2021-01-31', 1, '2021-02-28'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2020-12-15', 1, '2021-01-15'],
    ['2020-03-31', -1, '2020-02-29'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  test.each([
    ['2019-08-01', '2022-07-31', 36],
    ['2019-08-01', '2023-01-31', 42],
    ['2019-08-01', '2021-07-31', 24],
    ['2021-08-01', '2022-01-31', 6],
    ['2020-01-01', '2020-01-31', 1],
    ['2020-01-01', '2020-01-16', 16 / 31],
    ['2019-08-15', '2019-09-14', 1],
  ])('%s to %s (both days included) is %d months', (start, end, months) => {
    expect(monthsBetween(start, end)).toBeCloseTo(months, 10);
  });

  test('days step over month and year ends', () => {
    expect(addDays('2022-07-31', 1)).toBe('2022-08-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(dayNumber('1970-01-02')).toBe(1);
  });
});

describe('calendar days do not move with the time zone', () => {
  test('a date becomes UTC midnight of that day', () => {
    expect(utcDate('2023-01-31').toISOString()).toBe('2023-01-31T00:00:00.000Z');
  });

  test("today is the viewer's wall-clock day", () => {
    // 23:30 local on 31 Jan is still 31 Jan, whatever UTC says.
    expect(localToday(new Date(2023, 0, 31, 23, 30))).toBe('2023-01-31');
    expect(localToday(new Date(2023, 1, 1, 0, 5))).toBe('2023-02-01');
  });
});

describe('the edges of the calendar, years 0001–9999', () => {
  test('years below 100 are not read as 19xx', () => {
    expect(fromDayNumber(dayNumber('0001-01-01'))).toBe('0001-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(utcDate('0099-06-01').getUTCFullYear()).toBe(99);
    expect(monthsBetween('0099-06-01', '0100-05-31')).toBe(12);
  });
  test('9999-12-31 is a date; the day after it can be computed, but no file may hold it', () => {
    expect(isIsoDate('9999-12-31')).toBe(true);
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
    expect(monthsBetween('9999-01-01', '9999-12-31')).toBe(12);
    expect(isIsoDate('10000-01-01')).toBe(false);
    expect(isIsoDate('0000-12-31')).toBe(false);
  });
  test('day numbers round-trip and agree with Date for every year from 1 to 9999 (sampled)', () => {
    for (let year = 1; year <= 9999; year += 7) {
      for (const [month, day] of [[1, 1], [2, 28], [12, 31]] as const) {
        const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(fromDayNumber(dayNumber(date))).toBe(date);
        const reference = new Date(0);
        reference.setUTCFullYear(year, month - 1, day);
        expect(dayNumber(date)).toBe(Math.round(reference.getTime() / 86_400_000));
      }
    }
  });
  test('leap years: 2000 and 0400 are, 1900 and 0100 are not', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0400-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });
});
