import { describe, expect, test } from 'vitest';
import { amount, calendarDate, countryCode, present, rate, yes } from './cells';
import { columnKey } from './tables';
import { csvTable } from './read';

describe('a cell as publishers write it', () => {
  test('N.a. and empty cells are missing', () => {
    for (const missing of ['N.a.', 'n.a.', 'N.A', '', '  ', null, undefined, 'n/a']) expect(present(missing), String(missing)).toBe(false);
    expect(present('0')).toBe(true);
    expect(present(0)).toBe(true);
  });

  test('amounts with either decimal separator, mixed within one row, and with thousands grouped', () => {
    expect(amount('528340.97')).toBe(528340.97);
    expect(amount('960619,95')).toBe(960619.95);
    expect(amount('1.234.567,89')).toBe(1234567.89);
    expect(amount('1,234,567.89')).toBe(1234567.89);
    expect(amount('25.000')).toBe(25000);
    expect(amount('83 500,00 €')).toBe(83500);
    expect(amount('EUR 1 640 000')).toBe(1640000);
    expect(amount(1330000)).toBe(1330000);
    expect(amount('0')).toBe(0);
    for (const unreadable of ['N.a.', 'about 5000', '1.2.3', '12,34,56', '', '=1+1']) expect(amount(unreadable), unreadable).toBeUndefined();
  });

  test('dates as Excel dates (a Date or its serial), DD/MM/YYYY text and ISO; impossible days refused', () => {
    expect(calendarDate(new Date(Date.UTC(2019, 7, 1)))).toBe('2019-08-01');
    expect(calendarDate(43678)).toBe('2019-08-01');
    expect(calendarDate('31/01/2023')).toBe('2023-01-31');
    expect(calendarDate('1.8.2019')).toBe('2019-08-01');
    expect(calendarDate('2024-04-30')).toBe('2024-04-30');
    expect(calendarDate('2024-01-01 10:00:00')).toBe('2024-01-01');
    for (const bad of ['31/02/2023', '2023-13-01', 'N.a.', 'soon', '']) expect(calendarDate(bad), bad).toBeUndefined();
  });

  test('rates as "80%", "0.8" or 80; EU country codes; Yes/No', () => {
    expect(rate('80%')).toBe(0.8);
    expect(rate('85 %')).toBe(0.85);
    expect(rate('0.8')).toBe(0.8);
    expect(rate(80)).toBe(0.8);
    expect(rate('180%')).toBeUndefined();
    expect([countryCode('UK'), countryCode('EL'), countryCode('XK'), countryCode('lv'), countryCode('ZZ')]).toEqual(['GB', 'GR', 'XK', 'LV', undefined]);
    expect([yes('Yes'), yes('No'), yes('N.a.'), yes(true)]).toEqual([true, false, false, true]);
  });

  test('column names match whatever their apostrophe, case and spacing', () => {
    expect(columnKey('Partner\u2019s ID if not PIC')).toBe(columnKey("Partner's ID if not PIC"));
    expect(columnKey('  Project  acronym ')).toBe(columnKey('project acronym'));
  });

  test('a CSV is read with the separator its header uses, quotes and a byte-order mark handled', () => {
    const semicolons = csvTable('project.csv', '\uFEFF"id";"title"\n"1";"A; B, C"\n');
    expect(semicolons.header).toEqual(['id', 'title']);
    expect(semicolons.rows).toEqual([['1', 'A; B, C']]);
    const commas = csvTable('k.csv', 'a,b\r\n1,"x;y"\r\n');
    expect(commas.rows).toEqual([['1', 'x;y']]);
  });
});
