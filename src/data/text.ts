/** Picks the string of a Text field: the UI language, else English, else the first entry. */
import type { Text } from './schema';

export function textIn(text: Text, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
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
