/**
 * Numbers, money, dates and country names in the UI language, all through Intl.
 * Dates are calendar days: they are formatted in UTC from a UTC-midnight Date, so the
 * viewer's time zone never moves them.
 */
import { isoCountry } from '../data/countries';
import { utcDate, type IsoDate } from '../data/dates';

export interface Formats {
  /** Exact money, with cents: `EUR 1,637,941.00`. */
  money(amount: number): string;
  /** Money to the whole unit: `EUR 83,500`. */
  wholeMoney(amount: number): string;
  /** Exact amount without the currency, for table cells: `1,637,941.00`. */
  amount(amount: number): string;
  /** Compact money for labels: `EUR 1.64 million` / `1,64 milj. EUR`. */
  compactMoney(amount: number): string;
  /** A share 0–1 as a percentage, up to one decimal: `81.1%`, `85%`. */
  percent(share: number): string;
  /** A plain number, up to one decimal: `36`, `6.5`. */
  number(value: number): string;
  date(date: IsoDate): string;
  /** A period of calendar days, both included: `1 Aug 2019 – 31 Jan 2023`; one day when `end` is absent or the same. */
  dateRange(start: IsoDate, end?: IsoDate): string;
  /** Short date for axes and tight places. */
  shortDate(date: IsoDate): string;
  /** A country's name from its code (aliases `UK`, `EL` folded). */
  country(code: string): string;
}

export function formatsFor(locale: string, currency: string, compactDisplay: 'long' | 'short'): Formats {
  const exact = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' });
  const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, maximumSignificantDigits: 3 });
  const currencyFirst = exact.formatToParts(1).findIndex((p) => p.type === 'currency') === 0;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });

  return {
    money: (value) => exact.format(value),
    wholeMoney: (value) => whole.format(value),
    amount: (value) => amount.format(value),
    // Intl has no long compact form for currencies, so the number and the code are put together here.
    compactMoney: (value) =>
      currencyFirst ? `${currency}\u00a0${compact.format(value)}` : `${compact.format(value)}\u00a0${currency}`,
    percent: (share) => percent.format(share),
    number: (value) => plain.format(value),
    date: (date) => longDate.format(utcDate(date)),
    dateRange: (start, end = start) =>
      start === end ? longDate.format(utcDate(start)) : `${longDate.format(utcDate(start))} – ${longDate.format(utcDate(end))}`,
    shortDate: (date) => shortDate.format(utcDate(date)),
    country: (code) => regions.of(isoCountry(code) ?? code) ?? code,
  };
}
