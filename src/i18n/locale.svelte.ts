/**
 * The UI language as runes state, shared through context: the dictionary and the
 * number/date formats follow it. `?lang=en|lv` picks it; the switch writes it back.
 */
import { getContext, setContext } from 'svelte';
import { en, type Dictionary } from './en';
import { lv } from './lv';
import { formatsFor, type Formats } from './format';

export const LANGUAGES = ['en', 'lv'] as const;
export type Language = (typeof LANGUAGES)[number];

const dictionaries: Record<Language, Dictionary> = { en, lv };

export function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/** `?lang=` first, then the browser's preferred languages, then English. */
export function initialLanguage(search: string, preferred: readonly string[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const fromBrowser = preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return fromBrowser ?? 'en';
}

export class Locale {
  lang = $state<Language>('en');
  /** The currency the formats use: the loaded project's. */
  currency = $state('EUR');
  readonly t: Dictionary = $derived(dictionaries[this.lang]);
  readonly format: Formats = $derived(formatsFor(this.t.locale, this.currency, this.t.compactDisplay));

  constructor(lang: Language) {
    this.lang = lang;
  }
}

/** Exported for component tests, which hand contexts to `render`. */
export const LOCALE_CONTEXT = Symbol('locale');

export function setLocaleContext(locale: Locale): Locale {
  return setContext(LOCALE_CONTEXT, locale);
}

export function getLocaleContext(): Locale {
  return getContext<Locale>(LOCALE_CONTEXT);
}
