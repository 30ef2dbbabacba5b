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
  /** The budget shown as shares of the total rather than amounts. */
  measure?: 'share';
  /** The event chosen on the timeline. */
  event?: string;
  /** The map's event places hidden by the reader (`?places=hidden`). */
  places?: 'hidden';
  /** An embed's name for its height messages (`?embedId=`). */
  embedId?: string;
  /** An embed without a background (`?transparent`). */
  transparent?: boolean;
  /** The editor of a project file shown beside the dashboard (`?edit`). */
  edit?: boolean;
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
    measure: params.get('measure') === 'share' ? 'share' : undefined,
    event: params.get('event') || undefined,
    places: params.get('places') === 'hidden' ? 'hidden' : undefined,
    embedId: params.get('embedId') || undefined,
    transparent: params.has('transparent') && params.get('transparent') !== 'false' ? true : undefined,
    edit: params.has('edit') && params.get('edit') !== 'false' && !isViewName(embed) ? true : undefined,
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
  set('measure', state.measure);
  set('event', state.event);
  set('places', state.places);
  set('embedId', state.embedId);
  set('transparent', state.transparent ? '' : undefined);
  set('edit', state.edit ? '' : undefined);
  const text = params.toString();
  return text ? `?${text}` : '';
}
