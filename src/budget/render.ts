/**
 * Draws a budget spec as one SVG (Observable Plot for the panels): the stacked bar with its
 * in-bar labels, rate marks and EU bracket, and the per-partner bars; with the frame when
 * the chart stands alone. Runs with any document: the page's, or jsdom's in Node.
 */
import * as Plot from '@observablehq/plot';
import { keyed } from '../shared/plotMarks';
import { chartPatterns, drawFrame, patternFill, tickPadding, TICK_LENGTH } from '../chart/frame';
import { finishSvg, placePanel as place, svgElement } from '../chart/svg';
import type { BarPanel, BarPart, BudgetSpec, PartnerRow, PartnersPanel } from './spec';

// Vertical layout of the bar panel in a unit y scale (0 at the bottom): the bar, then the EU bracket and its label, then the rate labels.
const ROW = { barTop: 0.55, bracket: 0.68, bracketLabel: 0.8, rateLabel: 0.98, ruleStub: 0.87, ruleTop: 0.92 };

export function renderBudget(spec: BudgetSpec, { document }: { document: Document }): SVGSVGElement {
  const svg = svgElement(document, 'svg', { width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`, 'aria-label': spec.ariaLabel });
  svg.append(chartPatterns(document, spec.theme));
  if (spec.bar) svg.append(place(barChart(spec, spec.bar, document), spec.bar.box));
  if (spec.partners) {
    const panel = place(partnerChart(spec, spec.partners, document), spec.partners.box);
    // A partner's name in another language than the page's says so.
    const names = panel.querySelectorAll('g[data-plot="y-axis tick label"] text');
    spec.partners.rows.forEach((row, i) => {
      if (row.lang) names[i]?.setAttribute('lang', row.lang);
    });
    svg.append(panel);
  }
  for (const heading of spec.headings)
    svg.append(svgElement(document, 'text', { x: heading.x, y: heading.y, 'font-size': spec.fontSize, 'font-weight': 700, fill: spec.theme.ink, 'data-panel-heading': heading.key }, heading.text));
  if (spec.frame) drawFrame(svg, spec.frame, spec.theme);
  return finishSvg(svg, spec.theme, { fontSize: spec.fontSize, background: !spec.transparent });
}

/** A panel's money scale from zero: its ticks and their labels as the spec worked them out, ticks and gap by the type. */
function moneyAxis(domainMax: number, ticks: { values: number[]; labels: string[] }, fontSize: number) {
  return { domain: [0, domainMax], ticks: ticks.values, tickFormat: (_: number, i: number) => ticks.labels[i] ?? '', tickSize: TICK_LENGTH, tickPadding: tickPadding(fontSize), label: null };
}

function barChart(spec: BudgetSpec, panel: BarPanel, document: Document): SVGSVGElement | HTMLElement {
  const { theme, fontSize } = spec;
  const { ticks, parts } = panel;
  const labelled = parts.filter((p) => p.label);
  const colour = theme.eu;
  // The bar stands on the axis (y 0): a rate's line goes on under it as far as the axis's ticks, whatever the panel's height.
  const underAxis = -TICK_LENGTH / (panel.box.height - panel.marginTop - panel.marginBottom);
  return Plot.plot({
    document,
    width: panel.box.width,
    height: panel.box.height,
    marginLeft: ticks.marginLeft,
    marginRight: ticks.marginRight,
    marginTop: panel.marginTop,
    marginBottom: panel.marginBottom,
    style: { fontSize: `${fontSize}px` },
    x: moneyAxis(panel.domainMax, ticks, fontSize),
    y: { axis: null, domain: [0, 1] },
    marks: [
      // Behind the bar, so the rates show as ticks through it; and a stub under each rate's label.
      // Nothing in between, where the EU bracket and its label are: a reference line never crosses a label.
      Plot.ruleX(panel.rates, { x: 'x', y1: underAxis, y2: ROW.barTop + 0.04, stroke: theme.ink, strokeDasharray: '4,3', strokeWidth: 1.5, ariaHidden: 'true' }),
      Plot.ruleX(panel.rates, { x: 'x', y1: ROW.ruleStub, y2: ROW.ruleTop, stroke: theme.ink, strokeWidth: 1.5, ariaHidden: 'true' }),
      Plot.text(panel.rates.filter((r) => r.labelLeft !== undefined), { x: 'labelLeft', y: ROW.rateLabel, text: 'label', textAnchor: 'start', fill: theme.ink, ariaHidden: 'true' }),
      Plot.rectX(parts, {
        x1: 'x1',
        x2: 'x2',
        y1: 0,
        y2: ROW.barTop,
        fill: (p: BarPart) => p.fill,
        stroke: theme.paper,
        strokeWidth: 1,
        ...keyed((i) => parts[i]?.key ?? ''),
      }),
      // The highlighted partner's part is hatched and the own contribution dotted, as well as coloured (WCAG 1.4.1).
      Plot.rectX(
        parts.filter((p) => p.key === 'focus-eu'),
        { x1: 'x1', x2: 'x2', y1: 0, y2: ROW.barTop, fill: patternFill('hatch'), ariaHidden: 'true', pointerEvents: 'none' },
      ),
      Plot.rectX(
        parts.filter((p) => p.key === 'own'),
        { x1: 'x1', x2: 'x2', y1: 0, y2: ROW.barTop, fill: patternFill('dots'), ariaHidden: 'true', pointerEvents: 'none' },
      ),
      // A halo of the segment's own colour: the words read over its pattern (the dots, the hatching), in either theme.
      Plot.text(labelled, {
        x: 'x1',
        y: ROW.barTop / 2,
        text: 'label',
        textAnchor: 'start',
        dx: fontSize / 2,
        fill: (p: BarPart) => p.ink,
        stroke: (p: BarPart) => p.fill,
        strokeWidth: 5,
        strokeLinejoin: 'round',
        paintOrder: 'stroke',
        fontWeight: 700,
        ariaHidden: 'true',
      }),
      ...(panel.euSpan
        ? [
            Plot.ruleY([ROW.bracket], { x1: 0, x2: panel.euSpan.end, stroke: colour, strokeWidth: 2, ariaHidden: 'true' }),
            Plot.ruleX([panel.euSpan.end], { y1: ROW.barTop, y2: ROW.bracket, stroke: colour, strokeWidth: 2, ariaHidden: 'true' }),
            Plot.text([panel.euSpan.label], { x: 0, y: ROW.bracketLabel, textAnchor: 'start', fontWeight: 700, fill: colour, ariaHidden: 'true' }),
          ]
        : []),
      Plot.ruleX([0], { stroke: theme.ink, ariaHidden: 'true' }),
    ],
  });
}

function partnerChart(spec: BudgetSpec, panel: PartnersPanel, document: Document): SVGSVGElement | HTMLElement {
  const { theme, fontSize } = spec;
  const { rows, ticks } = panel;
  const keys = rows.map((r) => r.key);
  const names = new Map(rows.map((r) => [r.key, r.names.join('\n')]));
  return Plot.plot({
    document,
    width: panel.box.width,
    height: panel.box.height,
    marginLeft: panel.marginLeft,
    marginRight: ticks.marginRight,
    marginTop: Math.round(fontSize * 0.8),
    marginBottom: Math.round(fontSize * 2.4),
    style: { fontSize: `${fontSize}px` },
    x: moneyAxis(panel.domainMax, ticks, fontSize),
    y: { domain: keys, label: null, tickSize: 0, tickFormat: (key: string) => names.get(key) ?? '' },
    marks: [
      Plot.barX(rows.filter((r) => r.total !== undefined), { x: 'total', y: 'key', fill: 'none', stroke: theme.ink, ariaHidden: 'true' }),
      Plot.barX(rows, { x: 'eu', y: 'key', fill: (r: PartnerRow) => r.fill, ...keyed((i) => rows[i]?.key ?? '') }),
      Plot.barX(
        rows.filter((r) => r.focus),
        { x: 'eu', y: 'key', fill: patternFill('hatch'), ariaHidden: 'true', pointerEvents: 'none' },
      ),
      Plot.text(rows.filter((r) => r.valueLabel), { x: (r: PartnerRow) => r.total ?? r.eu, y: 'key', text: 'valueLabel', textAnchor: 'start', dx: 6, fill: theme.ink, ariaHidden: 'true' }),
      Plot.ruleX([0], { stroke: theme.ink, ariaHidden: 'true' }),
    ],
  });
}
