/**
 * The frame a chart carries when it stands alone (exports, embeds, presentation): title,
 * subtitle and legend above the plot, the source line under it, all as SVG text fitted by
 * measure. `layoutFrame` says where everything goes and how much room the plot keeps;
 * `drawFrame` writes it into the chart's SVG.
 */
import type { TextMeasure } from './measure';
import { ellipsis, wrapText } from './measure';
import { r1, svgElement } from './svg';
import { ACKNOWLEDGEMENT_FONT, type Theme } from './theme';
import { emblemElement } from './emblem';

export type LegendSymbol =
  | { kind: 'rect'; fill: string; stroke?: string; /** Over the fill, so it is told apart without colour (WCAG 1.4.1). */ pattern?: ChartPattern }
  | { kind: 'line'; stroke: string; dash?: string; width?: number }
  | { kind: 'circle' | 'diamond' | 'star'; fill: string; stroke?: string; dash?: string };

export interface LegendItem {
  key: string;
  label: string;
  symbol: LegendSymbol;
  /** The marks carry their own label on the chart (a rate's "85%"), which tells them apart too. */
  labelled?: boolean;
}

export interface FrameContent {
  title: string;
  subtitle?: string;
  legend: LegendItem[];
  /** "Source: … · checked …". */
  source: string;
  /** The EU emblem with these words beside it, under the source line (pictures where the presenter asks for it). */
  acknowledgement?: { statement: string; fund?: string };
  /** Marks numbered on the chart, named in a key inside the picture (under the plot, or beside it: `plotAspect`). */
  key?: FrameKey;
  /**
   * The proportions (width / height) the chart is drawn at whatever its box (a map of its partners):
   * its key goes beside the plot instead of under it where that draws the chart larger (a wide,
   * short picture). Without it, the key is under the plot.
   */
  plotAspect?: number;
  /** The least height the chart needs (a timeline's rows at their least height): the key under it gives up rows for it. */
  minPlotHeight?: number;
}

/** A numbered key: what each number on the chart stands for. */
export interface FrameKey {
  title: string;
  /** Each name in its own language (`lang` where it is not the page's), then a note in the page's ("lead partner"). */
  entries: { number: number; name: string; lang?: string; note?: string }[];
  /** The last line where not every entry has room: "+ 12 more, listed on the dashboard". */
  more: (count: number) => string;
  /** The same said short ("+ 12 more"), where the line has no room in its column for the long one. */
  moreShort?: (count: number) => string;
}

/** A key laid out: its title and each entry's number and name, where they go. */
export interface FrameKeyLayout {
  /** The room the key was given (under the plot, above the source line). */
  area: Box;
  size: number;
  title: { text: string; x: number; y: number };
  entries: { number: string; name: string; lang?: string; note?: string; x: number; nameX: number; y: number; /** Its further lines, where the name is wrapped. */ more?: { name: string; note?: string; y: number }[] }[];
  /** The numbers named (the rest are counted in the last line). */
  named: number[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold?: boolean;
  muted?: boolean;
  /** Words beside the EU emblem: in the rules' typeface and colour. */
  acknowledgement?: boolean;
}

export interface FrameLayout {
  lines: TextLine[];
  /** Each entry where it goes; `lines`: its label over one line or two (a long one, whole: a partner's figures). */
  legend: { item: LegendItem; x: number; y: number; size: number; lines: string[] }[];
  /** What is left for the chart itself. */
  plot: Box;
  /** The EU emblem's top-left corner and height, where the frame carries the acknowledgement. */
  emblem?: { x: number; y: number; height: number };
  key?: FrameKeyLayout;
}

/** How far an axis's ticks reach from it (Plot's own tick length). Beside the type sizes: the specs lay out, and the renderers draw, every axis by these. */
export const TICK_LENGTH = 6;

/**
 * The gap between an axis's ticks and its labels: Plot's 3 px on the page, growing with the type
 * on a slide, so the tallest letters of a label (an accented capital reaches 0.91 em above the
 * line, 0.2 em over where Plot sets a label's top) stay clear of the ticks at any size.
 */
export function tickPadding(fontSize: number): number {
  return Math.max(3, Math.round(fontSize * 0.3));
}

/**
 * Body text size for a chart of this size: 12 px on a phone, 25 px on a picture 1080 px high.
 * By the height as well as the width: never under 2.3 % of the height (so the smallest text, 0.84
 * of it, stays above 1.9 %), whether the picture is wide or square — a square 1080 × 1080 picture
 * has the same 25 px as a 1920 × 1080 one — unless the width leaves no room for it (a portrait phone).
 */
export function typeScale(width: number, height = width * 0.6): number {
  const byWidth = Math.min(28, Math.max(12, Math.min(width, height * 1.6) / 75));
  const byHeight = Math.min(Math.ceil(height * MIN_BODY_SHARE), width / 40);
  return Math.round(Math.max(byWidth, byHeight));
}

/** The body text's least share of a picture's height; the smallest text is 0.84 of it. */
export const MIN_BODY_SHARE = 0.023;
/** The frame's small type (the source line, the acknowledgement) as a share of the body's. */
export const SMALL_TYPE = 0.85;

const LINE = 1.3;
/** The most of the room under the legend a numbered key may take from the plot. */
const KEY_SHARE = 0.4;

/**
 * The frame's words for a size: a slide that carries the title and source as its own text
 * (`bare`) gets the subtitle and legend only.
 */
export function frameWords(size: { bare?: boolean; acknowledgement?: FrameContent['acknowledgement'] }, content: FrameContent): FrameContent {
  if (size.bare) return { ...content, title: '', source: '' };
  return size.acknowledgement ? { ...content, acknowledgement: size.acknowledgement } : content;
}

export function layoutFrame(content: FrameContent, size: { width: number; height: number }, measure: TextMeasure, fontSize: number): FrameLayout {
  const pad = Math.round(fontSize * 1.2);
  const inner = size.width - 2 * pad;
  const titleSize = Math.round(fontSize * 1.6);
  const lines: TextLine[] = [];
  let y = pad;
  const block = (text: string, textSize: number, maxLines: number, style: { bold?: boolean; muted?: boolean }) => {
    for (const line of wrapText(text, inner, measure, textSize, maxLines, style.bold)) {
      y += textSize;
      lines.push({ text: line, x: pad, y, size: textSize, ...style });
      y += textSize * (LINE - 1);
    }
  };
  if (content.title) block(content.title, titleSize, 3, { bold: true });
  if (content.subtitle) {
    y += fontSize * 0.2;
    block(content.subtitle, fontSize, 3, { muted: true });
  }

  const legend: FrameLayout['legend'] = [];
  if (content.legend.length > 0) {
    y += fontSize * 0.6;
    const symbol = fontSize * 1.1;
    const gap = fontSize * 1.2;
    let x = pad;
    y += fontSize;
    for (const item of content.legend) {
      const room = inner - symbol - fontSize * 0.4;
      // Whole over two lines where one has no room (the highlighted partner's figures), on a row of its own.
      const lines = wrapText(item.label, room, measure, fontSize, 2);
      const width = symbol + fontSize * 0.4 + Math.max(...lines.map((line) => measure(line, fontSize)));
      if (x > pad && x + width > pad + inner) {
        x = pad;
        y += fontSize * LINE;
      }
      legend.push({ item: { ...item, label: lines.join(' ') }, x, y, size: fontSize, lines });
      x += width + gap;
      if (lines.length > 1) {
        y += fontSize * LINE * (lines.length - 1);
        x = pad + inner;
      }
    }
    y += fontSize * (LINE - 1);
  }
  y += fontSize * 0.8;

  const small = fontSize * SMALL_TYPE;
  const sourceLines = content.source ? wrapText(content.source, inner, measure, small, 4) : [];
  // The acknowledgement is a row of its own under the source line: the emblem, then its words (never over it).
  const ack = content.acknowledgement;
  const emblemHeight = Math.round(fontSize * 2);
  const emblemWidth = emblemHeight * 1.5;
  const ackRoom = inner - emblemWidth - fontSize * 0.5;
  const ackLines = ack ? [...wrapText(ack.statement, ackRoom, measure, small, 2, true).map((text) => ({ text, bold: true })), ...(ack.fund ? wrapText(ack.fund, ackRoom, measure, small, 2).map((text) => ({ text, bold: false })) : [])] : [];
  const ackHeight = ack ? Math.max(emblemHeight, ackLines.length * small * LINE) + fontSize * 0.6 : 0;
  const footer = sourceLines.length * small * LINE + ackHeight + pad;
  let sourceY = size.height - footer + small + fontSize * 0.4;
  for (const line of sourceLines) {
    lines.push({ text: line, x: pad, y: sourceY, size: small, muted: true });
    sourceY += small * LINE;
  }
  let emblem: FrameLayout['emblem'];
  if (ack) {
    const top = size.height - pad - ackHeight + fontSize * 0.6;
    const block = Math.max(emblemHeight, ackLines.length * small * LINE);
    emblem = { x: pad, y: top + (block - emblemHeight) / 2, height: emblemHeight };
    let lineY = top + (block - ackLines.length * small * LINE) / 2 + small;
    for (const line of ackLines) {
      lines.push({ text: line.text, x: pad + emblemWidth + fontSize * 0.5, y: lineY, size: small, bold: line.bold, acknowledgement: true });
      lineY += small * LINE;
    }
  }
  const room = Math.max(0, size.height - footer - y);
  if (content.key && content.key.entries.length > 0) {
    // The key takes at most KEY_SHARE of what the plot would have had, under it, and leaves the chart the height it needs.
    const height = keyHeight(content.key, inner, measure, fontSize, Math.min(room * KEY_SHARE, room - (content.minPlotHeight ?? 0)));
    let area: Box = { x: pad, y: size.height - footer - height, width: inner, height };
    let plot: Box = { x: pad, y, width: inner, height: Math.max(0, room - height) };
    // Or beside it, as a column at the right, where a chart of fixed proportions is drawn larger so.
    if (content.plotAspect) {
      const width = Math.round(Math.min(inner * KEY_SHARE, Math.max(keySize(fontSize) * 16, keyWidth(content.key, measure, fontSize))));
      const beside: Box = { x: pad, y, width: Math.max(0, inner - width - fontSize * 1.2), height: room };
      const drawnAt = (box: Box) => Math.min(box.width / content.plotAspect!, box.height);
      if (drawnAt(beside) > drawnAt(plot)) [plot, area] = [beside, { x: pad + inner - width, y, width, height: room }];
    }
    return { lines, legend, plot, emblem, key: placeKey(content.key, area, measure, fontSize) };
  }
  return { lines, legend, plot: { x: pad, y, width: inner, height: room }, emblem };
}

const entryText = (entry: FrameKey['entries'][number]) => (entry.note ? `${entry.name} (${entry.note})` : entry.name);

/** How many characters two texts share at their start. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Where the words that tell a line apart from `others` begin (the start of the word after their common beginning), or -1. */
function apartAt(text: string, others: readonly string[]): number {
  let common = 0;
  for (const other of others) if (other !== text) common = Math.max(common, commonStart(text, other));
  if (common === 0) return -1;
  const space = text.lastIndexOf(' ', common);
  return space > 0 ? space + 1 : -1;
}

/** The name an event's key entry shares with others, told apart after " · " ("Regional stakeholder meeting" of "Regional stakeholder meeting · Hungary"), if any. */
const headOf = (text: string): string | undefined => {
  const dot = text.indexOf(' · ');
  return dot > 0 ? text.slice(0, dot) : undefined;
};

/** An event's key entry without the name it shares: what tells it apart ("… Hungary, 8 Oct 2020"), cut to fit. */
const withoutHead = (text: string, fits: (line: string) => boolean): string => ellipsis(`… ${text.slice(text.indexOf(' · ') + 3)}`, fits);

/**
 * A key's line cut to its column. A name told apart by what follows " · " (events of one name:
 * "Regional stakeholder meeting · Hungary, 8 Oct 2020"), or by its end from names that begin
 * alike (`alike`: "Virtual study visit to Sweden", "… to Slovakia"), keeps that part and cuts the
 * shared one.
 */
function cutEntry(text: string, width: number, measure: TextMeasure, size: number, alike: readonly string[] = []): string {
  const fits = (line: string) => measure(line, size) <= width;
  if (fits(text)) return text;
  const dot = text.indexOf(' · ');
  const apart = dot > 0 ? dot : apartAt(text, alike);
  if (apart > 0) {
    const tail = dot > 0 ? text.slice(apart) : ` ${text.slice(apart)}`;
    const head = ellipsis(text.slice(0, apart).trimEnd(), (line) => fits(line + tail));
    if (head.length > 1) return head + tail;
    // No room for the shared part at all: what tells the entry apart, cut at its end (where the
    // key's title has room, it says what "…" stands for: `placeKey`).
    return dot > 0 ? withoutHead(text, fits) : ellipsis(`…${tail.slice(1)}`, fits);
  }
  return wrapText(text, width, measure, size, 1)[0] ?? '';
}

/** The key's text: the source line's size (the smallest the frame uses). */
const keySize = (fontSize: number) => fontSize * 0.85;
/** The most lines one entry of a key is wrapped over. */
const KEY_ENTRY_LINES = 2;

interface KeyGrid {
  columns: number;
  rows: number;
  columnWidth: number;
  numberWidth: number;
  /** Between columns. */
  gap: number;
  /** Each entry whole over its lines, where the key has room for that; else every entry on one line, cut to its column. */
  wrapped?: string[][];
}

/** Whether entries of these line counts, poured into columns of `rows` lines top to bottom (an entry never split), fit in `columns`. */
function pour(heights: readonly number[], columns: number, rows: number): boolean {
  let column = 0;
  let used = 0;
  for (const height of heights) {
    if (used > 0 && used + height > rows) {
      column++;
      used = 0;
    }
    if (column >= columns || height > rows) return false;
    used += height;
  }
  return true;
}

/**
 * Columns as wide as the longest name needs; where the rows would not fit, more and narrower
 * columns with each name whole over up to two lines; where even that does not fit, more columns
 * with names cut.
 */
function keyGrid(key: FrameKey, width: number, measure: TextMeasure, fontSize: number, maxRows: number): KeyGrid {
  const size = keySize(fontSize);
  const gap = fontSize * 1.2;
  const numberWidth = numberColumn(key, measure, size);
  const natural = numberWidth + Math.max(...key.entries.map((e) => measure(entryText(e), size)));
  const columnsFor = (columnWidth: number) => Math.max(1, Math.floor((width + gap) / (columnWidth + gap)));
  const most = Math.min(key.entries.length, columnsFor(Math.max(numberWidth + size * 8, size * 14)));
  const widthOf = (columns: number) => (width - gap * (columns - 1)) / columns;
  const first = Math.min(key.entries.length, columnsFor(Math.min(natural, width)));
  for (let columns = first; columns <= Math.max(first, most); columns++) {
    // Not even one line each fits: no entry is wrapped to find out.
    if (Math.ceil(key.entries.length / columns) > maxRows) continue;
    const columnWidth = widthOf(columns);
    const wrapped: string[][] = [];
    for (const entry of key.entries) {
      const text = entryText(entry);
      const lines = wrapText(text, columnWidth - numberWidth, measure, size, KEY_ENTRY_LINES);
      // Whole: the lines hold every word (a word broken or a line cut short is not whole).
      if (lines.join(' ') !== text.trim().split(/\s+/).join(' ')) break;
      wrapped.push(lines);
    }
    if (wrapped.length < key.entries.length) continue;
    // The columns as even as they go: the fewest rows that hold every entry.
    const heights = wrapped.map((lines) => lines.length);
    for (let rows = Math.ceil(heights.reduce((sum, h) => sum + h, 0) / columns); rows <= maxRows; rows++) {
      if (pour(heights, columns, rows)) return { columns, rows, columnWidth, numberWidth, gap, wrapped };
    }
  }
  let columns = first;
  while (columns < most && Math.ceil(key.entries.length / columns) > maxRows) columns++;
  columns = Math.min(columns, key.entries.length);
  const rows = Math.max(1, Math.min(maxRows, Math.ceil(key.entries.length / columns)));
  return { columns, rows, columnWidth: widthOf(columns), numberWidth, gap };
}

const keyLine = (fontSize: number) => keySize(fontSize) * LINE;
/** The width of a key's column of numbers (its widest number, bold, and a gap), at the key's type `size`. */
const numberColumn = (key: FrameKey, measure: TextMeasure, size: number) => Math.max(...key.entries.map((e) => measure(String(e.number), size, true))) + size * 0.5;
/** The width a key's longest entry takes on one line, its number included. */
function keyWidth(key: FrameKey, measure: TextMeasure, fontSize: number): number {
  const size = keySize(fontSize);
  const numberWidth = numberColumn(key, measure, size);
  return numberWidth + Math.max(measure(key.title, size, true), ...key.entries.map((e) => measure(entryText(e), size)));
}
/** Above the key's title. */
const keyTop = (fontSize: number) => fontSize * 0.6;
/** The rows of entries a key of this height holds under its title. */
const keyRowsIn = (height: number, fontSize: number) => Math.max(1, Math.floor((height - keyTop(fontSize)) / keyLine(fontSize)) - 1);

/** The height a key needs under the plot (its title and rows, and a gap before the source line), at most `maxHeight`. */
function keyHeight(key: FrameKey, width: number, measure: TextMeasure, fontSize: number, maxHeight: number): number {
  // Above the title and under the last row together: a font size (keyRowsIn counts only what is above the title).
  const { rows } = keyGrid(key, width, measure, fontSize, keyRowsIn(maxHeight - (fontSize - keyTop(fontSize)), fontSize));
  return Math.round(fontSize * 1.0 + keyLine(fontSize) * (rows + 1));
}

/** A key line split into the entry's name (in its own language) and what follows it (the note, in the page's). */
function nameAndNote(entry: FrameKey['entries'][number], line: string, from: number): { name: string; note?: string } {
  // `from`: where the line starts in the entry's whole text (its lines join with a space).
  const nameLeft = Math.max(0, entry.name.length - from);
  if (line.startsWith('…') || from > 0) {
    if (nameLeft >= line.length) return { name: line };
    return { name: line.slice(0, nameLeft), note: line.slice(nameLeft) || undefined };
  }
  const name = line.length <= entry.name.length ? line : entry.name;
  return { name, note: line.slice(name.length) || undefined };
}

/**
 * The key placed in its area, in columns filled top to bottom: each name whole over up to two
 * lines where the area holds them, else one line cut to its column (the full name is in the
 * chart's description). Entries beyond the area's rows are counted in a last line.
 */
export function placeKey(key: FrameKey, area: Box, measure: TextMeasure, fontSize: number): FrameKeyLayout {
  const size = keySize(fontSize);
  const line = keyLine(fontSize);
  const top = area.y + keyTop(fontSize);
  const grid = key.entries.length > 0 ? keyGrid(key, area.width, measure, fontSize, keyRowsIn(area.height, fontSize)) : { columns: 1, rows: 1, columnWidth: area.width, numberWidth: 0, gap: 0 };
  const at = (column: number, row: number) => ({ x: area.x + column * (grid.columnWidth + grid.gap), y: top + line * (1 + row) + size });
  const entries: FrameKeyLayout['entries'] = [];
  let shown = key.entries;
  let titleText = key.title;
  if (grid.wrapped) {
    let column = 0;
    let row = 0;
    for (const [i, entry] of key.entries.entries()) {
      const lines = grid.wrapped[i]!;
      if (row > 0 && row + lines.length > grid.rows) {
        column++;
        row = 0;
      }
      const { x, y } = at(column, row);
      const first = nameAndNote(entry, lines[0]!, 0);
      const rest = lines.slice(1).map((text, j) => ({ ...nameAndNote(entry, text, lines.slice(0, j + 1).join(' ').length + 1), y: at(column, row + j + 1).y }));
      entries.push({ number: String(entry.number), ...first, lang: entry.lang, x, nameX: x + grid.numberWidth, y, ...(rest.length > 0 ? { more: rest } : {}) });
      row += lines.length;
    }
  } else {
    const slots = grid.columns * grid.rows;
    shown = key.entries.length > slots ? key.entries.slice(0, slots - 1) : key.entries;
    const texts = shown.map(entryText);
    const room = grid.columnWidth - grid.numberWidth;
    // Events of one name that do not fit whole ("Regional stakeholder meeting · Hungary, 8 Oct
    // 2020"): where they share one name and the title's line has room to say so ("… = Regional
    // stakeholder meeting"), each keeps only what tells it apart ("… Hungary, 8 Oct 2020").
    const fits = (line: string) => measure(line, size) <= room;
    const shared = [...new Set(texts.flatMap((text) => (fits(text) ? [] : (headOf(text) ?? []))))];
    const explained = shared.length === 1 ? `${key.title} · … = ${shared[0]}` : undefined;
    if (explained && measure(explained, size, true) <= area.width) titleText = explained;
    const elide = titleText === explained ? shared[0] : undefined;
    const cuts = texts.map((text) => (elide !== undefined && !fits(text) && headOf(text) === elide ? withoutHead(text, fits) : cutEntry(text, room, measure, size)));
    for (const [i, entry] of shown.entries()) {
      const { x, y } = at(Math.floor(i / grid.rows), i % grid.rows);
      // Names that begin alike for most of what the cut keeps (they differ only at or past the cut) are cut where they differ instead.
      const kept = cuts[i]!.replace(/…$/, '').length;
      const alike = cuts[i]!.endsWith('…') && !cuts[i]!.startsWith('… ') ? texts.filter((text, j) => j !== i && text !== texts[i] && commonStart(text, texts[i]!) >= kept * 0.6) : [];
      const cut = alike.length > 0 ? cutEntry(texts[i]!, room, measure, size, alike) : cuts[i]!;
      entries.push({ number: String(entry.number), ...nameAndNote(entry, cut, 0), lang: entry.lang, x, nameX: x + grid.numberWidth, y });
    }
  }
  if (shown.length < key.entries.length) {
    const { x, y } = at(Math.floor(shown.length / grid.rows), shown.length % grid.rows);
    const count = key.entries.length - shown.length;
    // Whole, as the long line or the short one: a count cut short says nothing of where the rest are.
    const said = [key.more(count), ...(key.moreShort ? [key.moreShort(count)] : [])].find((line) => measure(line, size) <= grid.columnWidth) ?? key.moreShort?.(count) ?? key.more(count);
    const more = wrapText(said, grid.columnWidth, measure, size, 1)[0] ?? '';
    entries.push({ number: '', name: more, x, nameX: x, y });
  }
  const title = { text: wrapText(titleText, area.width, measure, size, 1, true)[0] ?? '', x: area.x, y: top + size };
  return { area, size, title, entries, named: shown.map((e) => e.number) };
}

export function drawFrame(svg: SVGSVGElement, layout: FrameLayout, theme: Theme): void {
  const document = svg.ownerDocument;
  const group = svgElement(document, 'g', { 'data-frame': '' });
  for (const line of layout.lines) {
    group.append(
      svgElement(
        document,
        'text',
        {
          x: r1(line.x),
          y: r1(line.y),
          'font-size': r1(line.size),
          'font-weight': line.bold ? 700 : undefined,
          fill: line.acknowledgement ? theme.euInk : line.muted ? theme.inkMuted : theme.ink,
          'font-family': line.acknowledgement ? ACKNOWLEDGEMENT_FONT : undefined,
          'data-frame-text': line.acknowledgement ? 'acknowledgement' : '',
        },
        line.text,
      ),
    );
  }
  if (layout.emblem) group.append(emblemElement(document, layout.emblem.height, layout.emblem.x, layout.emblem.y));
  if (layout.key) group.append(keyElement(document, layout.key, theme));
  for (const { item, x, y, size, lines } of layout.legend) {
    const entry = svgElement(document, 'g', { 'data-legend': item.key });
    const label = svgElement(document, 'text', { x: r1(x + size * 1.5), y: r1(y), 'font-size': size, fill: theme.ink }, lines.length > 1 ? undefined : item.label);
    // A label over two lines: the second under the first, the space between them kept in the text.
    if (lines.length > 1) lines.forEach((line, i) => label.append(svgElement(document, 'tspan', i === 0 ? {} : { x: r1(x + size * 1.5), dy: `${LINE}em` }, i < lines.length - 1 ? `${line} ` : line)));
    entry.append(legendSymbol(document, item.symbol, x, y - size * 0.35, size * 1.1), label);
    group.append(entry);
  }
  // First in the document, so the title is read first.
  svg.insertBefore(group, svg.firstChild);
}

/** The numbered key inside the picture: its title, then each number (bold) and its name (in its own language). */
function keyElement(document: Document, key: FrameKeyLayout, theme: Theme): SVGElement {
  const group = svgElement(document, 'g', { 'data-frame-key': '', 'font-size': r1(key.size), fill: theme.ink });
  group.append(svgElement(document, 'text', { x: r1(key.title.x), y: r1(key.title.y), 'font-weight': 700 }, key.title.text));
  for (const entry of key.entries) {
    const row = svgElement(document, 'g', { 'data-key-entry': entry.number });
    if (entry.number) row.append(svgElement(document, 'text', { x: r1(entry.x), y: r1(entry.y), 'font-weight': 700 }, entry.number));
    for (const line of [entry, ...(entry.more ?? [])]) {
      const text = svgElement(document, 'text', { x: r1(entry.nameX), y: r1(line.y), fill: entry.number ? undefined : theme.inkMuted });
      if (line.name) text.append(entry.lang ? svgElement(document, 'tspan', { lang: entry.lang }, line.name) : line.name);
      if (line.note) text.append(line.note);
      row.append(text);
    }
    group.append(row);
  }
  return group;
}

/** An SVG element as data: what the page's legend (markup) and the picture's (DOM) both draw. */
export interface Shape {
  tag: 'rect' | 'line' | 'circle' | 'path';
  attributes: Record<string, string | number | undefined>;
}

/**
 * A legend's symbol as shapes, centred vertically on `cy`, `size` wide: the one drawing of every
 * symbol, for the page's legend and the picture's. `fillOf` names the pattern a fill is overlaid with.
 */
export function legendShapes(symbol: LegendSymbol, x: number, cy: number, size: number, fillOf: (pattern: ChartPattern) => string = patternFill): Shape[] {
  const half = size / 2;
  switch (symbol.kind) {
    case 'rect': {
      const box = { x: r1(x), y: r1(cy - half * 0.8), width: r1(size), height: r1(size * 0.8) };
      const rect: Shape = { tag: 'rect', attributes: { ...box, fill: symbol.fill, stroke: symbol.stroke } };
      return symbol.pattern ? [rect, { tag: 'rect', attributes: { ...box, fill: fillOf(symbol.pattern), 'data-pattern': symbol.pattern } }] : [rect];
    }
    case 'line':
      return [{ tag: 'line', attributes: { x1: r1(x), x2: r1(x + size), y1: r1(cy), y2: r1(cy), stroke: symbol.stroke, 'stroke-width': symbol.width ?? 2, 'stroke-dasharray': symbol.dash } }];
    case 'circle':
      return [{ tag: 'circle', attributes: { cx: r1(x + half), cy: r1(cy), r: r1(half * 0.8), fill: symbol.fill, stroke: symbol.stroke, 'stroke-width': symbol.stroke ? 1.5 : undefined, 'stroke-dasharray': symbol.dash } }];
    case 'star':
      return [{ tag: 'path', attributes: { d: starPath(x + half, cy, half), fill: symbol.fill, stroke: symbol.stroke, 'stroke-width': symbol.stroke ? 1 : undefined } }];
    case 'diamond': {
      const s = half * 0.9;
      const [cx, c] = [x + half, cy];
      return [{ tag: 'path', attributes: { d: `M${r1(cx)},${r1(c - s)}L${r1(cx + s)},${r1(c)}L${r1(cx)},${r1(c + s)}L${r1(cx - s)},${r1(c)}Z`, fill: symbol.fill, stroke: symbol.stroke, 'stroke-width': symbol.stroke ? 1.5 : undefined } }];
    }
  }
}

/** A legend's symbol drawn into a picture, centred vertically on `cy`, `size` wide. */
export function legendSymbol(document: Document, symbol: LegendSymbol, x: number, cy: number, size: number): SVGElement {
  const [first, ...rest] = legendShapes(symbol, x, cy, size).map((shape) => svgElement(document, shape.tag, shape.attributes));
  if (rest.length === 0) return first!;
  const group = svgElement(document, 'g', {});
  group.append(first!, ...rest);
  return group;
}

/**
 * Patterns in the paper's colour laid over a fill, so that what a colour means is also told
 * without it (greyscale print, colour blindness): diagonal lines (the highlighted partner, the
 * lead partner's country) and dots (the partners' own contribution).
 */
export type ChartPattern = 'hatch' | 'dots';

/** `url(#…)` of a pattern that `chartPatterns` defines in the same SVG. */
export const patternFill = (pattern: ChartPattern): string => `url(#chart-${pattern})`;

/** A pattern as data: its tile and the mark in it, in the paper's colour (`paper` may be a CSS variable on the page). */
export function patternShape(pattern: ChartPattern, paper: string): { attributes: Record<string, string | number>; mark: Shape } {
  return pattern === 'hatch'
    ? { attributes: { width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, mark: { tag: 'rect', attributes: { x: 0, y: 0, width: 2.5, height: 6, fill: paper, 'fill-opacity': 0.75 } } }
    : { attributes: { width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, mark: { tag: 'circle', attributes: { cx: 3, cy: 3, r: 1.3, fill: paper, 'fill-opacity': 0.8 } } };
}

export function chartPatterns(document: Document, theme: Theme): SVGElement {
  const defs = svgElement(document, 'defs', {});
  for (const pattern of ['hatch', 'dots'] as const) {
    const { attributes, mark } = patternShape(pattern, theme.paper);
    const tile = svgElement(document, 'pattern', { id: `chart-${pattern}`, ...attributes });
    tile.append(svgElement(document, mark.tag, mark.attributes));
    defs.append(tile);
  }
  return defs;
}

/** A five-pointed star of outer radius `r` centred on (cx, cy): the lead partner's marker. */
export function starPath(cx: number, cy: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${r1(cx + radius * Math.cos(angle))},${r1(cy + radius * Math.sin(angle))}`;
  });
  return `M${points.join('L')}Z`;
}
