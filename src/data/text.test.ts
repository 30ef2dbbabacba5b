import { describe, expect, test } from 'vitest';
import { textWithLang } from './text';
import type { Text } from './schema';

describe('text and its language', () => {
  test.each<{ text: Text; page: string; plain?: string; expected: { text: string; lang?: string } }>([
    { text: { en: 'Ministry of Economics', lv: 'Ekonomikas ministrija' }, page: 'lv', plain: undefined, expected: { text: 'Ekonomikas ministrija', lang: undefined } },
    { text: { en: 'Regional Development Agency Posavje', sl: 'Regionalna razvojna agencija Posavje' }, page: 'lv', plain: undefined, expected: { text: 'Regional Development Agency Posavje', lang: 'en' } },
    { text: { sl: 'Krško' }, page: 'en', plain: undefined, expected: { text: 'Krško', lang: 'sl' } },
    { text: 'Kick-off meeting', page: 'lv', plain: 'en', expected: { text: 'Kick-off meeting', lang: 'en' } },
    { text: 'Kick-off meeting', page: 'en', plain: 'en', expected: { text: 'Kick-off meeting', lang: undefined } },
    { text: 'SBA', page: 'lv', plain: undefined, expected: { text: 'SBA', lang: undefined } },
  ])('$text on a $page page', ({ text, page, plain, expected }) => {
    expect(textWithLang(text, page, plain)).toEqual(expected);
  });
});
