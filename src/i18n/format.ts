/**
 * Numbers, money, dates and country names in the UI language, all through Intl.
 * Dates are calendar days: they are formatted in UTC from a UTC-midnight Date, so the
 * viewer's time zone never moves them.
 */
import { isoCountry } from '../data/countries';
import { utcDate, type IsoDate } from '../data/dates';

export interface Formats {
  /** The currency money is written in (ISO 4217): the project's. */
  readonly currency: string;
  /** Exact amount without the currency, for table cells: `1,637,941.00`. */
  amount(amount: number): string;
  /**
   * Money outside the tables, one form for sentence, legend, label and tooltip: three
   * significant digits, kept (`EUR 1.40 million`, `EUR 83.5 thousand` / `1,64 milj. EUR`).
   */
  compactMoney(amount: number): string;
  /** Money on an axis: round ticks without trailing zeros (`EUR 500 thousand`, `EUR 1 million`). */
  axisMoney(amount: number): string;
  /** A share 0–1 as a percentage, up to one decimal: `81.1%`, `85%`. */
  percent(share: number): string;
  /** A plain number, up to one decimal: `36`, `6.5`. */
  number(value: number): string;
  date(date: IsoDate): string;
  /** A date in running text, in the form a sentence needs ("publicēts 2020. gada 11. martā"). */
  dateInText(date: IsoDate): string;
  /** A month in running text: "January 2023" / "2023. gada janvārī". */
  monthInText(date: IsoDate): string;
  /**
   * A period of calendar days, both included, saying once what the two days share:
   * `3–4 Sept 2019`, `1 Aug 2019 – 31 Jan 2023`; one day when `end` is absent or the same.
   */
  dateRange(start: IsoDate, end?: IsoDate): string;
  /** Short date for axes and tight places. */
  shortDate(date: IsoDate): string;
  /** A country's name from its code (aliases `UK`, `EL` folded). */
  country(code: string): string;
  /** A country's name as running text holds it: in English with its article ("from the Netherlands", "the United Kingdom"). */
  countryInText(code: string): string;
  /**
   * A country's name in the case a sentence needs: Latvian inflects it ("no Portugāles",
   * "līdz Rumānijai", "Slovēnijā"); undefined where the name is not one the rules know, so
   * the sentence can be said another way. English has no cases: the name in running text.
   */
  countryIn(code: string, grammaticalCase: GrammaticalCase): string | undefined;
}

/**
 * `monthsInText`: the months as running text needs them where that differs from the calendar's
 * own form (Latvian's locative: janvārī, februārī, …), January first.
 */
export function formatsFor(locale: string, currency: string, compactDisplay: 'long' | 'short', monthsInText?: readonly string[]): Formats {
  // Each Intl object is made on first use: making one loads locale data (tens of ms for all of
  // them at once), and the header needs only a few before its first paint.
  const exact = once(() => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }));
  const amount = once(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const compact = once(() => new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, minimumSignificantDigits: 3, maximumSignificantDigits: 3 }));
  const axis = once(() => new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, maximumSignificantDigits: 3 }));
  // Below a thousand, whole units: "EUR 81", not "EUR 81.0".
  const units = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const currencyFirst = once(() => exact().formatToParts(1).findIndex((p) => p.type === 'currency') === 0);
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 }));
  const plain = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const longDate = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const shortDate = once(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const regions = once(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const longDay = once(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const longMonth = once(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  /** Date ranges as said, by start and end: each event's range is asked for by its mark, tooltip and table row. */
  const ranges = new Map<string, string>();
  const withCurrency = (number: string) => (currencyFirst() ? `${currency}\u00a0${number}` : `${number}\u00a0${currency}`);
  /** The calendar's month name swapped for the running-text form, where the language has one. */
  const inText = (format: Intl.DateTimeFormat, date: IsoDate) => {
    const at = utcDate(date);
    if (!monthsInText) return format.format(at);
    return format
      .formatToParts(at)
      .map((part) => (part.type === 'month' ? (monthsInText[at.getUTCMonth()] ?? part.value) : part.value))
      .join('');
  };

  return {
    currency,
    amount: (value) => amount().format(value),
    // Intl has no long compact form for currencies, so the number and the code are put together here.
    compactMoney: (value) => withCurrency(value < 1000 ? units().format(value) : compact().format(value)),
    axisMoney: (value) => withCurrency(axis().format(value)),
    percent: (share) => percent().format(share),
    number: (value) => plain().format(value),
    date: (date) => longDate().format(utcDate(date)),
    dateInText: (date) => inText(longDay(), date),
    monthInText: (date) => inText(longMonth(), date),
    dateRange: (start, end = start) => {
      // Each event's dates are said in its mark's name, its tooltip and its table row: formatted once.
      const key = `${start}/${end}`;
      let said = ranges.get(key);
      if (said === undefined) {
        said = start === end ? longDate().format(utcDate(start)) : longDate().formatRange(utcDate(start), utcDate(end));
        if (ranges.size > 10_000) ranges.clear();
        ranges.set(key, said);
      }
      return said;
    },
    shortDate: (date) => shortDate().format(utcDate(date)),
    country: (code) => regions().of(isoCountry(code) ?? code) ?? code,
    countryIn: (code, grammaticalCase) => {
      const name = regions().of(isoCountry(code) ?? code) ?? code;
      if (!locale.startsWith('lv')) return locale.startsWith('en') && WITH_ARTICLE.has(isoCountry(code) ?? code) ? `the ${name}` : name;
      return grammaticalCase === 'nominative' ? name : latvianCase(name, grammaticalCase);
    },
    countryInText: (code) => {
      const name = regions().of(isoCountry(code) ?? code) ?? code;
      return locale.startsWith('en') && WITH_ARTICLE.has(isoCountry(code) ?? code) ? `the ${name}` : name;
    },
  };
}

export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'locative';

/** Latvian endings by case: a feminine noun in -a (Latvija, Lietuva) or -e (Portugāle), a definite adjective in -ā (Apvienotā). */
const LATVIAN_ENDINGS: [string, Record<GrammaticalCase, string>][] = [
  ['ā', { nominative: 'ā', genitive: 'ās', dative: 'ajai', locative: 'ajā' }],
  ['a', { nominative: 'a', genitive: 'as', dative: 'ai', locative: 'ā' }],
  ['e', { nominative: 'e', genitive: 'es', dative: 'ei', locative: 'ē' }],
];

/**
 * A Latvian country name in a case, word by word ("Bosnija un Hercegovina" → "Bosnijā un
 * Hercegovinā"); names in -o are not declined (Monako); any other word (a masculine or plural
 * name: Vatikāns, Fēru salas) leaves the name undeclined here: undefined.
 */
export function latvianCase(name: string, grammaticalCase: GrammaticalCase): string | undefined {
  const words = name.split(' ').map((word) => {
    if (word === 'un' || /o$/.test(word)) return word;
    const rule = LATVIAN_ENDINGS.find(([ending]) => word.endsWith(ending));
    return rule ? word.slice(0, -rule[0].length) + rule[1][grammaticalCase] : undefined;
  });
  return words.every((word) => word !== undefined) ? words.join(' ') : undefined;
}

/** Countries whose English name takes "the" in running text (as Intl names them: Netherlands, United Kingdom, Czechia has none). */
const WITH_ARTICLE = new Set(['NL', 'GB', 'US', 'AE', 'FO', 'IM', 'PH', 'BS', 'GM', 'MV', 'KY', 'VG', 'VI', 'CF', 'DO', 'MH', 'SB', 'KM', 'TC']);

/** A value made the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
