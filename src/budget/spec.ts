/**
 * The budget chart's spec: from a project, the words and a size to everything its marks need
 * — the parts of the bar with their colours and the labels that fit, the axis ticks that fit,
 * the programme rates' labels set apart, the per-partner bars, the legend and (standing
 * alone) the frame. Pure: no Svelte, no page.
 */
import { scaleLinear } from 'd3-scale';
import { textIn, textWithLang } from '../data/text';
import type { ProjectFigures } from '../project/figures';
import { prepareProject } from '../project/prepared';
import { frameWords, layoutFrame, type ChartPattern, typeScale, type Box, type FrameLayout, type LegendItem } from '../chart/frame';
import { fitLinearTicks, placeLabels, type FittedTicks } from '../chart/ticks';
import type { ChartSize, ChartWords, Described } from '../chart/context';
import { wrapBalanced, wrapText } from '../chart/measure';
import type { Theme } from '../chart/theme';
import type { Project } from '../data/schema';
import { budgetSegments, measured, partnerBudgets, rateMarks, type BudgetSegment, type Measure, type SegmentKey } from './shape';
import { partnerLabel } from '../project/partnerLabels';

/** What marks each part besides its colour (WCAG 1.4.1); the other EU money is plain. */
const PATTERN: Record<SegmentKey, ChartPattern | undefined> = { 'focus-eu': 'hatch', 'other-eu': undefined, own: 'dots' };

export interface BudgetOptions {
  measure: Measure;
  /** The stacked bar, the per-partner bars, or both (standing alone). */
  panels: 'bar' | 'partners' | 'both';
}

export interface BarPart extends BudgetSegment {
  x1: number;
  x2: number;
  fill: string;
  ink: string;
  /** The label written inside, when it fits. */
  label?: string;
}

export interface BarPanel {
  box: Box;
  domainMax: number;
  ticks: FittedTicks;
  parts: BarPart[];
  /** Rate marks, each with its label's left edge in plot px (undefined: no room). */
  rates: { id: string; x: number; label: string; labelLeft?: number }[];
  euSpan?: { end: number; label: string };
  marginTop: number;
  marginBottom: number;
}

export interface PartnerRow {
  key: string;
  names: string[];
  /** The name's language, where it is not the page's. */
  lang?: string;
  eu: number;
  total?: number;
  fill: string;
  /** The highlighted partner: hatched as well as coloured. */
  focus: boolean;
  valueLabel?: string;
}

export interface PartnersPanel {
  box: Box;
  rows: PartnerRow[];
  domainMax: number;
  ticks: FittedTicks;
  marginLeft: number;
}

export interface BudgetSpec extends Described {
  width: number;
  height: number;
  theme: Theme;
  fontSize: number;
  ariaLabel: string;
  title: string;
  legend: LegendItem[];
  frame?: FrameLayout;
  bar?: BarPanel;
  partners?: PartnersPanel;
  /** Standing alone with both panels: each panel's heading, saying what it shows and on which scale (baseline at `y`). */
  headings: { key: 'bar' | 'partners'; text: string; x: number; y: number }[];
  /** The partners' panel's heading in full (the picture's may be cut to its line); undefined where no partner's budget is published. */
  partnersHeading?: string;
  transparent: boolean;
  figures: ProjectFigures;
}

const INK_KEY: Record<SegmentKey, keyof Theme> = { 'focus-eu': 'onFocus', 'other-eu': 'onEu', own: 'onOwn' };
const FILL_KEY: Record<SegmentKey, keyof Theme> = { 'focus-eu': 'focus', 'other-eu': 'eu', own: 'own' };

/** The tallest the whole budget's panel gets in a picture, in font sizes: taller, its bar reads as a wall. */
const BAR_MAX = 16;
/** The bar's natural height on the page for a font size. */
const barHeight = (fontSize: number) => Math.round(fontSize * 14);
const rowHeight = (fontSize: number) => Math.round(Math.max(40, fontSize * 3.1));
/** On paper, more partners than this are listed with small bars rather than charted (PartnerBudgets). */
export const PAPER_CHART_ROWS = 12;
/** On paper a row is as high as its name's lines need: no pointer to aim, and a crowded file's partners still share a page. */
const paperRowHeight = (fontSize: number, lines: number) => Math.round(Math.max(fontSize * 1.9, lines * fontSize * 1.2 + fontSize * 0.6));

export function budgetSpec(project: Project, words: ChartWords, size: ChartSize, options: BudgetOptions): BudgetSpec {
  const { t, f, lang } = words;
  const { theme, measure } = size;
  const prepared = prepareProject(project, words);
  const { figures } = prepared;
  const fund = prepared.fund.name;
  const segments = budgetSegments(figures);
  const rates = rateMarks(project);
  const focus = figures.focus;
  const focusName = focus ? textIn(focus.partner.name, lang) : '';
  const focusShort = focus ? textIn(partnerLabel(project, focus.partner), lang) : '';
  const rows = partnerBudgets(project).published;
  const fontSize = size.framed ? (size.fontSize ?? typeScale(size.width, size.height)) : 13;
  const wantBar = options.panels !== 'partners' && figures.total > 0;
  const wantPartners = options.panels !== 'bar' && rows.length > 0;

  const segmentName = (key: SegmentKey, long = false): string =>
    ({ 'focus-eu': t.budget.segment.focusEu(long ? focusName : focusShort, fund), 'other-eu': t.budget.segment.otherEu(fund, focus?.eu !== undefined), own: t.budget.segment.own })[key];
  const segmentShares = (segment: BudgetSegment): string => {
    const ofTotal = t.budget.ofTotal(f.percent(segment.shareOfTotal));
    if (segment.key !== 'focus-eu' || focus?.shareOfEu === undefined) return ofTotal;
    return `${t.budget.ofFund(f.percent(focus.shareOfEu), fund)}, ${ofTotal}`;
  };
  const legend: LegendItem[] = [
    ...segments.map((s) => ({ key: s.key, label: `${segmentName(s.key)}: ${f.compactMoney(s.amount)} (${segmentShares(s)})`, symbol: { kind: 'rect' as const, fill: theme[FILL_KEY[s.key]], pattern: PATTERN[s.key] } })),
    ...rates.map((r) => ({ key: `rate-${r.id}`, label: t.budget.rateLegend(f.percent(r.rate), textIn(r.label, lang)), symbol: { kind: 'line' as const, stroke: theme.ink, dash: '4,3' } })),
  ];
  const title = figures.total > 0 ? t.budget.finding({ rate: f.percent(figures.coFinancingRate), total: f.compactMoney(figures.total), fund }) : t.budget.title(fund);

  let wrappedAt: { width: number; marginLeft: number; names: string[][] } | undefined;
  // Room: the page gives a width and takes the height the panels need; a slide gives both.
  let frame: FrameLayout | undefined;
  let area: Box;
  if (size.framed && size.height) {
    frame = layoutFrame(frameWords(size, { title, legend, source: prepared.source.budget }), { width: size.width, height: size.height }, measure, fontSize);
    area = frame.plot;
  } else {
    const row = size.paper && wantPartners ? paperRowHeight(fontSize, Math.max(1, ...partnerNames(size.width).names.map((lines) => lines.length))) : rowHeight(fontSize);
    const height = (wantBar ? (size.paper ? Math.round(fontSize * 10) : barHeight(fontSize)) : 0) + (wantPartners ? rows.length * row + fontSize * 3 : 0);
    area = { x: 0, y: 0, width: size.width, height: size.height ?? height };
  }

  /** The partners' panel's heading, the same on the page and in the picture: their bars are on a scale of their own. */
  const partnersHeading = rows.length > 0 ? t.budget.perPartnerHeading(f.compactMoney(Math.max(...rows.map((row) => row.total ?? row.eu ?? 0)))) : undefined;
  let barBox: Box | undefined;
  let partnersBox: Box | undefined;
  const headings: BudgetSpec['headings'] = [];
  const framedBoth = size.framed && size.height && wantBar && wantPartners;
  if (framedBoth) {
    // Standing alone, the two panels share the picture's height: the partners' bars take what two
    // lines a name need up to a roomy row each, the whole budget's bar the rest (up to a height
    // that still reads as one bar); each under its heading, which names its own scale.
    const heading = Math.round(fontSize * 1.8);
    const avail = area.height - 2 * heading;
    const need = rows.length * fontSize * 2.8 + fontSize * 3;
    const roomy = rows.length * fontSize * 5 + fontSize * 4;
    const [barMin, barMax] = [fontSize * 9, fontSize * BAR_MAX];
    if (avail - barMin >= need) {
      const partnersH = Math.min(roomy, Math.max(need, avail - barMax));
      const barH = Math.min(barMax, avail - partnersH);
      const gap = Math.min(avail - barH - partnersH, fontSize * 2);
      barBox = { ...area, y: area.y + heading, height: barH };
      partnersBox = { ...area, y: barBox.y + barH + gap + heading, height: partnersH };
      // Each heading's baseline in the line above its panel.
      const over = (panel: Box, text: string) => ({ text: wrapText(text, area.width, measure, fontSize, 1, true)[0] ?? '', x: area.x, y: panel.y - heading + fontSize * 1.1 });
      headings.push({ key: 'bar', ...over(barBox, t.budget.wholeBudgetHeading(f.compactMoney(figures.total))) });
      headings.push({ key: 'partners', ...over(partnersBox, partnersHeading!) });
    } else barBox = area;
  } else if (wantBar && wantPartners) {
    const barH = Math.min(area.height, Math.max(barHeight(fontSize), area.height * 0.4));
    barBox = { ...area, height: barH };
    const rest = area.height - barH;
    // Partner bars only where each row keeps room for two lines of its name.
    if (rest >= rows.length * fontSize * 2.8 + fontSize * 3) partnersBox = { ...area, y: area.y + barH, height: Math.min(rest, rows.length * fontSize * 4 + fontSize * 3.5) };
  } else if (wantBar) {
    // Standing alone with no partners' panel, the bar is no taller than it is beside them (it still
    // reads as one bar, not a wall), and stands in the middle of the picture's room for it.
    const barH = size.framed && size.height ? Math.min(area.height, BAR_MAX * fontSize) : area.height;
    barBox = { ...area, y: area.y + Math.round((area.height - barH) / 2), height: barH };
  } else if (wantPartners) partnersBox = area;

  const bar = barBox ? barPanel(barBox) : undefined;
  const partners = partnersBox ? partnersPanel(partnersBox) : undefined;
  const height = size.height ?? area.height;

  function barPanel(box: Box): BarPanel {
    const total = figures.total;
    const domainMax = options.measure === 'amount' ? total : 1;
    const format = (value: number) => (options.measure === 'amount' ? f.axisMoney(value) : f.percent(value));
    const ticks = fitLinearTicks(domainMax, box.width, format, measure, fontSize, { left: fontSize * 1.5, right: fontSize * 2 });
    const plotWidth = box.width - ticks.marginLeft - ticks.marginRight;
    const px = scaleLinear().domain([0, domainMax]).range([0, plotWidth]);
    const at = (value: number) => measured(value, total, options.measure);
    const parts: BarPart[] = segments.map((segment) => {
      const width = segment.shareOfTotal * plotWidth;
      // Every percentage names its base, so the EU part's share of the total never reads as a second rate.
      const share = t.budget.ofTotal(f.percent(segment.shareOfTotal));
      const candidates = options.measure === 'amount' ? [`${f.compactMoney(segment.amount)} · ${share}`, f.compactMoney(segment.amount)] : [share, f.percent(segment.shareOfTotal)];
      const label = candidates.find((text) => measure(text, fontSize, true) + fontSize < width);
      return { ...segment, x1: at(segment.from), x2: at(segment.to), fill: theme[FILL_KEY[segment.key]], ink: theme[INK_KEY[segment.key]], label };
    });
    const rateLabels = rates.map((r) => t.budget.rateShort(f.percent(r.rate)));
    const lefts = placeLabels(
      rates.map((r, i) => ({ at: r.rate * plotWidth, width: measure(rateLabels[i]!, fontSize), priority: r.rate })),
      -ticks.marginLeft + 2,
      plotWidth + ticks.marginRight - 2,
    );
    const rate = t.budget.rateNamed(f.percent(figures.coFinancingRate));
    const euLabels = [`${fund}: ${options.measure === 'amount' ? `${f.compactMoney(figures.eu)} · ` : ''}${rate}`, `${fund}: ${rate}`];
    const euLabel = euLabels.find((text) => measure(text, fontSize, true) <= plotWidth + ticks.marginRight - 2) ?? wrapText(euLabels[1]!, plotWidth + ticks.marginRight - 2, measure, fontSize, 1, true)[0];
    return {
      box,
      domainMax,
      ticks,
      parts,
      rates: rates.map((r, i) => ({ id: r.id, x: options.measure === 'amount' ? r.rate * total : r.rate, label: rateLabels[i]!, labelLeft: lefts[i] === undefined ? undefined : px.invert(lefts[i]!) })),
      euSpan: figures.eu > 0 && euLabel ? { end: at(figures.eu), label: euLabel } : undefined,
      marginTop: Math.round(fontSize * 0.9),
      marginBottom: Math.round(fontSize * 2.4),
    };
  }

  /** The partners' names, each wrapped to at most two lines in the room left of the bars at this width (worked out once a width). */
  function partnerNames(width: number): { marginLeft: number; names: string[][] } {
    if (wrappedAt?.width === width) return wrappedAt;
    const names = rows.map((row) => textIn(partnerLabel(project, row.partner), lang));
    const widest = Math.max(...names.map((name) => measure(name, fontSize)));
    const marginLeft = Math.round(Math.min(width * 0.38, widest + fontSize * 1.2));
    wrappedAt = { width, marginLeft, names: names.map((name) => wrapBalanced(name, marginLeft - fontSize * 0.8, measure, fontSize, 2)) };
    return wrappedAt;
  }

  function partnersPanel(box: Box): PartnersPanel {
    const { marginLeft, names } = partnerNames(box.width);
    const values = rows.map((row) => f.compactMoney(row.total ?? row.eu ?? 0));
    const widths = values.map((v) => measure(v, fontSize));
    const marginRight = Math.round(Math.min(box.width * 0.3, Math.max(...widths) + fontSize));
    const plotWidth = box.width - marginLeft - marginRight;
    const gap = 6;
    // The axis runs far enough that each value label ends inside the chart.
    let domainMax = Math.max(1, ...rows.map((row) => row.sortAmount));
    const labelled = rows.map((row, i) => plotWidth + marginRight - gap - widths[i]! > plotWidth * 0.25);
    rows.forEach((row, i) => {
      if (labelled[i]) domainMax = Math.max(domainMax, (row.sortAmount * plotWidth) / (plotWidth + marginRight - gap - 2 - widths[i]!));
    });
    const ticks = fitLinearTicks(domainMax, box.width - marginLeft + fontSize * 1.5, f.axisMoney, measure, fontSize, { left: fontSize * 1.5, right: marginRight });
    return {
      box,
      domainMax,
      ticks,
      marginLeft,
      rows: rows.map((row, i) => ({
        key: `partner-${row.partner.id}`,
        names: names[i]!,
        lang: textWithLang(partnerLabel(project, row.partner), lang, row.partner.shortName ? project.lang : 'en').lang,
        eu: row.eu ?? 0,
        total: row.total,
        fill: row.partner.id === project.focusPartner ? theme.focus : theme.eu,
        focus: row.partner.id === project.focusPartner,
        valueLabel: labelled[i] ? values[i] : undefined,
      })),
    };
  }

  const rowsByKey = new Map(rows.map((r) => [`partner-${r.partner.id}`, r]));
  function describe(key: string): string[] {
    const segment = segments.find((s) => s.key === key);
    if (segment) {
      const lines = [segmentName(segment.key, true), f.compactMoney(segment.amount), segmentShares(segment)];
      if (segment.key === 'own') lines.push(t.budget.derivedOwn(fund));
      return lines;
    }
    const row = rowsByKey.get(key);
    if (!row) return [];
    const lines = [textIn(row.partner.name, lang)];
    if (row.eu !== undefined) lines.push(`${fund}: ${f.compactMoney(row.eu)}`);
    lines.push(`${t.budget.totalLabel}: ${row.total === undefined ? t.budget.focusTotalUnknown : f.compactMoney(row.total)}`);
    return lines;
  }

  return {
    width: size.width,
    height,
    theme,
    fontSize,
    ariaLabel: options.panels === 'partners' ? t.budget.partnerChartLabel : t.budget.chartLabel(fund),
    title,
    // A rate whose "85%" is written at its line is told apart by that label as well.
    legend: legend.map((item) => (bar?.rates.some((r) => `rate-${r.id}` === item.key && r.labelLeft !== undefined) ? { ...item, labelled: true } : item)),
    frame,
    bar,
    partners,
    headings,
    partnersHeading,
    transparent: size.transparent ?? !size.framed,
    figures,
    describe,
  };
}
