/**
 * The UI language as runes state, shared through context: the dictionary and the
 * number/date formats follow it. `?lang=en|lv` picks it; the switch writes it back.
 */
import { getContext, setContext } from 'svelte';
import { en, type Dictionary } from './en';
import { lv } from './lv';
import { formatsFor, type Formats } from './format';
import type { Language } from './language';

export { LANGUAGES, initialLanguage, isLanguage, type Language } from './language';

const dictionaries: Record<Language, Dictionary> = { en, lv };

export class Locale {
  lang = $state<Language>('en');
  /** The currency the formats use: the loaded project's. */
  currency = $state('EUR');
  readonly t: Dictionary = $derived(dictionaries[this.lang]);
  readonly format: Formats = $derived(formatsFor(this.t.locale, this.currency, this.t.compactDisplay, this.t.monthsInText));

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
