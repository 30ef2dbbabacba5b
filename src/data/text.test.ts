import { describe, expect, test } from 'vitest';
import { balancedIsolates, FSI, hasStackedMarks, isolated, isolatedLines, PDI, plainTextIn, shownText, textIn, textWithLang } from './text';
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

describe('a file’s text among the page’s words', () => {
  const RLO = '\u202E';
  test('left-to-right text comes back as it was; right-to-left letters and directional marks are set in an isolate', () => {
    expect(isolated('Ekonomikas ministrija (Rīga)')).toBe('Ekonomikas ministrija (Rīga)');
    expect(isolated('Ελληνικό Πανεπιστήμιο')).toBe('Ελληνικό Πανεπιστήμιο');
    expect(isolated('جامعة الاختبار (فرع 2)')).toBe(`${FSI}جامعة الاختبار (فرع 2)${PDI}`);
    expect(isolated('אוניברסיטת מבחן')).toBe(`${FSI}אוניברסיטת מבחן${PDI}`);
    expect(isolated(`Evil${RLO} Corp`)).toBe(`${FSI}Evil${RLO} Corp${PDI}`);
    for (const mark of ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067']) expect(isolated(`a${mark}b`).startsWith(FSI)).toBe(true);
  });

  test('an end of an isolate the text did not start is dropped, and one it starts is ended, so nothing of it outlasts our isolate', () => {
    expect(isolated(`Stray${PDI}${RLO} end`)).toBe(`${FSI}Stray${RLO} end${PDI}`);
    expect(isolated(`Open${FSI}${RLO} end`)).toBe(`${FSI}Open${FSI}${RLO} end${PDI}${PDI}`);
    expect(isolated(`${FSI}a${PDI}${PDI}${PDI}`)).toBe(`${FSI}${FSI}a${PDI}${PDI}`);
  });

  test('a part of shown text holds its own part of an isolate: started where it was started before the part, ended where it goes on after it', () => {
    expect(balancedIsolates('plain words')).toBe('plain words');
    expect(balancedIsolates(`${FSI}Evil${RLO}`)).toBe(`${FSI}Evil${RLO}${PDI}`);
    expect(balancedIsolates(`Corp${PDI} · lead`)).toBe(`${FSI}Corp${PDI} · lead`);
    expect(balancedIsolates(`${FSI}a${PDI} and ${FSI}b`)).toBe(`${FSI}a${PDI} and ${FSI}b${PDI}`);
  });

  test('text is shown isolated, and exported as the file gives it', () => {
    const name: Text = { en: `Evil${RLO} Corp`, lv: 'Ļaunā' };
    expect(textIn(name, 'en')).toBe(`${FSI}Evil${RLO} Corp${PDI}`);
    expect(plainTextIn(name, 'en')).toBe(`Evil${RLO} Corp`);
    expect(textWithLang(name, 'en').text).toBe(`${FSI}Evil${RLO} Corp${PDI}`);
    expect(textIn(name, 'lv')).toBe('Ļaunā');
  });
});

describe('an isolated name over several lines', () => {
  test('each line holds its part: started again where a line before started it, ended where it goes on', () => {
    expect(isolatedLines(['plain', 'words'])).toEqual(['plain', 'words']);
    expect(isolatedLines([`${FSI}جامعة`, `الاختبار${PDI} · lead`])).toEqual([`${FSI}جامعة${PDI}`, `${FSI}الاختبار${PDI} · lead`]);
    // The last line cut short with "…": the isolate started two lines up is ended after it.
    expect(isolatedLines([`${FSI}a`, 'b', 'c…'])).toEqual([`${FSI}a${PDI}`, `${FSI}b${PDI}`, `${FSI}c…${PDI}`]);
  });
});

describe('a letter with more marks than the page shows', () => {
  const zalgo = `Z${'\u0301\u0316\u0352\u036B'.repeat(8)}algo`;
  test('keeps its first four marks when shown; the file keeps them all', () => {
    expect(shownText(zalgo)).toBe(`Z\u0301\u0316\u0352\u036Balgo`);
    expect(textIn({ en: zalgo }, 'en')).toBe(`Z\u0301\u0316\u0352\u036Balgo`);
    expect(plainTextIn({ en: zalgo }, 'en')).toBe(zalgo);
    expect(hasStackedMarks(zalgo)).toBe(true);
  });

  test('real text keeps every mark: Vietnamese written with combining marks, Hebrew with its points, Latvian', () => {
    for (const text of ['Vie\u0323\u0302t Nam', 'שָׁלוֹם', 'בְּרֵאשִׁ֖ית', 'Rīga, Ķekava'.normalize('NFD'), 'Ελληνικά'.normalize('NFD')]) {
      expect(shownText(text)).toBe(isolated(text));
      expect(hasStackedMarks(text)).toBe(false);
    }
  });
});
