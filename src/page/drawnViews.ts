/**
 * The views of the page drawn at build time (scripts/prerender.ts), for the app to hand over one
 * by one. The drawing is two copies of the page (wide and narrow), each in a closed shadow root
 * of a `<dashboard-drawing>` element; the gate in the head defines that element before the
 * drawing is parsed, so it can hand the roots to the app (`dashboardDrawings()`).
 *
 * A view the reader cannot see yet is not drawn by the app when it takes over the page: its place
 * keeps the drawing (`placeholder`: both copies of its section, each cloned into a closed shadow
 * root of its own, styled by the page's own stylesheets) until it nears the screen or is used. Its
 * code, data and drawing cost nothing until then.
 */
import type { ViewName } from './parameters';

declare global {
  interface Window {
    /** Set by the drawing's gate (scripts/prerender.ts): the shadow roots of the drawing's copies. */
    dashboardDrawings?: () => (ShadowRoot | null)[];
  }
}

export interface DrawnView {
  /** Where the view's section is on the page as drawn (px from the top of the document). */
  top: number;
  bottom: number;
  /** A new element showing the drawing of the view: both copies, each shown at its widths. */
  placeholder(): HTMLElement;
}

/** How far below (and above) the screen a view is taken over: a quarter of a screen, so it is drawn before it is seen. */
export const NEAR_SCREEN = 0.25;

/** The drawing's views, by name; none where the page has no drawing shown. */
export function drawnViews(window: Window, names: readonly ViewName[]): Partial<Record<ViewName, DrawnView>> {
  const { document } = window;
  const drawing = document.getElementById('prerendered');
  if (!drawing || document.documentElement.dataset.drawing !== 'shown') return {};
  const roots = (window.dashboardDrawings?.() ?? []).filter((root): root is ShadowRoot => root !== null && drawing.contains(root.host));
  if (roots.length === 0) return {};
  const found: Partial<Record<ViewName, DrawnView>> = {};
  // The page's styles, as one sheet the placeholders adopt: styled in the frame they appear in
  // (a stylesheet linked in a new shadow root would load, from the cache, a frame later).
  let styles: CSSStyleSheet | undefined;
  const pageStyles = (): CSSStyleSheet => {
    if (styles) return styles;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([...document.styleSheets].flatMap((each) => [...each.cssRules].map((rule) => rule.cssText)).join('\n'));
    return (styles = sheet);
  };
  for (const name of names) {
    const copies = roots.map((root) => ({ root, section: root.querySelector<HTMLElement>(`section.view[data-view="${name}"]`) }));
    if (copies.some((copy) => copy.section === null)) continue;
    // The copy on screen (the other is not displayed at this width) says where the view is.
    const shown = copies.find((copy) => copy.section!.getClientRects().length > 0);
    if (!shown) continue;
    const box = shown.section!.getBoundingClientRect();
    found[name] = {
      top: box.top + window.scrollY,
      bottom: box.bottom + window.scrollY,
      placeholder: () => {
        const host = document.createElement('div');
        host.className = 'drawn-view';
        // Off the screen, the drawing is not laid out or painted (content-visibility: auto, app.css): its height holds its place.
        host.style.containIntrinsicBlockSize = `auto ${box.height}px`;
        // Each copy in a shadow root of its own, as in the drawing: its ids (an SVG's patterns) and
        // its form controls' groups (a radio's checked one) stay its own.
        for (const { root, section } of copies) {
          const width = root.host.classList.contains('pre-narrow') ? 'narrow' : 'wide';
          const copy = document.createElement('div');
          copy.className = `drawn-${width}`;
          const shadow = copy.attachShadow({ mode: 'closed' });
          shadow.adoptedStyleSheets = [pageStyles()];
          const page = document.createElement('div');
          page.className = `prerendered-page prerendered-${width}`;
          page.append(section!.cloneNode(true));
          shadow.append(page);
          host.append(copy);
        }
        return host;
      },
    };
  }
  return found;
}

/** Whether a view between `top` and `bottom` (document px) is on the screen or near it. */
export function nearScreen(view: { top: number; bottom: number }, window: Pick<Window, 'scrollY' | 'innerHeight'>): boolean {
  const margin = window.innerHeight * NEAR_SCREEN;
  return view.top < window.scrollY + window.innerHeight + margin && view.bottom > window.scrollY - margin;
}
