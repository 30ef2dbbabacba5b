/**
 * WCAG 2 contrast between two colours (#rrggbb): the ratio of their relative luminances,
 * 1 to 21. Text needs 4.5 (1.4.3), graphical objects needed to read a chart 3 (1.4.11).
 */
import type { LegendSymbol } from './frame';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** How far apart two greys must be to be told apart by lightness alone (WCAG 1.4.11's 3:1). */
export const GREY_STEP = 3;

/**
 * Whether two legend symbols differ by more than hue (WCAG 1.4.1): a different shape, a dashed
 * or hatched one, an outline only one has, or a step in lightness of 3:1 — what survives
 * greyscale printing and colour blindness.
 */
export function toldApartWithoutColour(a: LegendSymbol, b: LegendSymbol, paper: string): boolean {
  if (a.kind !== b.kind) return true;
  const dashOf = (s: LegendSymbol) => ('dash' in s ? s.dash : undefined);
  if (dashOf(a) !== dashOf(b)) return true;
  if (a.kind === 'rect' && b.kind === 'rect' && a.pattern !== b.pattern) return true;
  // An outline counts where it shows in grey against its own fill.
  const outline = (s: LegendSymbol) => (s.kind === 'rect' && s.stroke ? contrastRatio(s.stroke, s.fill) >= 2 : false);
  if (outline(a) !== outline(b)) return true;
  const paint = (s: LegendSymbol) => (s.kind === 'line' ? s.stroke : s.fill === 'none' ? paper : s.fill);
  return contrastRatio(paint(a), paint(b)) >= GREY_STEP;
}
