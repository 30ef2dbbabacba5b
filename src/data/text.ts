/**
 * Picks the string of a Text field: the UI language, else English, else the first entry. Text
 * shown on the page or in a picture comes out as `shownText` makes it: isolated, so a name in
 * Arabic or Hebrew, or one holding a mark that reorders text, cannot reorder the page's own words
 * around it; and with no more than four combining marks on a letter, so it cannot cover them.
 */
import type { Text } from './schema';

/** The string a file gives, as it gives it: for the data it is exported as (CSV), never for show. */
export function plainTextIn(text: Text, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** The string of a Text field, for show (`shownText`). */
export function textIn(text: Text, lang: string): string {
  return shownText(plainTextIn(text, lang));
}

/**
 * The most combining marks (accents, points, tone marks) shown on one letter: real text has up to
 * three or four (Vietnamese, Hebrew's points, Tibetan's stacks); a letter with dozens ("Zalgo"
 * text) reaches over the lines above and below it and hides the page's words there.
 */
export const MAX_MARKS = 4;
const STACKED_SOURCE = `([\\p{Mn}\\p{Me}]{${MAX_MARKS}})[\\p{Mn}\\p{Me}]+`;
const STACKED = new RegExp(STACKED_SOURCE, 'gu');
const STACKED_ANY = new RegExp(STACKED_SOURCE, 'u');

/**
 * A file's text as the page, a picture or the deck shows it among its own words: no letter with
 * more than `MAX_MARKS` combining marks (the rest left off; the file keeps them, and the
 * validator warns), and isolated where its direction could reorder what is around it (`isolated`).
 */
export function shownText(text: string): string {
  return isolated(text.replace(STACKED, '$1'));
}

/** Whether `text` holds a letter with more combining marks than the page shows. */
export function hasStackedMarks(text: string): boolean {
  return STACKED_ANY.test(text);
}

/**
 * The string of a Text field and the language it is in: the key picked from an object, else
 * `plainLang` (what the file says its plain strings are in). `lang` is set only when it is
 * not the page's, so that markup marks exactly the text a voice must read in another language.
 */
export function textWithLang(text: Text, pageLang: string, plainLang?: string): { text: string; lang?: string } {
  const value = textIn(text, pageLang);
  let lang = plainLang;
  if (typeof text !== 'string') lang = text[pageLang] !== undefined ? pageLang : text.en !== undefined ? 'en' : Object.keys(text)[0];
  return { text: value, lang: lang && lang !== pageLang ? lang : undefined };
}

/** First-strong isolate and pop directional isolate (Unicode's bidirectional algorithm, UAX #9). */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * The marks that set or reorder direction: the Arabic letter, left-to-right and right-to-left
 * marks, embeddings and overrides, isolates and their ends. They show nothing and take no room
 * (`isDirectionMark`, for the font table's measure).
 */
const DIRECTION_MARKS = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const DIRECTION_MARK_SET = new Set(DIRECTION_MARKS);

/** Whether a UTF-16 code unit is a direction mark: Latin, Greek and Cyrillic letters are all below the first, one comparison each. */
export function isDirectionMark(unit: number): boolean {
  return unit >= 0x061c && DIRECTION_MARK_SET.has(unit);
}

/**
 * Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the other scripts of
 * U+0590–U+08FF, their presentation forms, and the right-to-left blocks beyond U+FFFF), and the
 * direction marks.
 */
const DIRECTIONAL = new RegExp(`[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFE\\u{10800}-\\u{10FFF}\\u{1E800}-\\u{1EFFF}${String.fromCharCode(...DIRECTION_MARKS)}]`, 'u');

/**
 * A file's text made safe to put among the page's words: where it holds right-to-left letters or
 * a directional mark, it is set in a first-strong isolate (FSI … PDI), so it reads in its own
 * direction, and an embedding or override it opens ends with it, not with the sentence ("led by
 * \u202EEvil (Latvia)" would otherwise show the page's "(Latvia)" reversed). Its own isolates are
 * balanced first: an end with no start is dropped (it would end ours), a start with no end is
 * ended. Text of left-to-right letters alone comes back as it was.
 */
export function isolated(text: string): string {
  if (!DIRECTIONAL.test(text)) return text;
  const { kept, unopened, open } = scanIsolates(text, true);
  return unopened === 0 && open === 0 ? FSI + text + PDI : FSI + kept + PDI.repeat(open) + PDI;
}

/**
 * A part of shown text (a line of a wrapped label, a label cut short with "…") made whole: an
 * isolate it ends but did not start is started at its beginning, one it starts but does not end
 * is ended at its end, so the part holds what the whole held.
 */
export function balancedIsolates(text: string): string {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  const { unopened, open } = scanIsolates(text, false);
  return FSI.repeat(unopened) + text + PDI.repeat(open);
}

/**
 * The lines a text was broken into (and the last perhaps cut short with "…"), each holding its own
 * part of the isolates: one started on a line before and not yet ended is started again at the
 * line's beginning, and one still open at the line's end is ended there.
 */
export function isolatedLines(lines: readonly string[]): string[] {
  let carried = 0;
  return lines.map((line) => {
    if (carried === 0 && !/[\u2066-\u2069]/.test(line)) return line;
    const { kept, open } = scanIsolates(line, true, carried);
    const shown = FSI.repeat(carried) + kept + PDI.repeat(open);
    carried = open;
    return shown;
  });
}

/**
 * Walks `text`'s isolates, `open` of them started before it: how many ends have no start (dropped
 * from `kept` if `drop`), and how many starts stay open at its end.
 */
function scanIsolates(text: string, drop: boolean, open = 0): { kept: string; unopened: number; open: number } {
  let unopened = 0;
  let kept = '';
  for (const character of text) {
    if (character === '\u2066' || character === '\u2067' || character === FSI) open++;
    else if (character === PDI) {
      if (open === 0) {
        unopened++;
        if (drop) continue;
      } else open--;
    }
    kept += character;
  }
  return { kept, unopened, open };
}
