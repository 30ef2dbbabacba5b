/**
 * Words for a reader, as parts: a sentence from the dictionary with names from the file in it,
 * each name marked with its own language where that is not the page's. Composed once, in the
 * view's model; the page draws the parts (a name in a span with its `lang`, so a screen reader
 * reads it with the right voice), a picture, a slide's notes or an alt text write them as plain text.
 */
import type { Text } from '../data/schema';
import { textWithLang } from '../data/text';

export interface PhrasePart {
  text: string;
  /** The part's language, where it is not the page's. */
  lang?: string;
}

export type Phrase = PhrasePart[];

// A character no dictionary writes marks where the name goes.
const SLOT = '\u0000';

/** The dictionary's `sentence` with `name` where it goes, marked with its language (`plainLang` for a plain string). */
export function withName(sentence: (name: string) => string, name: Text, pageLang: string, plainLang?: string): Phrase {
  const shown = textWithLang(name, pageLang, plainLang);
  const pieces = sentence(SLOT).split(SLOT);
  return joined(pieces.flatMap((text, index): Phrase => (index < pieces.length - 1 ? [{ text }, shown] : [{ text }])));
}

/** Words in the page's language alone. */
export const phrase = (text: string): Phrase => (text === '' ? [] : [{ text }]);

/** Sentences one after another, a space between. */
export const sentences = (...phrases: Phrase[]): Phrase => joined(phrases.filter((p) => p.length > 0).flatMap((p, index) => (index > 0 ? [{ text: ' ' }, ...p] : p)));

/**
 * Parts as they are drawn: words in the page's language that meet are one part, and empty parts
 * go. A space standing alone between two elements is dropped from what a screen reader hears
 * ("themselves.Ministry").
 */
function joined(parts: Phrase): Phrase {
  const result: Phrase = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = result.at(-1);
    if (last && !last.lang && !part.lang) result[result.length - 1] = { text: last.text + part.text };
    else result.push({ ...part });
  }
  return result;
}

/** The words as plain text: for a picture, a slide's notes, an alt text. */
export const plainText = (words: Phrase): string => words.map((part) => part.text).join('');
