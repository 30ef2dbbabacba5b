/** Picks the string of a Text field: the UI language, else English, else the first entry. */
import type { Text } from './schema';

export function textIn(text: Text, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}
