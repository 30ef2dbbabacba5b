/**
 * Importing an export: its files read into tables (read.ts), told apart by their sheets and
 * columns (keep.eu, CORDIS, Kohesio), every project in it read (keep.ts, cordis.ts, kohesio.ts),
 * and the one chosen made into a project file (build.ts). Pure apart from the gazetteer it is
 * handed; the command line (scripts/import.ts) and the page's worker (worker.ts) both call it.
 */
import { readExportFiles, IMPORT_LIMITS, type ExportFile } from './read';
import { isKeepExport, readKeep, KEEP_SHEETS } from './keep';
import { isCordisOrganisations, isCordisProjects, readCordis } from './cordis';
import { isKohesio, readKohesio, KOHESIO_COLUMNS } from './kohesio';
import type { ExportFormat, ImportedProject } from './imported';
import type { ImportProblem } from './problems';
import type { Gazetteer } from './gazetteer';
import type { Table } from './tables';

export type Opened = { ok: true; format: ExportFormat; projects: ImportedProject[] } | { ok: false; problems: ImportProblem[] };

/** What an export must have, for the message when a file is none of them. */
const EXPECTED = `keep.eu: the sheets “${KEEP_SHEETS.projects}” and “${KEEP_SHEETS.partners}”; CORDIS: project.csv and organization.csv; Kohesio: the column ${KOHESIO_COLUMNS[0]}`;

export async function openExport(files: readonly ExportFile[], gazetteer: () => Promise<Gazetteer>): Promise<Opened> {
  const read = await readExportFiles(files);
  if ('problems' in read) return { ok: false, problems: read.problems };
  const found = await projectsIn(read.tables, gazetteer, files.map((f) => f.name).join(', '));
  if ('problems' in found) return { ok: false, problems: found.problems };
  if (found.projects.length === 0) return { ok: false, problems: [{ key: 'noProjects', params: { file: files.map((f) => f.name).join(', ') } }] };
  if (found.projects.length > IMPORT_LIMITS.projects) return { ok: false, problems: [{ key: 'tooMany', params: { rows: found.projects.length, limit: IMPORT_LIMITS.projects } }] };
  return { ok: true, format: found.format, projects: found.projects };
}

async function projectsIn(tables: Table[], gazetteer: () => Promise<Gazetteer>, fileName: string): Promise<{ format: ExportFormat; projects: ImportedProject[] } | { problems: ImportProblem[] }> {
  if (isKeepExport(tables)) {
    const read = readKeep(tables);
    return 'problems' in read ? read : { format: 'keep', projects: read.projects };
  }
  const projects = tables.find(isCordisProjects);
  const organisations = tables.find(isCordisOrganisations);
  if (projects || organisations) {
    if (!projects || !organisations) return { problems: [{ key: 'companionFile', params: { missing: projects ? 'organization.csv' : 'project.csv' } }] };
    const read = readCordis(projects, organisations);
    return 'problems' in read ? read : { format: 'cordis', projects: read.projects };
  }
  const kohesio = tables.find(isKohesio);
  if (kohesio) {
    const places = await gazetteer();
    const read = readKohesio(kohesio, (point) => places.countryNear(point));
    return 'problems' in read ? read : { format: 'kohesio', projects: read.projects };
  }
  return { problems: [{ key: 'notAnExport', params: { expected: EXPECTED, file: fileName } }] };
}

/** The project an acronym or id names (any case), or every one it could be. */
export function findProject(projects: readonly ImportedProject[], wanted: string): ImportedProject[] {
  const key = wanted.trim().toLowerCase();
  const exact = projects.filter((p) => p.key.toLowerCase() === key || p.publisherId?.toLowerCase() === key);
  if (exact.length > 0) return exact;
  return projects.filter((p) => p.acronym.toLowerCase() === key);
}

export { projectFileOf, type ImportContext, type BuiltFile } from './build';
export { summaryOf, type ProjectSummary, type ImportedProject, type ExportFormat } from './imported';
export type { ExportFile } from './read';
