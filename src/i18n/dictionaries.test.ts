import { describe, expect, test } from 'vitest';
import { en } from './en';
import { lv } from './lv';
import { EDITOR_WORDS } from '../editor/words';

/** Strings written alike in both languages on purpose: each language's own name for itself, slide sizes in figures. */
const SAME_IN_BOTH = ['languages.en', 'languages.lv', 'slides.sizes.1920x1080', 'slides.sizes.1280x720', 'slides.sizes.1440x1080'];

/** Maps keyed by a fund's code: a language names only the funds it has its own names for. */
const BY_CODE = new Set(['funds']);

/** Every key path of a dictionary, nested objects walked; a function or a string is a leaf. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || BY_CODE.has(prefix)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the dictionaries', () => {
  test('English and Latvian have the same keys', () => {
    expect(keyPaths(lv).sort()).toEqual(keyPaths(en).sort());
  });
  test('every Latvian sentence is filled in', () => {
    const empty = keyPaths(lv).filter((path) => {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], lv);
      return typeof value === 'string' && value.trim() === '';
    });
    // An exact location needs no words: that line is left out of the tooltip on purpose.
    expect(empty).toEqual(['map.placement.exact']);
  });
  test('no Latvian word is left in English: a Latvian string that reads as its English one is a name or a code of its own', () => {
    const valueAt = (dictionary: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dictionary);
    const same = keyPaths(lv).filter((path) => {
      const [latvian, english] = [valueAt(lv, path), valueAt(en, path)];
      return typeof latvian === 'string' && latvian.trim() !== '' && latvian === english;
    });
    expect(same).toEqual(SAME_IN_BOTH);
  });
  test('a number written in words keeps its groups of digits together: no line breaks "1 640 000" after the 1', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const broken = [en, lv, EDITOR_WORDS.en, EDITOR_WORDS.lv].flatMap(strings).filter((text) => /\d \d{3}(?!\d)/.test(text));
    expect(broken).toEqual([]);
  });
});
