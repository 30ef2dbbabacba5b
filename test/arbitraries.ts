/**
 * fast-check arbitraries for format v1: random *valid* project files, as varied as the format
 * allows — dates anywhere in 0001–9999 (the calendar's ends included), plain or translated
 * names with Latvian, Greek, Cyrillic, Hebrew, Arabic and emoji letters (and marks that reorder text), budgets from zero to billions, partners
 * anywhere on Earth (most in Europe), with or without places, budgets, events and phases.
 * Every value is built to pass the format's rules, so a property can expect the file to be shown.
 */
import fc from 'fast-check';
import { dayNumber, fromDayNumber, type IsoDate } from '../src/data/dates';
import { EVENT_KINDS } from '../src/data/schema';

const FIRST_DAY = dayNumber('0001-01-01');
const LAST_DAY = dayNumber('9999-12-31');

/** A calendar date in 0001–9999, with the ends and the 19xx/20xx years more likely. */
export const anyDay: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2040-12-31') }) },
  { weight: 2, arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }) },
  { weight: 1, arbitrary: fc.constantFrom(FIRST_DAY, FIRST_DAY + 1, dayNumber('0099-12-31'), dayNumber('0100-01-01'), LAST_DAY - 1, LAST_DAY) },
);
export const anyDate: fc.Arbitrary<IsoDate> = anyDay.map(fromDayNumber);

/** A period inside 0001–9999: a start and a length (0 to ~8 years), cut at the calendar's end. */
const periodAt = (start: number, maxDays = 3000) => fc.integer({ min: 0, max: maxDays }).map((days) => ({ start, end: Math.min(LAST_DAY, start + days) }));
const asDates = (span: { start: number; end: number }) => ({ start: fromDayNumber(span.start), end: fromDayNumber(span.end) });

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ őűéüß αβγ привет שלום عربي -–&./()0123456789'];
const word = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 12 });
/**
 * A name: a few words (some Hebrew and Arabic letters among them), sometimes very long, sometimes
 * with an emoji or a mark that would reorder the page's words (a right-to-left override, an
 * isolate's end); never empty or blank.
 */
const plainName = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('', '', '', '', '', ' 🇪🇺', '—Ltd', '\u202E Ltd', '\u2069'))
  .map(([words, tail]) => `${words.join(' ').trim() || 'X'}${tail}`);
/** A text: a plain string, or translations (English, Latvian, sometimes only another language). */
export const text: fc.Arbitrary<string | Record<string, string>> = fc.oneof(
  { weight: 3, arbitrary: plainName },
  {
    weight: 1,
    arbitrary: fc
      .record({ en: plainName, lv: plainName, de: plainName }, { requiredKeys: [] })
      .filter((translations) => Object.keys(translations).length > 0),
  },
);

export const COUNTRIES = ['LV', 'SI', 'SK', 'AT', 'HU', 'LU', 'BE', 'DE', 'FR', 'ES', 'PT', 'IT', 'PL', 'SE', 'FI', 'EE', 'LT', 'RO', 'EL', 'UK', 'GB', 'GR', 'NL', 'DK', 'CZ', 'HR', 'IE', 'BG', 'CY', 'MT', 'NO', 'IS', 'CH', 'RS', 'UA', 'TR', 'US', 'JP', 'BR'];
/** Most places in Europe; some anywhere on Earth (the map leaves them off and says so). */
const location = fc.oneof(
  { weight: 4, arbitrary: fc.record({ lat: fc.double({ min: 35, max: 70, noNaN: true }), lon: fc.double({ min: -25, max: 40, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }) },
).chain((at) => fc.option(fc.boolean(), { nil: undefined }).map((approximate) => (approximate === undefined ? at : { ...at, approximate })));

const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000_000_000 }).map((cents) => cents / 100), fc.integer({ min: 0, max: 5_000_000_000 }));

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
/** Drops the keys whose value is undefined (the file has no such field). */
const compact = <T extends Record<string, unknown>>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export interface ProjectShape {
  maxPartners?: number;
  maxEvents?: number;
}

/** A valid format-v1 project file (as parsed JSON). */
export function validProject({ maxPartners = 40, maxEvents = 60 }: ProjectShape = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      partnerCount: fc.integer({ min: 1, max: maxPartners }),
      leadAt: fc.nat(),
      sourceCount: fc.integer({ min: 1, max: 3 }),
      total: money,
      euShare: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      planned: anyDay.chain((start) => periodAt(start)),
      actualShift: optional(fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 900 }))),
    })
    .chain(({ partnerCount, leadAt, sourceCount, total, euShare, planned, actualShift }) => {
      const eu = Math.floor(total * euShare * 100) / 100;
      const actual = actualShift && {
        start: Math.max(FIRST_DAY, Math.min(LAST_DAY, planned.start + actualShift[0])),
        end: Math.max(FIRST_DAY, Math.min(LAST_DAY, planned.end + actualShift[1])),
      };
      const actualSpan = actual && actual.end >= actual.start ? actual : undefined;
      const whole = { start: Math.min(planned.start, actualSpan?.start ?? planned.start), end: Math.max(planned.end, actualSpan?.end ?? planned.end) };
      const sourceIds = Array.from({ length: sourceCount }, (_, i) => `s${i + 1}`);
      const sourceRefs = optional(fc.subarray(sourceIds));
      const partner = (index: number) =>
        fc
          .record({
            name: text,
            shortName: optional(text),
            country: fc.constantFrom(...COUNTRIES),
            role: index === leadAt % partnerCount ? fc.constant('lead' as const) : fc.constantFrom('partner' as const, 'advisory' as const),
            place: optional(text),
            location: optional(location),
            share: optional(fc.double({ min: 0, max: 1, noNaN: true })),
            website: optional(fc.constantFrom('https://example.org/', 'https://example.lv/partner?a=1&b=2')),
            sources: sourceRefs,
          })
          .map(({ share, ...rest }) =>
            compact({
              id: `p${index + 1}`,
              ...rest,
              // Partner budgets shared out of the project's so their sum stays within it.
              budget: share === undefined ? undefined : { total: Math.floor((total * share) / partnerCount * 100) / 100, eu: Math.floor((eu * share) / partnerCount * 100) / 100 },
            }),
          );
      const event = (index: number) =>
        fc
          .record({
            name: text,
            kind: fc.constantFrom(...EVENT_KINDS),
            when: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: whole.start, max: whole.end }) }, { weight: 1, arbitrary: anyDay }).chain((start) => periodAt(start, 10)),
            multiDay: fc.boolean(),
            online: optional(fc.boolean()),
            place: optional(text),
            country: optional(fc.constantFrom(...COUNTRIES)),
            location: optional(location),
            partner: optional(fc.integer({ min: 1, max: partnerCount }).map((n) => `p${n}`)),
            sources: sourceRefs,
          })
          .map(({ when, multiDay, ...rest }) => compact({ id: `e${index + 1}`, ...rest, start: fromDayNumber(when.start), end: multiDay ? fromDayNumber(when.end) : undefined }));
      const phase = (index: number) =>
        fc
          .record({
            name: text,
            planned: fc.integer({ min: planned.start, max: planned.end }).chain((start) => fc.integer({ min: start, max: planned.end }).map((end) => ({ start, end }))),
            actual: optional(fc.integer({ min: whole.start, max: whole.end }).chain((start) => fc.integer({ min: start, max: whole.end }).map((end) => ({ start, end })))),
          })
          .map(({ name, planned: p, actual: a }) => compact({ id: `ph${index + 1}`, name, planned: asDates(p), actual: a && asDates(a) }));
      return fc.record({
        partners: fc.tuple(...Array.from({ length: partnerCount }, (_, i) => partner(i))),
        events: optional(fc.integer({ min: 0, max: maxEvents }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => event(i))))),
        phases: optional(fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => phase(i))))),
        programmeRates: optional(fc.array(fc.record({ label: text, rate: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 3 })),
        focus: optional(fc.integer({ min: 1, max: partnerCount })),
        title: text,
        summary: optional(text),
        lang: optional(fc.constantFrom('en', 'lv', 'de', 'en-GB')),
        acronym: word.map((w) => w.trim() || 'P'),
        currency: optional(fc.constantFrom('EUR', 'NOK', 'CHF')),
        fund: optional(fc.constantFrom('ERDF', 'IPA', 'ENI')),
        sourceTitles: fc.tuple(...sourceIds.map(() => text)),
      }).map(({ partners, events, phases, programmeRates, focus, title, summary, lang, acronym, currency, fund, sourceTitles }) =>
        compact({
          schemaVersion: 1,
          id: 'random-project',
          lang,
          acronym,
          title,
          programme: 'Made-up programme (test data)',
          fund,
          currency,
          summary,
          budget: { total, eu, sources: [sourceIds[0]!] },
          focusPartner: focus === undefined ? undefined : `p${focus}`,
          partners,
          schedule: compact({ planned: asDates(planned), actual: actualSpan && asDates(actualSpan) }),
          programmeRates: programmeRates?.map((rate, i) => ({ id: `r${i + 1}`, ...rate })),
          phases,
          events,
          sources: sourceIds.map((id, i) => ({ id, title: sourceTitles[i]!, url: `https://example.org/source/${id}` })),
        }),
      );
    });
}
