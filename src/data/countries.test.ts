import { expect, test } from 'vitest';
import countries from 'i18n-iso-countries';
import { COUNTRY_CODES, isoCountry } from './countries';

test('the accepted codes are exactly ISO 3166-1 alpha-2, plus Kosovo (XK)', () => {
  const iso = new Set(Object.keys(countries.getAlpha2Codes()));
  iso.add('XK');
  expect([...COUNTRY_CODES].sort()).toEqual([...iso].sort());
});

test.each([
  ['LV', 'LV'],
  ['UK', 'GB'],
  ['EL', 'GR'],
  ['GB', 'GB'],
  ['XK', 'XK'],
  ['XX', undefined],
  ['lv', undefined],
])('%s is read as %s', (code, expected) => {
  expect(isoCountry(code)).toBe(expected);
});
