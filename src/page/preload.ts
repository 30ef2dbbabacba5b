/**
 * Starts a download the page will `fetch` soon, as a `<link rel="preload">` written in the HTML
 * would (`crossorigin`, so the app's own `fetch` takes it over instead of asking again): for a
 * page that learns only from its address what it needs (an embed of the map, its geometry).
 */
export function preloadFile(document: Document, href: string): void {
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some((link) => link.getAttribute('href') === href)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}
