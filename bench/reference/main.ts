/**
 * The benchmark's reference (`npm run bench`): the same three InnoIndustry charts as many teams
 * would build them instead, with Vega-Lite and vega-embed, from the same data file and Natural
 * Earth's 1:110m countries (world-atlas). Not part of the dashboard: built by the benchmark into
 * `dist/reference/` and measured in the same run, so the budgets' ratios are of one machine.
 * Marks `reference:chart:<view>` as each chart is drawn.
 */
import embed from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';

interface Named {
  en?: string;
  [lang: string]: string | undefined;
}
interface ProjectFile {
  budget: { total: number; eu: number };
  focusPartner?: string;
  partners: { id: string; shortName?: string | Named; name: string | Named; country: string; role?: string; location?: { lat: number; lon: number }; budget?: { eu?: number } }[];
  phases: { name: string | Named; planned: { start: string; end: string }; actual?: { start: string; end: string } }[];
  events: { name: string | Named; start: string; end?: string }[];
}
const text = (value: string | Named | undefined) => (typeof value === 'string' ? value : (value?.en ?? Object.values(value ?? {})[0] ?? ''));

const [project, world] = (await Promise.all([fetch('../data/innoindustry.json').then((r) => r.json()), fetch('./countries-110m.json').then((r) => r.json())])) as [ProjectFile, object];
const focus = project.partners.find((p) => p.id === project.focusPartner);

const map: TopLevelSpec = {
  width: 'container',
  height: 560,
  projection: { type: 'azimuthalEqualArea', rotate: [-10, -52, 0], scale: 900 },
  layer: [
    { data: { values: world, format: { type: 'topojson', feature: 'countries' } }, mark: { type: 'geoshape', fill: '#eef0f2', stroke: '#aab' } },
    {
      data: { values: project.partners.filter((p) => p.location).map((p) => ({ name: text(p.shortName ?? p.name), country: p.country, lead: p.role === 'lead', ...p.location })) },
      mark: { type: 'circle', size: 90, opacity: 1 },
      encoding: {
        longitude: { field: 'lon', type: 'quantitative' },
        latitude: { field: 'lat', type: 'quantitative' },
        color: { field: 'lead', type: 'nominal', title: 'Lead partner' },
        tooltip: [{ field: 'name' }, { field: 'country' }],
      },
    },
  ],
};
const budget: TopLevelSpec = {
  width: 'container',
  data: {
    values: [
      { part: 'Total budget', amount: project.budget.total },
      { part: 'ERDF', amount: project.budget.eu },
      ...(focus?.budget?.eu ? [{ part: `${text(focus.shortName ?? focus.name)}: ERDF`, amount: focus.budget.eu }] : []),
    ],
  },
  mark: 'bar',
  encoding: {
    y: { field: 'part', type: 'nominal', sort: null, title: null },
    x: { field: 'amount', type: 'quantitative', title: 'EUR', axis: { format: '~s' } },
    tooltip: [{ field: 'part' }, { field: 'amount', format: ',.0f' }],
  },
};
const timeline: TopLevelSpec = {
  width: 'container',
  layer: [
    {
      data: {
        values: project.phases.flatMap((phase) => [
          { row: text(phase.name), kind: 'planned', start: phase.planned.start, end: phase.planned.end },
          ...(phase.actual ? [{ row: text(phase.name), kind: 'actual', start: phase.actual.start, end: phase.actual.end }] : []),
        ]),
      },
      mark: { type: 'bar', opacity: 0.8 },
      encoding: {
        y: { field: 'row', type: 'nominal', title: null },
        yOffset: { field: 'kind' },
        x: { field: 'start', type: 'temporal', title: null },
        x2: { field: 'end' },
        color: { field: 'kind', type: 'nominal' },
        tooltip: [{ field: 'row' }, { field: 'kind' }, { field: 'start', type: 'temporal' }, { field: 'end', type: 'temporal' }],
      },
    },
    {
      data: { values: project.events.map((event) => ({ row: 'Events', name: text(event.name), start: event.start })) },
      mark: { type: 'point', shape: 'diamond', filled: true },
      encoding: { y: { field: 'row', type: 'nominal' }, x: { field: 'start', type: 'temporal' }, tooltip: [{ field: 'name' }, { field: 'start', type: 'temporal' }] },
    },
  ],
};

await Promise.all(
  Object.entries({ map, budget, timeline }).map(([view, spec]) => embed(`#${view}`, spec, { renderer: 'svg', actions: false }).then(() => performance.mark(`reference:chart:${view}`))),
);
