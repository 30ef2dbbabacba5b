/**
 * Links and embed code for the page as it stands: the address of the full dashboard, an
 * embed's address, and the `<iframe>` snippet with the sizing script. Pure.
 */
import { writeParameters, type PageParameters, type ViewName } from '../page/parameters';
import { EMBED_PAGE } from './embedPage';
import { escapeMarkup } from '../chart/svg';

const isEmbedPage = (pathname: string) => pathname.endsWith(`/${EMBED_PAGE}`);

/** The full dashboard in this state: the embed's own switches dropped. */
export function dashboardUrl(page: URL, state: PageParameters): string {
  const search = writeParameters('', { ...state, embed: undefined, embedId: undefined, transparent: undefined, present: undefined, edit: undefined });
  const pathname = isEmbedPage(page.pathname) ? page.pathname.slice(0, -EMBED_PAGE.length) : page.pathname;
  return `${page.origin}${pathname}${search}`;
}

export function embedUrl(page: URL, state: PageParameters, view: ViewName): string {
  const search = writeParameters('', { ...state, embed: view, present: undefined, embedId: undefined, edit: undefined });
  const embed = new URL(EMBED_PAGE, page);
  return `${embed.origin}${embed.pathname}${search}`;
}

/** A sensible first height before the chart tells its own. */
export const EMBED_HEIGHT: Record<ViewName, number> = { map: 640, budget: 560, timeline: 640 };


export function embedSnippet(page: URL, state: PageParameters, view: ViewName, title: string): string {
  const script = new URL('embed.js', page).href;
  return (
    `<iframe src="${escapeMarkup(embedUrl(page, state, view))}" title="${escapeMarkup(title)}" width="100%" height="${EMBED_HEIGHT[view]}" style="border:0"></iframe>\n` +
    `<script src="${escapeMarkup(script)}" async></script>`
  );
}
