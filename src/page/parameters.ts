/**
 * The page's parameters as they stand in its address, read and written: pure functions,
 * used by the page state (pageState.svelte.ts) and the tests.
 */
import { initialLanguage, type Language } from '../i18n/language';
import { isThemeName, type ThemeName } from '../chart/theme';

export const VIEW_NAMES = ['map', 'budget', 'timeline'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
const isViewName = (value: string | null): value is ViewName => (VIEW_NAMES as readonly (string | null)[]).includes(value);

export interface PageParameters {
  lang: Language;
  data?: string;
  partner?: string;
  theme?: ThemeName;
  embed?: ViewName;
  /** `?present` alone is '' (from the first view). */
  present?: ViewName | '';
}

/** The parameters in an address; the language falls back to the browser's, then English. */
export function readParameters(search: string, preferredLanguages: readonly string[]): PageParameters {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const embed = params.get('embed');
  const present = params.get('present');
  return {
    lang: initialLanguage(search, preferredLanguages),
    data: params.get('data') || undefined,
    partner: params.get('partner') || undefined,
    theme: isThemeName(theme) ? theme : undefined,
    embed: isViewName(embed) ? embed : undefined,
    present: present === null ? undefined : isViewName(present) ? present : '',
  };
}

/** The address for these parameters: the others in `search` kept, ours in a fixed order. */
export function writeParameters(search: string, state: PageParameters): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | undefined) => (value === undefined ? params.delete(name) : params.set(name, value));
  set('lang', state.lang);
  set('data', state.data);
  set('partner', state.partner);
  set('theme', state.theme);
  set('embed', state.embed);
  set('present', state.present);
  const text = params.toString();
  return text ? `?${text}` : '';
}
