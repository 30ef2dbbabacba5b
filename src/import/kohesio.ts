/**
 * Kohesio's project-level export (CSV or XLSX): one row per operation, with its budget, dates,
 * programme, fund and point; its beneficiaries by name only (several in one cell, split on `|`),
 * without amounts or places, and none named the lead. Every beneficiary is placed at the
 * project's point (approximate), in the country of the nearest town; the project file made from
 * it takes the first named as the lead, and says so (build.ts, as for any export without a lead).
 */
import { amount, calendarDate, cellText, countryCode, rate, type Cell } from './cells';
import { Columns, type Table } from './tables';
import type { ImportedProject } from './imported';
import type { ImportNote, ImportProblem } from './problems';

export const KOHESIO_COLUMNS = ['Operation_Unique_Identifier', 'Operation_Name_English', 'Operation_Start_Date', 'Operation_End_Date', 'Project_EU_Budget', 'Total_Eligible_Expenditure_amount', 'Beneficiary_Name'] as const;

export function isKohesio(table: Table): boolean {
  return new Columns(table).has('Operation_Unique_Identifier');
}

/** `"46.05,14.5"`, `"46.05 14.5"` or `POINT(14.5 46.05)`; several points separated by `|` give the first. */
export function kohesioPoint(cell: Cell): { lat: number; lon: number } | undefined {
  const first = (cellText(cell) ?? '').split('|')[0]!.trim();
  const wkt = /^point\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/i.exec(first);
  const pair = /^(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)$/.exec(first);
  const [lat, lon] = wkt ? [Number(wkt[2]), Number(wkt[1])] : pair ? [Number(pair[1]), Number(pair[2])] : [NaN, NaN];
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
}

export function readKohesio(table: Table, countryAt: (point: { lat: number; lon: number }) => string | undefined): { projects: ImportedProject[] } | { problems: ImportProblem[] } {
  const c = new Columns(table);
  const missing = c.missing(KOHESIO_COLUMNS);
  if (missing.length > 0) return { problems: missing };
  const pointColumn = c.pick('Location_Indicator_latitude_longitude', 'Coordinates');
  const countryColumn = c.pick('Country_Code', 'Country');
  const projects: ImportedProject[] = [];
  const seen = new Set<string>();
  table.rows.forEach((row, i) => {
    const id = cellText(c.cell(row, 'Operation_Unique_Identifier'));
    if (!id || seen.has(id)) return;
    seen.add(id);
    const point = kohesioPoint(c.cell(row, pointColumn));
    const country = countryCode(c.cell(row, countryColumn)) ?? (point ? countryAt(point) : undefined);
    const names = (cellText(c.cell(row, 'Beneficiary_Name')) ?? '')
      .split('|')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !/^n\.?\s?a\.?$/i.test(name));
    const notes: ImportNote[] = [];
    if (!country) for (const name of names) notes.push({ key: 'unknownCountry', params: { partner: name, found: '', row: i + 2 } });
    const title = cellText(c.cell(row, 'Operation_Name_English'));
    projects.push({
      format: 'kohesio',
      key: id,
      publisherId: id,
      acronym: acronymOf(title, id),
      title,
      programme: cellText(c.cell(row, c.pick('Programme_Name', 'Programme_Title'))),
      fund: cellText(c.cell(row, 'Fund_Name'))?.split('|')[0]?.trim() ?? 'ERDF',
      start: calendarDate(c.cell(row, 'Operation_Start_Date')),
      end: calendarDate(c.cell(row, 'Operation_End_Date')),
      total: amount(c.cell(row, 'Total_Eligible_Expenditure_amount')),
      eu: amount(c.cell(row, 'Project_EU_Budget')),
      rate: rate(c.cell(row, c.pick('Union_Co_financing_rate', 'Co_financing_rate'))),
      summary: cellText(c.cell(row, c.pick('Operation_Summary_English', 'Operation_Summary'))),
      partners: country
        ? names.map((name) => ({ name, country, role: 'partner' as const, point: point ? { ...point, approximate: true } : undefined }))
        : [],
      notes,
      row: i + 2,
    });
  });
  return { projects };
}

/** Kohesio has no acronyms: the title's first words (at most 40 characters), else the identifier. */
function acronymOf(title: string | undefined, id: string): string {
  if (!title) return id;
  if (title.length <= 40) return title;
  const cut = title.slice(0, 40);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : 40)}…`;
}
