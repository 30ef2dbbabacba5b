import { describe, expect, test } from 'vitest';
import { formatsFor, latvianCase } from './format';
import { en } from './en';
import { lv } from './lv';
import { initialLanguage } from './locale.svelte';

const english = formatsFor(en.locale, 'EUR', en.compactDisplay);
const latvian = formatsFor(lv.locale, 'EUR', lv.compactDisplay, lv.monthsInText);
const nbsp = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('money and shares in each language', () => {
  test.each([
    ['exact amount', english.amount(1_637_941), '1,637,941.00'],
    ['compact money', english.compactMoney(1_637_941), 'EUR 1.64 million'],
    ['compact thousands', english.compactMoney(83_500), 'EUR 83.5 thousand'],
    ['percent', english.percent(0.811), '81.1%'],
    ['Latvian exact amount', latvian.amount(1_637_941), '1 637 941,00'],
    ['Latvian compact money', latvian.compactMoney(1_637_941), '1,64 milj. EUR'],
    ['Latvian percent', latvian.percent(0.063), '6,3%'],
  ])('%s: %s', (_name, actual, expected) => {
    expect(nbsp(actual)).toBe(expected);
  });
});

describe('dates and countries', () => {
  test('dates are the calendar day in any time zone', () => {
    expect(english.date('2023-01-31')).toBe('31 Jan 2023');
    expect(latvian.date('2019-08-01')).toBe('2019. gada 1. aug.');
  });
  test('a period names both days; a one-day period, one', () => {
    expect(nbsp(english.dateRange('2019-08-01', '2023-01-31'))).toBe('1 Aug 2019 – 31 Jan 2023');
    expect(english.dateRange('2022-05-26')).toBe('26 May 2022');
    expect(english.dateRange('2022-05-26', '2022-05-26')).toBe('26 May 2022');
  });
  test('countries are named in the UI language, aliases folded', () => {
    expect(english.country('UK')).toBe('United Kingdom');
    expect(english.country('EL')).toBe('Greece');
    expect(latvian.country('LV')).toBe('Latvija');
  });
});

describe('one form for a figure, dates said once', () => {
  test.each([
    ['a thousand-scale amount keeps its three digits', english.compactMoney(83_500), 'EUR 83.5 thousand'],
    ['one precision in a sentence: 1.40, not 1.4', english.compactMoney(1_400_000), 'EUR 1.40 million'],
    ['below a thousand, whole units', english.compactMoney(81), 'EUR 81'],
    ['axis ticks stay round', english.axisMoney(1_000_000), 'EUR 1 million'],
    ['Latvian compact', latvian.compactMoney(83_500), '83,5 tūkst. EUR'],
  ])('%s: %s', (_name, actual, expected) => {
    expect(nbsp(actual)).toBe(expected);
  });
  test.each([
    ['two days of one month', english.dateRange('2019-09-03', '2019-09-04'), '3 – 4 Sept 2019'],
    ['in Latvian', latvian.dateRange('2019-09-03', '2019-09-04'), '2019. gada 3.–4. sept.'],
    ['across years', english.dateRange('2019-08-01', '2023-01-31'), '1 Aug 2019 – 31 Jan 2023'],
  ])('a range of %s names its month and year once: %s', (_name, actual, expected) => {
    expect(nbsp(actual)).toBe(expected);
  });
  test('Latvian running text takes the locative', () => {
    expect(latvian.dateInText('2020-03-11')).toBe('2020. gada 11. martā');
    expect(latvian.monthInText('2023-01-31')).toBe('2023. g. janvārī');
    expect(english.monthInText('2023-01-31')).toBe('January 2023');
  });
});

describe('in any time zone', () => {
  // Formatters are made after the zone is set: a formatter without timeZone 'UTC' would take
  // the zone at its making, and these dates would move a day in half of the zones.
  test.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'])(
    'under TZ=%s month-edge dates keep their day',
    (zone) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        // The zone is in force (Node reads TZ again when it changes).
        if (zone !== 'UTC') expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('UTC');
        const inZone = formatsFor(en.locale, 'EUR', en.compactDisplay);
        const latvianInZone = formatsFor(lv.locale, 'EUR', lv.compactDisplay);
        expect(inZone.date('2023-01-31')).toBe('31 Jan 2023');
        expect(inZone.date('2019-08-01')).toBe('1 Aug 2019');
        expect(nbsp(inZone.dateRange('2019-08-01', '2023-01-31'))).toBe('1 Aug 2019 – 31 Jan 2023');
        expect(latvianInZone.shortDate('2022-07-31')).toBe('2022. g. 31. jūl.');
      } finally {
        process.env.TZ = before;
      }
    },
  );
});

describe('the first language', () => {
  test.each([
    ['?lang=lv', ['en-GB'], 'lv'],
    ['?lang=de', ['lv-LV'], 'lv'],
    ['', ['de-DE', 'en-US'], 'en'],
    ['', ['fr'], 'en'],
  ])('%s with browser languages %j is %s', (search, preferred, expected) => {
    expect(initialLanguage(search, preferred)).toBe(expected);
  });
});

describe('country names in running text', () => {
  test.each([
    ['NL', 'the Netherlands'],
    ['UK', 'the United Kingdom'],
    ['GB', 'the United Kingdom'],
    ['SI', 'Slovenia'],
    ['CZ', 'Czechia'],
  ])('English %s: %s', (code, expected) => {
    expect(english.countryInText(code)).toBe(expected);
  });
  test('Latvian names take no article', () => {
    expect(latvian.countryInText('NL')).toBe(latvian.country('NL'));
  });
});

describe('Latvian grammar', () => {
  test.each([
    ['Portugāle', 'genitive', 'Portugāles'],
    ['Rumānija', 'dative', 'Rumānijai'],
    ['Slovēnija', 'locative', 'Slovēnijā'],
    ['Apvienotā Karaliste', 'locative', 'Apvienotajā Karalistē'],
    ['Bosnija un Hercegovina', 'genitive', 'Bosnijas un Hercegovinas'],
    ['Monako', 'dative', 'Monako'],
    ['Vatikāns', 'genitive', undefined],
    ['Fēru salas', 'locative', undefined],
  ] as const)('%s in the %s: %s', (name, grammaticalCase, expected) => {
    expect(latvianCase(name, grammaticalCase)).toBe(expected);
  });
  test('counts standing alone are in the nominative: 10 partneri 10 valstīs, 11 notikumi, 21 diena', () => {
    expect(lv.header.partnersInCountries(10, 10)).toBe('10 partneri 10 valstīs');
    expect(lv.header.partnersInCountries(1, 1)).toBe('1 partneris 1 valstī');
    expect(lv.map.eventsCount(11)).toBe('11 notikumi');
    expect(lv.timeline.days(21)).toBe('21 diena');
  });
  test('the map title in natural Latvian, and in English with its articles', () => {
    const finding = { partners: '10 partneri', west: 'PT', east: 'RO', lead: 'SI', country: latvian.countryIn };
    expect(lv.map.finding(finding)).toBe('10 partneri no Portugāles līdz Rumānijai, vadošais partneris – Slovēnijā');
    expect(lv.map.finding({ ...finding, lead: 'VA' })).toBe('10 partneri no Portugāles līdz Rumānijai; vadošā partnera valsts: Vatikāns');
    expect(en.map.finding({ partners: '3 partners', west: 'PT', east: 'GB', lead: 'NL', country: english.countryIn })).toBe('3 partners from Portugal to the United Kingdom, led from the Netherlands');
  });
  test('the dative where it governs: the highlighted partner named beside its noun', () => {
    expect(lv.budget.caption({ fund: 'ERAF', highlighted: 'Ekonomikas ministrija' } as Parameters<typeof lv.budget.caption>[0])).toContain('pieder izceltajam partnerim (Ekonomikas ministrija)');
  });
});
