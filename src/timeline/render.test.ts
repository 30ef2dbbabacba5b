/**
 * The drawn timeline, read back from its SVG: no row name runs into a mark. A one-day event on the
 * project's first day is a diamond reaching left of the plot, where the row names end; a chosen
 * one is drawn with a thicker outline. Checked on the page (phone to desktop), on paper and at
 * every picture size, in both languages, for the built-in file and generated ones.
 */
import { describe, expect, test } from 'vitest';
import { document, WORDS } from '../../test/europe';
import { innoIndustry, validGenerated } from '../../test/projects';
import { generateProject, GENERATED } from '../../test/generate';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { SLIDE_SIZES } from '../export/sizes';
import { DECK_FONT_SIZE, DECK_PICTURE_SIZE } from '../export/deck';
import { PRINT_WIDTH } from '../page/printing';
import type { ChartSize } from '../chart/context';
import type { Project } from '../data/schema';
import { ACTUAL_BAR, timelineSpec } from './spec';
import { renderTimeline } from './render';

/** `translate(x, y)` of an element's transform, or none. */
function translation(element: Element | null): [number, number] {
  const found = element?.getAttribute('transform')?.match(/translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)/);
  return found ? [Number(found[1]), Number(found[2])] : [0, 0];
}

/** A path's points (the symbols Plot draws are made of M, L and Z). */
const pathPoints = (path: Element) => [...(path.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)/g)].map((point) => [Number(point[1]), Number(point[2])] as const);

/** Where each row name ends on the right and where the leftmost mark begins, in the plot's own coordinates. */
function namesAndMarks(svg: SVGSVGElement) {
  const axis = svg.querySelector('[data-plot="y-axis tick label"]');
  const [axisX] = translation(axis);
  const names = [...(axis?.querySelectorAll('text') ?? [])].filter((text) => text.textContent?.trim()).map((text) => ({ name: text.textContent!, end: axisX + translation(text)[0] }));
  const marks: { key: string; left: number }[] = [];
  for (const group of svg.querySelectorAll('[data-plot="dot"]')) {
    const [groupX] = translation(group);
    for (const path of group.querySelectorAll('path')) {
      const half = Number(path.getAttribute('stroke-width') ?? 0) / 2;
      marks.push({ key: path.getAttribute('data-key') ?? '', left: groupX + translation(path)[0] + Math.min(...pathPoints(path).map(([x]) => x)) - half });
    }
  }
  for (const group of svg.querySelectorAll('[data-plot="bar"]')) {
    const [groupX] = translation(group);
    for (const rect of group.querySelectorAll('rect')) marks.push({ key: rect.getAttribute('data-key') ?? '', left: groupX + Number(rect.getAttribute('x')) });
  }
  return { names, marks };
}

/** The built-in project with its first event moved to the project's first day, as a kick-off often is. */
function kickOffOnTheFirstDay(): Project {
  const project = innoIndustry();
  const first = project.events![0]!;
  const day = project.schedule.actual?.start ?? project.schedule.planned.start;
  return { ...project, events: [{ ...first, start: day, end: undefined }, ...project.events!.slice(1)] };
}

const PROJECTS: [string, Project][] = [
  ['the built-in file, a kick-off on its first day', kickOffOnTheFirstDay()],
  ['a crowded file', validGenerated(generateProject(GENERATED['generated-crowded']!))],
];
const TARGETS: [string, Omit<ChartSize, 'theme' | 'measure'>][] = [
  ['a 320 px phone', { width: 320 }],
  ['a 360 px phone', { width: 360 }],
  ['the page at 1280 px', { width: 1280 }],
  ['paper', { width: PRINT_WIDTH, paper: true }],
  ...SLIDE_SIZES.map(({ width, height }): [string, Omit<ChartSize, 'theme' | 'measure'>] => [`a ${width} × ${height} picture`, { width, height, framed: true }]),
  ['the deck’s slide', { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, framed: true, bare: true }],
];

describe.each(PROJECTS)('%s', (_name, project) => {
  test.each(['en', 'lv'] as const)('in %s, every row name ends left of every mark, on every target, with the first event chosen or not', (lang) => {
    const first = project.events![0]!.id;
    const runInto: string[] = [];
    for (const [target, size] of TARGETS) {
      for (const selection of [{}, { event: first }]) {
        const spec = timelineSpec(project, { ...WORDS[lang], selection }, { ...size, theme: THEMES.light, measure: tableMeasure });
        const { names, marks } = namesAndMarks(renderTimeline(spec, { document }));
        expect(names.length).toBeGreaterThan(2);
        expect(marks.length).toBeGreaterThan(2);
        const nameEnd = Math.max(...names.map((name) => name.end));
        // A gap of at least 2 px between the end of the names and the nearest mark.
        for (const mark of marks) if (mark.left < nameEnd + 2) runInto.push(`${target}${selection.event ? ', chosen' : ''}: ${mark.key} from ${mark.left.toFixed(1)}, names end at ${nameEnd}`);
      }
    }
    expect(runInto).toEqual([]);
  });
});

describe.each(PROJECTS)('%s, rows short on a crowded slide', (_name, project) => {
  test('its rows have the height they are laid out at; every diamond is no taller than its row, and a change is said on a bar only where the bar is as thick as the words are high', () => {
    const wrong: string[] = [];
    for (const lang of ['en', 'lv'] as const) {
      for (const [target, size] of TARGETS) {
        const spec = timelineSpec(project, WORDS[lang], { ...size, theme: THEMES.light, measure: tableMeasure });
        const svg = renderTimeline(spec, { document });
        // The rows at the height the spec lays them out at: none squeezed to fit the plot.
        const rowsRoom = spec.box.height - spec.margin.top - spec.margin.bottom;
        if (spec.rows.length * spec.rowHeight > rowsRoom + 1) wrong.push(`${lang}, ${target}: ${spec.rows.length} rows of ${spec.rowHeight.toFixed(1)} px in ${rowsRoom} px`);
        for (const path of svg.querySelectorAll('[data-plot="dot"] path')) {
          const ys = pathPoints(path).map(([, y]) => y);
          const tall = Math.max(...ys) - Math.min(...ys) + Number(path.getAttribute('stroke-width') ?? 0);
          if (tall > spec.rowHeight) wrong.push(`${lang}, ${target}: ${path.getAttribute('data-key')} ${tall.toFixed(1)} px tall in a row of ${spec.rowHeight.toFixed(1)}`);
        }
        const bar = spec.rowHeight * (1 - ACTUAL_BAR.top - ACTUAL_BAR.bottom);
        for (const said of spec.bars.filter((b) => b.changeLabel)) if (bar < spec.fontSize * 0.85) wrong.push(`${lang}, ${target}: "${said.changeLabel}" on a bar ${bar.toFixed(1)} px thick`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
