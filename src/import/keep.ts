/**
 * keep.eu's search results export (.xlsx): projects on the sheet "Search results, projects",
 * their partners on "Search results, partners", joined on programme + project ID (2021-2027)
 * or programme + acronym (earlier periods, where the ID is empty). Columns by name, as keep.eu
 * writes them (`../shared/facts/open-data-formats.md`).
 */
import { amount, calendarDate, cellText, countryCode, rate, yes, type Cell } from './cells';
import { Columns, type Table } from './tables';
import type { ImportedPartner, ImportedProject } from './imported';
import type { ImportNote, ImportProblem } from './problems';

export const KEEP_SHEETS = { projects: 'Search results, projects', partners: 'Search results, partners' } as const;

const P = {
  period: 'Period',
  programme: 'Programme',
  acronym: 'Project acronym',
  id: 'Project ID (2021-2027 only)',
  title: 'Project name in English',
  description: 'Description in English',
  start: 'Project start',
  end: 'Project end',
  total: "Project's total budget / expenditure",
  eu: "Project's EU funding",
  rate: 'Union co-financing rate',
  website: 'Website',
} as const;

const O = {
  programme: 'Programme',
  acronym: 'Project acronym',
  id: 'Project ID (2021-2027 only)',
  name: 'Organisation in English',
  lead: 'Lead partner',
  country: 'Country code',
  town: 'Town',
  website: 'Website',
  erdf: 'ERDF contribution (2014-2020 only)',
  cofinancing: "Partner's programme co-financing (EUR) (2021-2027 only)",
  total: "Partner's total eligible budget / expenditure",
} as const;

export const KEEP_PROJECT_COLUMNS = [P.programme, P.acronym, P.start, P.end, P.total, P.eu] as const;
export const KEEP_PARTNER_COLUMNS = [O.programme, O.acronym, O.name, O.lead, O.country] as const;

export function isKeepExport(tables: readonly Table[]): boolean {
  return tables.some((t) => t.name.trim().toLowerCase() === KEEP_SHEETS.projects.toLowerCase());
}

function sheet(tables: readonly Table[], name: string): Table | undefined {
  return tables.find((t) => t.name.trim().toLowerCase() === name.toLowerCase());
}

/** The join key, readable as the project's name in the export: its ID (2021-2027), else "programme: acronym". */
function joinKey(programme: Cell, id: Cell, acronym: Cell): string {
  return cellText(id) ?? `${cellText(programme) ?? ''}: ${cellText(acronym) ?? ''}`;
}

export function readKeep(tables: readonly Table[]): { projects: ImportedProject[] } | { problems: ImportProblem[] } {
  const projectSheet = sheet(tables, KEEP_SHEETS.projects);
  const partnerSheet = sheet(tables, KEEP_SHEETS.partners);
  if (!projectSheet || !partnerSheet)
    return { problems: [{ key: 'notAnExport', params: { expected: `“${KEEP_SHEETS.projects}”, “${KEEP_SHEETS.partners}”`, format: 'keep.eu' } }] };
  const p = new Columns(projectSheet);
  const o = new Columns(partnerSheet);
  const missing = [...p.missing(KEEP_PROJECT_COLUMNS), ...o.missing(KEEP_PARTNER_COLUMNS)];
  if (missing.length > 0) return { problems: missing };

  const partnersOf = new Map<string, { partners: ImportedPartner[]; notes: ImportNote[] }>();
  const entry = (key: string) => partnersOf.get(key) ?? partnersOf.set(key, { partners: [], notes: [] }).get(key)!;
  partnerSheet.rows.forEach((row, i) => {
    const name = cellText(o.cell(row, O.name));
    if (!name) return;
    const key = joinKey(o.cell(row, O.programme), o.cell(row, O.id), o.cell(row, O.acronym));
    const { partners, notes } = entry(key);
    const written = cellText(o.cell(row, O.country));
    const country = countryCode(o.cell(row, O.country));
    if (!country) {
      notes.push({ key: 'unknownCountry', params: { partner: name, found: written ?? '', row: i + 2 } });
      return;
    }
    const eu = amountOf(row, o, [O.erdf, O.cofinancing], name, i, notes);
    const total = amountOf(row, o, [O.total], name, i, notes);
    partners.push({
      name,
      country,
      role: yes(o.cell(row, O.lead)) ? 'lead' : 'partner',
      town: cellText(o.cell(row, O.town)),
      website: cellText(o.cell(row, O.website)),
      eu,
      total,
    });
  });

  const projects: ImportedProject[] = [];
  const seen = new Set<string>();
  projectSheet.rows.forEach((row, i) => {
    const acronym = cellText(p.cell(row, P.acronym));
    if (!acronym) return;
    const key = joinKey(p.cell(row, P.programme), p.cell(row, P.id), p.cell(row, P.acronym));
    if (seen.has(key)) return;
    seen.add(key);
    const found = partnersOf.get(key) ?? { partners: [], notes: [] };
    const period = cellText(p.cell(row, P.period));
    // The programme with its period, as the format writes it ("Interreg Europe 2014-2020"): the
    // EU acknowledgement the page shows depends on the period.
    const named = cellText(p.cell(row, P.programme));
    const years = /(\d{4})\s*[-–]\s*(\d{4})/.exec(period ?? '');
    const programme = named && years && !/\d{4}/.test(named) ? `${named} ${years[1]}-${years[2]}` : named;
    projects.push({
      format: 'keep',
      key,
      publisherId: cellText(p.cell(row, P.id)),
      acronym,
      title: cellText(p.cell(row, P.title)),
      programme,
      // keep.eu names the fund in its columns: "ERDF contribution (2014-2020 only)"; from 2021 it says
      // "programme co-financing", Interreg's own funds (the ERDF with IPA and NDICI), named so.
      fund: /2021|2027/.test(`${period ?? ''} ${programme ?? ''}`) ? 'Interreg' : 'ERDF',
      start: calendarDate(p.cell(row, P.start)),
      end: calendarDate(p.cell(row, P.end)),
      total: amount(p.cell(row, P.total)),
      eu: amount(p.cell(row, P.eu)),
      rate: rate(p.cell(row, P.rate)),
      website: cellText(p.cell(row, P.website)),
      summary: cellText(p.cell(row, P.description)),
      partners: found.partners,
      notes: found.notes,
      row: i + 2,
    });
  });
  return { projects };
}

/** The first of `columns` with a readable amount; an amount written but unreadable is noted. */
function amountOf(row: Cell[], o: Columns, columns: string[], partner: string, i: number, notes: ImportNote[]): number | undefined {
  for (const column of columns) {
    const cell = o.cell(row, column);
    const text = cellText(cell);
    if (text === undefined) continue;
    const value = amount(cell);
    if (value !== undefined && value >= 0) return value;
    notes.push({ key: 'unreadAmount', params: { partner, column, found: text, row: i + 2 } });
  }
  return undefined;
}
