/**
 * The emblem of the European Union, drawn from its graphic specification
 * (shared/facts/eu-visibility.md): a reflex-blue rectangle of ratio 3:2, twelve yellow
 * five-pointed stars, upright, placed like the hours of a clock on a circle whose radius is a
 * third of the height; each star fits a circle of radius 1/18 of the height. No outside file.
 */
import { escapeMarkup, svgElement } from './svg';

export const EMBLEM_BLUE = '#003399';
export const EMBLEM_YELLOW = '#FFCC00';

/** A regular five-pointed star's inner radius over its outer radius. */
const STAR_INNER = Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10);

const round = (value: number) => Math.round(value * 100) / 100;

/** The emblem's rectangle and its stars' outline (one path), for an emblem `height` tall with its top-left at (x, y). */
export function emblemGeometry(height: number, x = 0, y = 0): { width: number; height: number; stars: string } {
  const width = (height * 3) / 2;
  const [cx, cy] = [x + width / 2, y + height / 2];
  const ring = height / 3;
  const star = height / 18;
  const stars = Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * Math.PI) / 6;
    const [sx, sy] = [cx + ring * Math.sin(angle), cy - ring * Math.cos(angle)];
    const points = Array.from({ length: 10 }, (_, i) => {
      const radius = i % 2 === 0 ? star : star * STAR_INNER;
      // Upright: the first point straight up, whatever the star's place on the ring.
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      return `${round(sx + radius * Math.cos(a))},${round(sy + radius * Math.sin(a))}`;
    });
    return `M${points.join('L')}Z`;
  }).join('');
  return { width, height, stars };
}

/** The emblem as SVG elements in `document`: a group with the rectangle and the stars. */
export function emblemElement(document: Document, height: number, x = 0, y = 0): SVGGElement {
  const { width, stars } = emblemGeometry(height, x, y);
  const group = svgElement(document, 'g', { 'data-eu-emblem': '' });
  group.append(
    svgElement(document, 'rect', { x: round(x), y: round(y), width: round(width), height: round(height), fill: EMBLEM_BLUE }),
    svgElement(document, 'path', { d: stars, fill: EMBLEM_YELLOW }),
  );
  return group;
}

/** The emblem as a standalone SVG document (the deck's picture of it). */
export function emblemSvgDocument(height: number, title: string): string {
  const { width, stars } = emblemGeometry(height);
  const escaped = escapeMarkup(title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${round(width)}" height="${height}" viewBox="0 0 ${round(width)} ${height}" role="img" aria-label="${escaped}">` +
    `<title>${escaped}</title><rect width="${round(width)}" height="${height}" fill="${EMBLEM_BLUE}"/><path d="${stars}" fill="${EMBLEM_YELLOW}"/></svg>`
  );
}
