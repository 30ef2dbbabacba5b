/**
 * The page's state that lives in its address: language, data file, chosen partner, theme,
 * and the embed and presentation modes. Read from and written to the URL here and nowhere
 * else; each change is a history entry, so back and forward restore it.
 */
import { flushSync, getContext, setContext } from 'svelte';
import { watchPrinting } from './printing';
import { isLanguage, type Language } from '../i18n/language';
import { THEMES, type Theme, type ThemeName } from '../chart/theme';
import { readParameters, writeParameters, type PageParameters, type ViewName } from './parameters';

export { VIEW_NAMES, readParameters, writeParameters, type PageParameters, type ViewName } from './parameters';

export class PageState implements PageParameters {
  lang = $state<Language>('en');
  data = $state<string | undefined>();
  partner = $state<string | undefined>();
  theme = $state<ThemeName | undefined>();
  embed = $state<ViewName | undefined>();
  present = $state<ViewName | '' | undefined>();
  measure = $state<'share' | undefined>();
  event = $state<string | undefined>();
  places = $state<'hidden' | undefined>();
  embedId = $state<string | undefined>();
  transparent = $state<boolean | undefined>();
  edit = $state<boolean | undefined>();
  /** The system's colour scheme, followed while the page has no theme of its own. */
  systemTheme = $state<ThemeName>('light');
  /** Laid out for paper: set as printing begins (charts are drawn again for the page's printable width and density). */
  printing = $state(false);
  /** The theme the page and the charts are drawn in (on paper, the light one: paper is white, and backgrounds are not printed). */
  readonly colours: Theme = $derived(THEMES[this.printing ? 'light' : (this.theme ?? this.systemTheme)]);

  constructor(parameters: PageParameters) {
    this.apply(parameters);
  }

  apply(parameters: PageParameters): void {
    this.lang = isLanguage(parameters.lang) ? parameters.lang : 'en';
    this.data = parameters.data;
    this.partner = parameters.partner;
    this.theme = parameters.theme;
    this.embed = parameters.embed;
    this.present = parameters.present;
    this.measure = parameters.measure;
    this.event = parameters.event;
    this.places = parameters.places;
    this.embedId = parameters.embedId;
    this.transparent = parameters.transparent;
    this.edit = parameters.edit;
  }

  parameters(): PageParameters {
    return {
      lang: this.lang,
      data: this.data,
      partner: this.partner,
      theme: this.theme,
      embed: this.embed,
      present: this.present,
      measure: this.measure,
      event: this.event,
      places: this.places,
      embedId: this.embedId,
      transparent: this.transparent,
      edit: this.edit,
    };
  }

  /**
   * Mirrors the state into the address (a new history entry per change) and back from it
   * on back/forward, and follows the system's colour scheme. Returns the cleanup.
   */
  connect(window: Window): () => void {
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const followScheme = () => (this.systemTheme = scheme.matches ? 'dark' : 'light');
    followScheme();
    scheme.addEventListener('change', followScheme);
    const unwatchPrinting = watchPrinting(
      window,
      () => {
        this.printing = true;
        // The browser lays the page out for paper as soon as this handler returns.
        flushSync();
      },
      () => (this.printing = false),
    );
    const popped = () => this.apply(readParameters(window.location.search, window.navigator.languages));
    window.addEventListener('popstate', popped);
    let first = true;
    queueMicrotask(() => (first = false));
    const stop = $effect.root(() => {
      $effect(() => {
        const search = writeParameters(window.location.search, this.parameters());
        if (search === window.location.search) return;
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        // The first write only completes the address (the language chosen from the browser).
        if (first) window.history.replaceState(window.history.state, '', url);
        else window.history.pushState(null, '', url);
      });
    });
    return () => {
      stop();
      unwatchPrinting();
      scheme.removeEventListener('change', followScheme);
      window.removeEventListener('popstate', popped);
    };
  }
}

/** Exported for component tests, which hand contexts to `render`. */
export const PAGE_CONTEXT = Symbol('page');

export function setPageContext(page: PageState): PageState {
  return setContext(PAGE_CONTEXT, page);
}

export function getPageContext(): PageState {
  return getContext<PageState>(PAGE_CONTEXT);
}
