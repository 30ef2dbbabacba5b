/**
 * Marks of the budget view, as pure functions of their inputs and the width
 * (Observable Plot). They only turn shaped, scaled values into SVG.
 */
import * as Plot from '@observablehq/plot';
import { keyed } from '../shared/plotMarks';
import { wrapLabel } from '../shared/wrapLabel';
import { measured, type BudgetSegment, type Measure, type PartnerBudgetRow, type SegmentKey } from './shape';

export const SEGMENT_COLOURS: Record<SegmentKey, string> = {
  'focus-eu': '#c2410c',
  'other-eu': '#0b4ea2',
  own: '#aab4bf',
};
const LABEL_INK: Record<SegmentKey, string> = { 'focus-eu': '#ffffff', 'other-eu': '#ffffff', own: '#1b1f24' };
const FONT_SIZE = 13;
// Rough advance of a character of the UI font at FONT_SIZE, to decide whether a label fits its part.
const CHAR_WIDTH = FONT_SIZE * 0.58;

export interface BudgetBarInput {
  segments: BudgetSegment[];
  total: number;
  measure: Measure;
  /** Programme rates 0–1 with a short label ("85 %"). */
  rates: { id: string; rate: number; short: string }[];
  /** The EU money as one span above the bar ("ERDF: EUR 1.33 million · 81.1 %"). */
  euSpan?: { amount: number; label: string };
  /** The label written inside a part, when it fits. */
  inBarLabel: (segment: BudgetSegment) => string;
  axisFormat: (value: number) => string;
  ariaLabel: string;
}

const MARGIN = { left: 28, right: 36 };

// Vertical layout in a unit y scale (0 at the bottom): the bar, then the EU bracket and its label, then the rate labels.
const ROW = { barTop: 0.55, bracket: 0.68, bracketLabel: 0.8, rateLabel: 0.98, ruleTop: 0.9 };

export function budgetBar(input: BudgetBarInput, width: number): SVGSVGElement | HTMLElement {
  const { segments, total, measure, rates } = input;
  const at = (value: number) => measured(value, total, measure);
  const rateAt = (r: { rate: number }) => (measure === 'amount' ? r.rate * total : r.rate);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const fits = (s: BudgetSegment) => input.inBarLabel(s).length * CHAR_WIDTH + 12 < s.shareOfTotal * plotWidth;
  const anchors = rateLabelAnchors(rates.map((r) => (r.rate * plotWidth)), rates.map((r) => r.short.length * CHAR_WIDTH));

  return Plot.plot({
    width,
    height: 180,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: 12,
    marginBottom: 30,
    ariaLabel: input.ariaLabel,
    style: { fontSize: `${FONT_SIZE}px`, overflow: 'visible' },
    x: {
      domain: [0, measure === 'amount' ? total : 1],
      tickFormat: input.axisFormat,
      ticks: Math.max(2, Math.floor(plotWidth / 160)),
      label: null,
    },
    y: { axis: null, domain: [0, 1] },
    marks: [
      // Behind the bar, so the rates show as ticks above and below it, never over its labels.
      Plot.ruleX(rates, { x: rateAt, y1: -0.06, y2: ROW.ruleTop, stroke: '#1b1f24', strokeDasharray: '4,3', strokeWidth: 1.5, ariaHidden: 'true' }),
      ...(['middle', 'end', 'start'] as const).map((anchor) =>
        Plot.text(rates.filter((_, i) => anchors[i] === anchor), { x: rateAt, y: ROW.rateLabel, text: (r: { short: string }) => r.short, textAnchor: anchor, dx: { middle: 0, end: -3, start: 3 }[anchor], ariaHidden: 'true' }),
      ),
      Plot.rectX(segments, {
        x1: (s: BudgetSegment) => at(s.from),
        x2: (s: BudgetSegment) => at(s.to),
        y1: 0,
        y2: ROW.barTop,
        fill: (s: BudgetSegment) => SEGMENT_COLOURS[s.key],
        stroke: '#ffffff',
        strokeWidth: 1,
        ...keyed((i) => segments[i]?.key ?? ''),
      }),
      Plot.text(segments.filter(fits), {
        x: (s: BudgetSegment) => at(s.from),
        y: ROW.barTop / 2,
        text: input.inBarLabel,
        textAnchor: 'start',
        dx: 6,
        fill: (s: BudgetSegment) => LABEL_INK[s.key],
        fontWeight: 600,
        ariaHidden: 'true',
      }),
      ...(input.euSpan ? euBracket(input.euSpan.label, at(input.euSpan.amount)) : []),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  });
}

/**
 * Rate labels sit centred on their mark; two marks too close for that have their labels
 * pushed apart, the left one ending at its mark and the right one starting at its own.
 */
export function rateLabelAnchors(positions: number[], widths: number[]): ('middle' | 'start' | 'end')[] {
  const anchors: ('middle' | 'start' | 'end')[] = positions.map(() => 'middle');
  const order = positions.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  for (let k = 1; k < order.length; k++) {
    const [left, right] = [order[k - 1]!, order[k]!];
    if (positions[right]! - positions[left]! < (widths[left]! + widths[right]!) / 2 + 6) {
      anchors[left] = 'end';
      anchors[right] = 'start';
    }
  }
  return anchors;
}

/** A bracket over the EU part of the bar, with its label at the start. */
function euBracket(label: string, end: number): Plot.Markish[] {
  const colour = SEGMENT_COLOURS['other-eu'];
  return [
    Plot.ruleY([ROW.bracket], { x1: 0, x2: end, stroke: colour, strokeWidth: 2, ariaHidden: 'true' }),
    Plot.ruleX([end], { y1: ROW.barTop, y2: ROW.bracket, stroke: colour, strokeWidth: 2, ariaHidden: 'true' }),
    Plot.text([label], { x: 0, y: ROW.bracketLabel, textAnchor: 'start', fontWeight: 600, fill: colour, ariaHidden: 'true' }),
  ];
}

export interface PartnerBarsInput {
  rows: PartnerBudgetRow[];
  focusPartner?: string;
  nameOf: (row: PartnerBudgetRow) => string;
  valueLabel: (row: PartnerBudgetRow) => string;
  axisFormat: (value: number) => string;
  ariaLabel: string;
}

/** One bar per partner with a published budget: EU money solid, a known total as an outline. */
export function partnerBars(input: PartnerBarsInput, width: number): SVGSVGElement | HTMLElement {
  const { rows } = input;
  const names = rows.map(input.nameOf);
  const longest = Math.max(...names.map((n) => n.length));
  const marginLeft = Math.min(width * 0.38, longest * CHAR_WIDTH + 16);
  const marginRight = Math.min(width * 0.35, Math.max(...rows.map((r) => input.valueLabel(r).length)) * CHAR_WIDTH + 16);
  const maxChars = Math.floor((marginLeft - 10) / CHAR_WIDTH);
  const max = Math.max(...rows.map((r) => r.total ?? r.eu ?? 0));
  return Plot.plot({
    width,
    height: rows.length * 40 + 40,
    marginLeft,
    marginRight,
    ariaLabel: input.ariaLabel,
    style: { fontSize: `${FONT_SIZE}px`, overflow: 'visible' },
    x: { domain: [0, max], tickFormat: input.axisFormat, ticks: Math.max(1, Math.floor((width - marginLeft - marginRight) / 170)), label: null },
    y: { domain: names, label: null, tickSize: 0, tickFormat: (name: string) => wrapLabel(name, maxChars, 2) },
    marks: [
      Plot.barX(rows.filter((r) => r.total !== undefined), {
        x: (r: PartnerBudgetRow) => r.total,
        y: input.nameOf,
        fill: 'none',
        stroke: '#1b1f24',
        ariaHidden: 'true',
      }),
      Plot.barX(rows, {
        x: (r: PartnerBudgetRow) => r.eu ?? 0,
        y: input.nameOf,
        fill: (r: PartnerBudgetRow) => (r.partner.id === input.focusPartner ? SEGMENT_COLOURS['focus-eu'] : SEGMENT_COLOURS['other-eu']),
        ...keyed((i) => rows[i]?.partner.id ?? ''),
      }),
      Plot.text(rows, {
        x: (r: PartnerBudgetRow) => r.total ?? r.eu ?? 0,
        y: input.nameOf,
        text: input.valueLabel,
        textAnchor: 'start',
        dx: 6,
        ariaHidden: 'true',
      }),
      Plot.ruleX([0], { ariaHidden: 'true' }),
    ],
  });
}
