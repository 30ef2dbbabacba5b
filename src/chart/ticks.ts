/**
 * Axis ticks that fit: as many "nice" values as the labels leave room for, measured, so no
 * two labels touch and the first and last stay inside the chart; and a one-dimensional
 * placement that keeps labels of nearby marks (rates, events) apart.
 */
import { scaleLinear } from 'd3-scale';
import type { TextMeasure } from './measure';

export interface FittedTicks {
  values: number[];
  labels: string[];
  /** Margins the first and last labels need on either side of the plot. */
  marginLeft: number;
  marginRight: number;
}

/**
 * Ticks of a linear axis from 0 to `max` over `width` px (margins included): the most that
 * keep `gap` px between labels. Label halves hang over the plot's ends, so the margins
 * are widened to hold them.
 */
export function fitLinearTicks(max: number, width: number, format: (value: number) => string, measure: TextMeasure, fontSize: number, minMargins: { left: number; right: number }, gap = 12): FittedTicks {
  const domainMax = max > 0 ? max : 1;
  for (let count = Math.max(1, Math.floor(width / 40)); count >= 1; count--) {
    const values = scaleLinear().domain([0, domainMax]).ticks(count);
    const labels = values.map(format);
    const widths = labels.map((label) => measure(label, fontSize));
    const marginLeft = Math.max(minMargins.left, (widths[0] ?? 0) / 2 + 2);
    const lastAt = (values.at(-1) ?? 0) / domainMax;
    const plotGuess = width - marginLeft - minMargins.right;
    const marginRight = Math.max(minMargins.right, (widths.at(-1) ?? 0) / 2 + 2 - (1 - lastAt) * plotGuess);
    const plotWidth = width - marginLeft - marginRight;
    const at = values.map((value) => (value / domainMax) * plotWidth);
    const apart = at.every((x, i) => i === 0 || x - at[i - 1]! >= (widths[i]! + widths[i - 1]!) / 2 + gap);
    if (apart || count === 1) {
      if (!apart) return { values: values.slice(0, 1), labels: labels.slice(0, 1), marginLeft, marginRight };
      return { values, labels, marginLeft, marginRight };
    }
  }
  return { values: [], labels: [], ...minMargins, marginLeft: minMargins.left, marginRight: minMargins.right };
}

export interface LabelRequest {
  /** Where the label wants its centre, px. */
  at: number;
  width: number;
  /** Higher is kept first when there is no room for all. */
  priority: number;
}

/**
 * Left edges for labels along one line, each as near its wish as the others allow, all
 * between `min` and `max`, `gap` apart; undefined for a label dropped for want of room
 * (the lowest priority goes first).
 */
export function placeLabels(requests: readonly LabelRequest[], min: number, max: number, gap = 6): (number | undefined)[] {
  const kept = new Set(requests.map((_, i) => i));
  for (;;) {
    const order = [...kept].sort((a, b) => requests[a]!.at - requests[b]!.at);
    const left = new Map<number, number>();
    let edge = min;
    for (const i of order) {
      const { at, width } = requests[i]!;
      const x = Math.max(edge, Math.min(at - width / 2, max - width));
      left.set(i, x);
      edge = x + width + gap;
    }
    // Pull back from the far end where the sweep ran past it.
    let limit = max;
    for (const i of [...order].reverse()) {
      const x = Math.min(left.get(i)!, limit - requests[i]!.width);
      left.set(i, x);
      limit = x - gap;
    }
    const fits = order.every((i) => left.get(i)! >= min - 0.01);
    if (fits) return requests.map((_, i) => left.get(i));
    const lowest = [...kept].sort((a, b) => requests[a]!.priority - requests[b]!.priority)[0];
    if (lowest === undefined) return requests.map(() => undefined);
    kept.delete(lowest);
  }
}
