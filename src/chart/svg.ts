/**
 * Building SVG with any document (the page's, or jsdom's in Node): elements with their
 * attributes, and the finishing touches every chart gets — colours and font written on
 * the elements, so the SVG looks the same outside the page.
 */
import { FONT_FAMILY, type Theme } from './theme';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number | undefined>;

export function svgElement<K extends keyof SVGElementTagNameMap>(document: Document, tag: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export { escapeMarkup } from './markup';

/** Rounds a coordinate to 0.1 px: enough for a screen, and short in the file. */
export const r1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Makes a chart's SVG stand on its own: the font and the ink written on the root, Plot's
 * `currentColor` replaced by the theme's ink, Plot's page stylesheet (a white background)
 * dropped, and a background rect unless transparent.
 */
export function finishSvg(svg: SVGSVGElement, theme: Theme, options: { fontSize: number; background?: boolean }): SVGSVGElement {
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(options.fontSize));
  svg.setAttribute('fill', theme.ink);
  svg.setAttribute('data-theme', theme.name);
  svg.removeAttribute('style');
  svg.removeAttribute('class');
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const element of svg.querySelectorAll('[fill="currentColor"], [stroke="currentColor"]')) {
    if (element.getAttribute('fill') === 'currentColor') element.setAttribute('fill', theme.ink);
    if (element.getAttribute('stroke') === 'currentColor') element.setAttribute('stroke', theme.ink);
  }
  if (options.background) {
    const width = svg.getAttribute('width') ?? '0';
    const height = svg.getAttribute('height') ?? '0';
    svg.insertBefore(svgElement(svg.ownerDocument, 'rect', { width, height, fill: theme.paper, 'data-background': '' }), svg.firstChild);
  }
  return svg;
}

/**
 * Places a panel (a Plot SVG) at `box` inside a chart's SVG. The outer SVG holds the font
 * and its size, so the panel's own (Plot's defaults), its class and its stylesheet go.
 */
export function placePanel(chart: SVGSVGElement | HTMLElement, box: { x: number; y: number }): SVGSVGElement {
  const svg = chart as SVGSVGElement;
  svg.setAttribute('x', String(box.x));
  svg.setAttribute('y', String(box.y));
  for (const name of ['style', 'class', 'font-family', 'font-size']) svg.removeAttribute(name);
  for (const style of svg.querySelectorAll('style')) style.remove();
  quietPlotLabels(svg);
  return svg;
}

/**
 * Plot names its groups in English for screen readers ("x-axis tick label", "bar"). Here the
 * marks that carry data have names of their own, in the page's language, and the axes are
 * read from the data table; so the library's names go (kept as `data-plot` for tests and
 * styles) and groups without a named mark are hidden from assistive technology.
 */
export function quietPlotLabels(svg: SVGSVGElement): void {
  for (const group of svg.querySelectorAll('g[aria-label]')) {
    group.setAttribute('data-plot', group.getAttribute('aria-label') ?? '');
    group.removeAttribute('aria-label');
    if (!group.querySelector('[data-key]')) group.setAttribute('aria-hidden', 'true');
  }
}

let namesMade = 0;

/**
 * Names a mark for screen readers. Where its name begins with words in another language (a
 * partner's English name on the Latvian page), those words carry their `lang`: the mark is named
 * by a hidden text (`aria-labelledby`) whose first part is marked, rather than by a plain
 * `aria-label`, which cannot say a language. `holder` is where the hidden text goes (the mark
 * itself where it is a group, else its chart).
 */
export function nameMark(mark: Element, name: string, foreign: { text: string; lang: string } | undefined, holder: Element): void {
  if (!foreign || !foreign.text || !name.startsWith(foreign.text)) {
    mark.setAttribute('aria-label', name);
    return;
  }
  const document = mark.ownerDocument;
  // The separator after the foreign words stays with them: the browser puts one space between the two parts.
  const rest = name.slice(foreign.text.length);
  const [, separator = '', gap = ''] = rest.match(/^(\S*)(\s*)/) ?? [];
  const id = `${mark.id || 'mark'}-name-${++namesMade}`;
  const text = svgElement(document, 'text', { id, display: 'none', 'data-name': '' });
  text.append(svgElement(document, 'tspan', { lang: foreign.lang }, foreign.text + separator));
  const after = rest.slice(separator.length + gap.length);
  if (after) text.append(svgElement(document, 'tspan', {}, after));
  holder.append(text);
  mark.removeAttribute('aria-label');
  mark.setAttribute('aria-labelledby', id);
}
