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
  /** Where its chart begins, below its heading, summary and controls (the top where it has none). */
  chartTop: number;
  /** A new element showing the drawing of the view: both copies, each shown at its widths. */
  placeholder(): HTMLElement;
}

/** How far below (and above) the screen a view is taken over once the reader scrolls: a quarter of a screen, so it is drawn before it is seen. */
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
    const chart = shown.section!.querySelector('.chart-host')?.getBoundingClientRect();
    // The margins that collapse out of the section (its heading's) in the page: its place keeps them,
    // and each copy's elements that give them keep none.
    const chains = new Map(copies.map(({ section }) => [section!, { top: collapsingChain(section!, 'top'), bottom: collapsingChain(section!, 'bottom') }]));
    const shownChains = chains.get(shown.section!)!;
    const margins = { top: largestMargin(shownChains.top, 'top'), bottom: largestMargin(shownChains.bottom, 'bottom') };
    found[name] = {
      top: box.top + window.scrollY,
      bottom: box.bottom + window.scrollY,
      chartTop: (chart?.top ?? box.top) + window.scrollY,
      placeholder: () => {
        const host = document.createElement('div');
        host.className = 'drawn-view';
        // Off the screen, the drawing is not laid out or painted (content-visibility: auto, app.css): its height holds its place.
        host.style.containIntrinsicBlockSize = `auto ${box.height}px`;
        // Nothing collapses through a contained box: the margins the section's edges give the page
        // are its place's, not the section's inside it, so the place stands where the view will.
        host.style.marginBlock = `${margins.top}px ${margins.bottom}px`;
        // Each copy in a shadow root of its own, as in the drawing: its ids (an SVG's patterns) and
        // its form controls' groups (a radio's checked one) stay its own.
        for (const { root, section } of copies) {
          const width = root.host.classList.contains('pre-narrow') ? 'narrow' : 'wide';
          // The drawing's own element: the gate (scripts/prerender.ts) answers a pointer on its marks as on the drawing's.
          const copy = document.createElement('dashboard-drawing');
          copy.className = `drawn-${width}`;
          const shadow = copy.attachShadow({ mode: 'closed' });
          shadow.adoptedStyleSheets = [pageStyles()];
          const page = document.createElement('div');
          page.className = `prerendered-page prerendered-${width}`;
          const clone = section!.cloneNode(true) as HTMLElement;
          // The same elements in the copy (each the first, or last, child of the one before).
          for (const edge of ['top', 'bottom'] as const) {
            let at: Element | null = clone;
            for (let step = chains.get(section!)![edge].length; step > 0 && at instanceof HTMLElement; step--) {
              at.style.setProperty(`margin-${edge}`, '0');
              at = edge === 'top' ? at.firstElementChild : at.lastElementChild;
            }
          }
          page.append(clone);
          shadow.append(page);
          host.append(copy);
        }
        return host;
      },
    };
  }
  return found;
}

/**
 * The elements whose margins collapse with `element`'s own at its `edge` (CSS 2, 8.3.1): it and
 * its first (last) block children in turn, until one has a border or padding at that edge or is
 * not a plain block.
 */
function collapsingChain(element: HTMLElement, edge: 'top' | 'bottom'): HTMLElement[] {
  const chain: HTMLElement[] = [];
  for (let at: Element | null = element; at instanceof HTMLElement; at = edge === 'top' ? at.firstElementChild : at.lastElementChild) {
    chain.push(at);
    const style = getComputedStyle(at);
    const stops = parseFloat(style.getPropertyValue(`padding-${edge}`)) > 0 || parseFloat(style.getPropertyValue(`border-${edge}-width`)) > 0;
    if (stops || style.display !== 'block' || style.overflow !== 'visible') break;
  }
  return chain;
}

/** The margin a collapsing chain gives the page at its `edge`: the largest of its elements'. */
function largestMargin(chain: readonly HTMLElement[], edge: 'top' | 'bottom'): number {
  return Math.max(0, ...chain.map((at) => parseFloat(getComputedStyle(at).getPropertyValue(`margin-${edge}`)) || 0));
}

/**
 * Whether a view is near the screen, so the app takes it over. On the first screen (the reader
 * has not scrolled), only a view whose chart is on the screen is: a view whose heading alone shows
 * keeps its drawing, which answers a pointer on the map's marks itself (the drawing's gate), so
 * its code and data wait until the reader goes on. Once the reader scrolls, a view within a
 * quarter of a screen below or above the screen is.
 */
export function nearScreen(view: Pick<DrawnView, 'top' | 'bottom' | 'chartTop'>, window: Pick<Window, 'scrollY' | 'innerHeight'>, { scrolled }: { scrolled: boolean }): boolean {
  const margin = scrolled ? window.innerHeight * NEAR_SCREEN : 0;
  const top = scrolled ? view.top : view.chartTop;
  return top < window.scrollY + window.innerHeight + margin && view.bottom > window.scrollY - margin;
}

/** The same as an IntersectionObserver's root margin around the screen, for the view's place (whose top is the view's). */
export function nearScreenMargin(view: Pick<DrawnView, 'top' | 'chartTop'>, { scrolled }: { scrolled: boolean }): string {
  return scrolled ? `${NEAR_SCREEN * 100}% 0px` : `0px 0px ${-Math.max(0, Math.round(view.chartTop - view.top))}px 0px`;
}

/** A tooltip the drawing shows: the drawing's gate answers a pointer on the map's marks before the app has the view. */
export interface DrawnTip {
  view: string;
  key: string;
}

/** The tooltip the drawing in `within` shows, if any: for the app's view to show the same once it is in. */
export function drawnTip(window: Window, within: Element | null): DrawnTip | undefined {
  if (!within) return undefined;
  for (const root of window.dashboardDrawings?.() ?? []) {
    if (!root || !within.contains(root.host)) continue;
    const tip = root.querySelector('[data-drawn-tip]');
    const view = tip?.closest<HTMLElement>('section.view')?.dataset.view;
    const key = tip?.getAttribute('data-drawn-tip');
    if (view && key) return { view, key };
  }
  return undefined;
}

/** Shows the app's tooltip for the drawing's, as the reader's pointer on the mark would (the pointer has not moved since). */
export function showDrawnTip(document: Document, tip: DrawnTip | undefined): void {
  if (!tip) return;
  const mark = document.getElementById(tip.view)?.querySelector(`[data-key="${CSS.escape(tip.key)}"]`);
  mark?.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
}
