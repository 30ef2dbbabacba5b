/**
 * What a person types into a field and what the file holds, both ways: amounts with the locale's
 * separators, percentages for rates, numbers with either decimal mark, country names in the page
 * language. A text that is no value is kept as it was typed, so the validator names it at its field
 * (and nothing typed is lost).
 */
import { amount } from '../import/cells';
import { COUNTRY_CODES, isoCountry } from '../data/countries';
import { placeKey } from '../import/gazetteer';

/** Money as typed ("1 640 000,50", "1,640,000.50", "EUR 83 500") → the number, or the text as typed. */
export function readMoney(typed: string): number | string | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const value = amount(text);
  return value === undefined ? text : value;
}

/** A money value as it stands in the field: grouped in the page's locale, cents only when there are some. */
export function showMoney(value: unknown, locale: string): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
}

/** A plain number (a latitude) with a point or a comma as its decimal mark. */
export function readNumber(typed: string): number | string | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const value = /^[-+−]?\d*([.,]\d*)?$/.test(text) && /\d/.test(text) ? Number(text.replace(',', '.').replace('−', '-')) : NaN;
  return Number.isFinite(value) ? value : text;
}

export function showNumber(value: unknown, locale: string): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/** A rate typed as a percentage ("80", "80 %", "82,5") → its share (0.8, 0.825). */
export function readPercent(typed: string): number | string | undefined {
  const text = typed.replace(/%/g, '').trim();
  const value = readNumber(text);
  return typeof value === 'number' ? Math.round(value * 1e6) / 1e8 : value === undefined ? undefined : typed.trim();
}

export function showPercent(value: unknown, locale: string): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value * 100);
}

/** Every country the format knows, named in the page's language, in its alphabetical order. */
export function countryChoices(locale: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return [...COUNTRY_CODES]
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** How a country stands in its field: "Latvia (LV)". */
export function showCountry(value: unknown, choices: readonly { code: string; name: string }[]): string {
  if (typeof value !== 'string') return '';
  const code = isoCountry(value);
  const choice = code === undefined ? undefined : choices.find((c) => c.code === code);
  return choice ? `${choice.name} (${value})` : value;
}

/**
 * A country as typed or picked: "Latvia (LV)", "LV", "lv", "latvija", "Lettonie" in the page's
 * language — its code; a name two countries start with, or none, is kept as typed.
 */
export function readCountry(typed: string, choices: readonly { code: string; name: string }[]): string | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const coded = /\(([A-Za-z]{2})\)\s*$/.exec(text)?.[1] ?? (/^[A-Za-z]{2}$/.test(text) ? text : undefined);
  if (coded && isoCountry(coded.toUpperCase())) return coded.toUpperCase();
  const key = placeKey(text);
  const exact = choices.filter((c) => placeKey(c.name) === key);
  if (exact.length === 1) return exact[0]!.code;
  const starting = choices.filter((c) => placeKey(c.name).startsWith(key));
  return starting.length === 1 ? starting[0]!.code : text;
}
