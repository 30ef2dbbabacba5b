/**
 * How wide a piece of text is, so labels are fitted to their room rather than guessed from
 * character counts: the browser's canvas `measureText` with the charts' font stack where there
 * is one, else a per-character table of that stack (Node, or a DOM without canvas).
 */
import { BOLD, FALLBACK, NORMAL } from './fontWidths';
import { FONT_FAMILY } from './theme';
import { balancedIsolates, isDirectionMark, isolatedLines } from '../data/text';

/** Width in pixels of `text` at `fontSize` px; `bold` for weights 600 and up. */
export type TextMeasure = (text: string, fontSize: number, bold?: boolean) => number;

/**
 * The tables by UTF-16 code unit (every character they hold is one unit), NaN where a table has
 * none: a lookup by number, not by one-character string, for the thousands of measures a
 * chart's layout makes.
 */
function byCodeUnit(table: Record<string, number>): Float64Array {
  const units = new Float64Array(Math.max(...Object.keys(table).map((character) => character.charCodeAt(0))) + 1).fill(NaN);
  for (const [character, width] of Object.entries(table)) units[character.charCodeAt(0)] = width;
  return units;
}
const NORMAL_UNITS = byCodeUnit(NORMAL);
const BOLD_UNITS = byCodeUnit(BOLD);

export const tableMeasure: TextMeasure = (text, fontSize, bold = false) => {
  const units = bold ? BOLD_UNITS : NORMAL_UNITS;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // The marks that set text's direction take no room.
    if (isDirectionMark(unit)) continue;
    // A character beyond the first 65,536 is two units, and in no table: one fallback width.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    const width = unit < units.length ? units[unit]! : NaN;
    em += Number.isNaN(width) ? FALLBACK : width;
  }
  return em * fontSize;
};

/** Canvas text metrics of a document, or undefined where it has no 2D canvas (jsdom, linkedom). */
export function canvasMeasure(document: Document): TextMeasure | undefined {
  let context: CanvasRenderingContext2D | null = null;
  try {
    context = document.createElement('canvas').getContext('2d');
  } catch {
    return undefined;
  }
  if (!context || typeof context.measureText !== 'function') return undefined;
  const cache = new Map<string, number>();
  let lastFont = '';
  return (text, fontSize, bold = false) => {
    const key = `${bold ? 'b' : 'n'}${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Setting the font makes the canvas parse it again: only when it changes.
      const font = `${bold ? 700 : 400} ${fontSize}px ${FONT_FAMILY}`;
      if (font !== lastFont) context.font = lastFont = font;
      width = context.measureText(text).width;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

/** The best measure a document offers. */
export function measureFor(document: Document | undefined): TextMeasure {
  return (document && canvasMeasure(document)) || tableMeasure;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`; a word wider than a line
 * is cut, and text that does not fit ends in "…". Never returns a line wider than `maxWidth`.
 * Each line holds its own part of an isolated name (`isolatedLines`).
 */
export function wrapText(text: string, maxWidth: number, measure: TextMeasure, fontSize: number, maxLines = 1, bold = false): string[] {
  const fits = (line: string) => measure(line, fontSize, bold) <= maxWidth;
  const lines = breakLines(text, fits, maxLines);
  if (lines.length <= maxLines && lines.every(fits)) return isolatedLines(lines);
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = cutToFit(lines.slice(last).join(' '), fits);
  return isolatedLines(kept.filter((l) => l !== ''));
}

/** Whether `text` goes into at most `maxLines` lines of `maxWidth` whole: no word cut, nothing left over. */
export function wrapsWhole(text: string, maxWidth: number, measure: TextMeasure, fontSize: number, maxLines: number, bold = false): boolean {
  return wholeLines(text, (line) => measure(line, fontSize, bold) <= maxWidth, maxLines) !== undefined;
}

/** How many lines the greedy break takes `text` into whole (no word cut, at most `maxLines`); undefined where it does not go in whole. */
function wholeLines(text: string, fits: (line: string) => boolean, maxLines: number): number | undefined {
  if (!text.trim().split(/\s+/).filter(Boolean).every(fits)) return undefined;
  const lines = breakLines(text, fits, maxLines).length;
  return lines <= maxLines ? lines : undefined;
}

/**
 * `wrapText` with its lines evened out, as a typesetter balances a heading: as many lines as the
 * greedy break takes, each no wider than it must be for that (no word left alone on a last line
 * where the one before had room to give it company). Text that does not go in whole is cut as by
 * `wrapText`.
 */
export function wrapBalanced(text: string, maxWidth: number, measure: TextMeasure, fontSize: number, maxLines = 1, bold = false): string[] {
  const lines = wholeLines(text, (line) => measure(line, fontSize, bold) <= maxWidth, maxLines);
  if (lines === undefined) return wrapText(text, maxWidth, measure, fontSize, maxLines, bold);
  return wrapText(text, Math.min(maxWidth, narrowestWrap(text, measure, fontSize, lines, bold)), measure, fontSize, maxLines, bold);
}

/** The narrowest room (to a tenth of a pixel) that takes `text` whole in at most `maxLines` lines: no word cut. */
export function narrowestWrap(text: string, measure: TextMeasure, fontSize: number, maxLines: number, bold = false): number {
  const count = (width: number) => breakLines(text, (line) => measure(line, fontSize, bold) <= width, maxLines).length;
  let low = Math.max(0, ...text.trim().split(/\s+/).map((word) => measure(word, fontSize, bold)));
  let high = measure(text.trim().replace(/\s+/g, ' '), fontSize, bold);
  if (count(low) <= maxLines) return low;
  while (high - low > 0.1) {
    const middle = (low + high) / 2;
    if (count(middle) <= maxLines) high = middle;
    else low = middle;
  }
  return high;
}

/** The greedy break of `text` into lines that `fits`, a word wider than a line cut where it must (up to `maxLines`). */
function breakLines(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word longer than a line is broken where it must.
    while (!fits(line) && lines.length < maxLines) {
      const cut = longestFittingPrefix(line, fits);
      if (cut === 0) break;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function longestFittingPrefix(text: string, fits: (line: string) => boolean): number {
  const characters = [...text];
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(characters.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join('').length;
}

/**
 * `text` cut to fit with "…" at its end (empty when not even "…" fits): the longest such
 * cut, found by halving (a cut only grows wider as it gets longer), so a long name costs a
 * handful of measurements, not one per character.
 */
export function ellipsis(text: string, fits: (line: string) => boolean): string {
  // An isolated name cut short keeps its isolate, ended after the "…".
  return balancedIsolates(cutToFit(text, fits));
}

function cutToFit(text: string, fits: (line: string) => boolean): string {
  if (fits(text)) return text;
  const characters = [...text];
  const cut = (end: number) => `${characters.slice(0, end).join('').trimEnd()}…`;
  let [low, high] = [0, characters.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cut(middle))) low = middle;
    else high = middle - 1;
  }
  if (low > 0) return cut(low);
  return fits('…') ? '…' : '';
}
