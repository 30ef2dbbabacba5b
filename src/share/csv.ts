/**
 * The project as tables for a spreadsheet: partners, budget, schedule and phases, events.
 * CSV through d3-dsv (quoting done right), UTF-8 with a byte-order mark so Excel shows ā, š,
 * ū; and the whole project as one zip with the JSON file as it was loaded. Pure functions.
 */
import { fileStem } from './fileNames';
import { csvFormatRows } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import { plainTextIn } from '../data/text';
import { isoCountry } from '../data/countries';
import { projectFigures } from '../project/figures';
import type { Project } from '../data/schema';
import type { IsoDate } from '../data/dates';
import type { ViewName } from '../page/parameters';

export interface CsvFile {
  fileName: string;
  text: string;
}

const BOM = '\ufeff';
type Cell = string | number | boolean | undefined;
const table = (header: string[], rows: Cell[][]) => BOM + csvFormatRows([header, ...rows.map((row) => row.map(csvCell))]);

/** What a spreadsheet would start a formula with when a cell begins with it (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text. Text from the file that a spreadsheet would run as a formula (`=HYPERLINK(…)`,
 * `+1+cmd|…`, `@SUM(…)`, a leading tab or carriage return) is neutralised with a leading
 * apostrophe, shown as text; numbers stay numbers (a longitude of −1.131 is not touched).
 */
export function csvCell(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function partnersCsv(project: Project, lang: string): CsvFile {
  return {
    fileName: `${fileStem(project.id)}-partners.csv`,
    text: table(
      ['id', 'name', 'short_name', 'role', 'country', 'place', 'latitude', 'longitude', 'approximate_location', 'eu_funds', 'total_budget'],
      project.partners.map((p) => [
        p.id,
        plainTextIn(p.name, lang),
        p.shortName ? plainTextIn(p.shortName, lang) : undefined,
        p.role,
        isoCountry(p.country) ?? p.country,
        p.place ? plainTextIn(p.place, lang) : undefined,
        p.location?.lat,
        p.location?.lon,
        p.location?.approximate,
        p.budget?.eu,
        p.budget?.total,
      ]),
    ),
  };
}

export function budgetCsv(project: Project, today: IsoDate): CsvFile {
  const figures = projectFigures(project, today);
  const rows: Cell[][] = [
    ['total', figures.total, 1, 'published'],
    ['eu', figures.eu, figures.coFinancingRate, 'published'],
    ['own_contribution', figures.ownContribution, figures.total > 0 ? figures.ownContribution / figures.total : undefined, 'derived: total - eu'],
  ];
  if (figures.focus?.eu !== undefined) rows.push([`eu_${figures.focus.partner.id}`, figures.focus.eu, figures.total > 0 ? figures.focus.eu / figures.total : undefined, 'published']);
  return { fileName: `${fileStem(project.id)}-budget.csv`, text: table(['item', 'amount', 'share_of_total', 'how'], rows) };
}

export function scheduleCsv(project: Project, lang: string): CsvFile {
  const { planned, actual } = project.schedule;
  return {
    fileName: `${fileStem(project.id)}-schedule.csv`,
    text: table(
      ['id', 'name', 'planned_start', 'planned_end', 'actual_start', 'actual_end'],
      [['project', project.acronym, planned.start, planned.end, actual?.start, actual?.end], ...(project.phases ?? []).map((p) => [p.id, plainTextIn(p.name, lang), p.planned.start, p.planned.end, p.actual?.start, p.actual?.end])],
    ),
  };
}

export function eventsCsv(project: Project, lang: string): CsvFile {
  return {
    fileName: `${fileStem(project.id)}-events.csv`,
    text: table(
      ['id', 'name', 'kind', 'start', 'end', 'online', 'place', 'country', 'latitude', 'longitude', 'host_partner'],
      (project.events ?? []).map((e) => [e.id, plainTextIn(e.name, lang), e.kind, e.start, e.end, e.online, e.place ? plainTextIn(e.place, lang) : undefined, e.country ? (isoCountry(e.country) ?? e.country) : undefined, e.location?.lat, e.location?.lon, e.partner]),
    ),
  };
}

/** The data behind one chart. */
export function viewCsv(view: ViewName, project: Project, lang: string, today: IsoDate): CsvFile {
  if (view === 'map') return partnersCsv(project, lang);
  if (view === 'budget') return budgetCsv(project, today);
  return eventsCsv(project, lang);
}

/** Every table, and the file as loaded, in one zip. */
export function projectZip(project: Project, sourceText: string | undefined, lang: string, today: IsoDate): Uint8Array {
  const files = [partnersCsv(project, lang), budgetCsv(project, today), scheduleCsv(project, lang), eventsCsv(project, lang)];
  return zipSync({
    ...Object.fromEntries(files.map((file) => [file.fileName, strToU8(file.text)])),
    [`${fileStem(project.id)}.json`]: strToU8(sourceText ?? JSON.stringify(project, null, 2)),
  });
}
