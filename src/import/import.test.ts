/**
 * The importers on exports made the way keep.eu, CORDIS and Kohesio write them
 * (test/importFixtures.ts reproduces every quirk of the facts file): what each project becomes,
 * that the file it makes is valid, what it says about itself and what is missing, and every way
 * a file can fail to be an export.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { findProject, openExport, projectFileOf, type ImportedProject } from './index';
import { Gazetteer } from './gazetteer';
import { gazetteerFile } from '../../scripts/gazetteer';
import { validateProject } from '../data/validate';
import { IMPORT_NOTE_KEYS, IMPORT_PROBLEM_KEYS } from './problems';
import { IMPORT_WORDS } from './words';
import { CORDIS_ORGANISATION_CSV, CORDIS_PROJECT_CSV, cordisZip, keepWorkbook, KOHESIO_CSV, otherWorkbook } from '../../test/importFixtures';
import type { Project } from '../data/schema';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = new Gazetteer(gazetteerFile());
});
const places = async () => gazetteer;
const context = (fileName: string) => ({ fileName, downloaded: '2026-11-30', gazetteer });

async function opened(files: { name: string; bytes: Uint8Array }[]) {
  const result = await openExport(files, places);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function built(project: ImportedProject, fileName: string) {
  const made = projectFileOf(project, context(fileName));
  const validation = validateProject(made.file);
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
  return { ...made, project: validation.project as Project, warnings: validation.warnings };
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.hypot((a.lat - b.lat) * 111, (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180));

describe('keep.eu search results (.xlsx)', () => {
  test('every project of the export is found, joined to its partners on programme + ID or programme + acronym', async () => {
    const { format, projects } = await opened([{ name: 'keep.xlsx', bytes: await keepWorkbook() }]);
    expect(format).toBe('keep');
    expect(projects.map((p) => [p.acronym, p.programme, p.partners.length])).toEqual([
      ['MADEUP', 'Interreg Europe 2014-2020', 5],
      ['TWIN', 'Interreg VI-A Latvia-Lithuania 2021-2027', 2],
      ['TWIN', 'Interreg VI-A Latvia-Lithuania 2021-2027', 1],
      ['TWIN', 'Interreg VI-A Estonia-Latvia 2021-2027', 1],
    ]);
    // One acronym three times, twice in one programme: three projects, told apart by their IDs.
    expect(findProject(projects, 'twin')).toHaveLength(3);
    expect(findProject(projects, 'LLI-00001').map((p) => p.programme)).toEqual(['Interreg VI-A Latvia-Lithuania 2021-2027']);
  });

  test('a project becomes a valid file: figures, dates (Excel date and DD/MM/YYYY), rate, roles, EU country codes, places', async () => {
    const { projects } = await opened([{ name: 'keep.xlsx', bytes: await keepWorkbook() }]);
    const { project, notes } = built(projects[0]!, 'keep.xlsx');
    expect(project.budget).toMatchObject({ total: 1_640_000.5, eu: 1_330_000 });
    expect(project.schedule.planned).toEqual({ start: '2019-08-01', end: '2023-01-31' });
    expect(project.programmeRates?.[0]?.rate).toBe(0.85);
    expect(project.fund).toBe('ERDF');
    // The programme with its period, which decides the EU acknowledgement.
    expect(project.programme).toBe('Interreg Europe 2014-2020');
    expect(project.partners.map((p) => [p.role, p.country])).toEqual([
      ['lead', 'SI'],
      ['partner', 'LV'],
      ['partner', 'GR'],
      ['partner', 'GB'],
      ['partner', 'AT'],
    ]);
    // N.a. is no amount: the partner's budget is left out, never zero.
    expect(project.partners.map((p) => p.budget)).toEqual([{ total: 240_000, eu: 200_000 }, { total: 98_235.29, eu: 83_500 }, undefined, undefined, undefined]);
    const [brezice, riga, heraklion, nowhere, noTown] = project.partners;
    expect(km(brezice!.location!, { lat: 45.903, lon: 15.591 })).toBeLessThan(2);
    expect(km(riga!.location!, { lat: 56.946, lon: 24.106 })).toBeLessThan(2);
    expect(km(heraklion!.location!, { lat: 35.33, lon: 25.14 })).toBeLessThan(5);
    expect(project.partners.every((p) => p.location?.approximate === true)).toBe(true);
    // A town not in the gazetteer, and no town: inside the country, approximate, and said by name.
    expect(km(nowhere!.location!, { lat: 54, lon: -2 })).toBeLessThan(300);
    expect(km(noTown!.location!, { lat: 47.6, lon: 14.1 })).toBeLessThan(200);
    const said = notes.map((n) => IMPORT_WORDS.en.notes[n.key](n.params as never));
    expect(said).toContain('University (made-up): the town “Nowhere-on-any-map” was not found; placed in the middle of its country (approximate). Add its place by hand.');
    expect(said).toContain('Agency without a town (made-up): no town given; placed in the middle of its country (approximate). Add its place by hand.');
    expect(notes.map((n) => n.key)).toEqual(expect.arrayContaining(['noPhases', 'noEvents', 'noActualDates', 'townPlaced']));
    expect(project.phases).toBeUndefined();
    expect(project.events).toBeUndefined();
    expect(project.schedule.actual).toBeUndefined();
  });

  test('the file says where it came from: keep.eu credited and linked, the file, the download day, and the changes made', async () => {
    const { projects } = await opened([{ name: 'keep-search.xlsx', bytes: await keepWorkbook() }]);
    const { project } = built(projects[0]!, 'keep-search.xlsx');
    const [source] = project.sources;
    expect(source).toMatchObject({ url: 'https://keep.eu/', accessed: '2026-11-30' });
    const title = (source!.title as Record<string, string>).en!;
    expect(title).toContain('keep-search.xlsx');
    expect(title).toContain('data from keep.eu (Interact)');
    expect(title).toContain('changed by the dashboard');
    expect(title).toContain('not endorsed by keep.eu or Interact');
    expect(project.partners.every((p) => p.sources?.includes('export'))).toBe(true);
  });

  test('a 2021-2027 project joined on its ID; its co-financing column read for the EU amounts', async () => {
    const { projects } = await opened([{ name: 'keep.xlsx', bytes: await keepWorkbook() }]);
    const { project } = built(findProject(projects, 'LLI-00001')[0]!, 'keep.xlsx');
    expect(project.budget).toMatchObject({ total: 800_000, eu: 640_000 });
    expect(project.partners.map((p) => [p.name, p.budget])).toEqual([
      ['River town (made-up)', { total: 400_000, eu: 320_000 }],
      ['Other river town (made-up)', { total: 400_000, eu: 320_000 }],
    ]);
    expect(project.schedule.planned).toEqual({ start: '2023-10-01', end: '2025-09-30' });
  });

  test('a sheet without a needed column: the column and the sheet named', async () => {
    const result = await openExport([{ name: 'keep.xlsx', bytes: await keepWorkbook({ dropColumn: 'Country code' }) }], places);
    expect(result).toEqual({ ok: false, problems: [{ key: 'column', params: { column: 'Country code', sheet: 'Search results, partners' } }] });
    expect(IMPORT_WORDS.en.problems.column({ column: 'Country code', sheet: 'Search results, partners' })).toBe('The column “Country code” is missing from “Search results, partners”.');
  });

  test('a spreadsheet that is no export, or with its sheets renamed: refused, naming the sheets expected', async () => {
    for (const bytes of [await otherWorkbook(), await keepWorkbook({ sheetNames: ['Projects', 'Partners'] })]) {
      const result = await openExport([{ name: 'budget.xlsx', bytes }], places);
      expect(result.ok).toBe(false);
      const [problem] = (result as { problems: { key: string; params: Record<string, string> }[] }).problems;
      expect(problem!.key).toBe('notAnExport');
      expect(IMPORT_WORDS.en.problems.notAnExport(problem!.params as never)).toContain('“Search results, projects” and “Search results, partners”');
    }
  });

  test('formula cells are not evaluated: a formula without a saved value is no amount', async () => {
    const blob = await writeXlsxFile([
      { sheet: 'Search results, projects', data: [[{ value: 'Programme' }, { value: 'Project acronym' }, { value: 'Project start' }, { value: 'Project end' }, { value: "Project's total budget / expenditure" }, { value: "Project's EU funding" }], [{ value: 'P' }, { value: 'F' }, { value: '01/01/2020' }, { value: '31/12/2021' }, { value: 1000 }, { type: 'Formula', value: '=E2*0.8' }]] },
      { sheet: 'Search results, partners', data: [[{ value: 'Programme' }, { value: 'Project acronym' }, { value: 'Organisation in English' }, { value: 'Lead partner' }, { value: 'Country code' }], [{ value: 'P' }, { value: 'F' }, { value: 'Made-up (made-up)' }, { value: 'Yes' }, { value: 'LV' }]] },
    ]).toBlob();
    const { projects } = await opened([{ name: 'formula.xlsx', bytes: new Uint8Array(await blob.arrayBuffer()) }]);
    expect(projects[0]!.eu).toBeUndefined();
    expect(projectFileOf(projects[0]!, context('formula.xlsx')).problems).toEqual([{ key: 'projectField', params: { field: 'eu', project: 'F', row: 2 } }]);
  });
});

describe('CORDIS bulk files', () => {
  test('the zip: roles mapped, mixed decimal separators in one row, XK and UK, its points kept, the fund not ERDF', async () => {
    const { format, projects } = await opened([{ name: 'cordis-HORIZONprojects-csv.zip', bytes: cordisZip() }]);
    expect(format).toBe('cordis');
    expect(projects.map((p) => p.acronym)).toEqual(['MADEGRID', 'OTHER']);
    const { project, notes } = built(projects[0]!, 'cordis-HORIZONprojects-csv.zip');
    expect(project.fund).toBe('HORIZON EU contribution');
    expect(project.budget).toMatchObject({ total: 2_999_999.5, eu: 2_500_000 });
    expect(project.partners.map((p) => [p.role, p.country])).toEqual([
      ['lead', 'AT'],
      ['partner', 'RS'],
      ['partner', 'XK'],
      ['partner', 'XK'],
      ['advisory', 'GR'],
      ['partner', 'GB'],
    ]);
    expect(project.partners[0]!.budget).toEqual({ total: 960_619.95, eu: 528_340.97 });
    // An empty contribution is not published; a zero one is zero.
    expect(project.partners[1]!.budget).toEqual({ total: 100_000 });
    expect(project.partners[2]!.budget).toEqual({ total: 50_000, eu: 0 });
    expect(project.partners[0]!.location).toEqual({ lat: 48.2082, lon: 16.3738 });
    // Two points for one address: both kept, both approximate, and said.
    expect(project.partners[2]!.location?.approximate).toBe(true);
    expect(project.partners[3]!.location?.approximate).toBe(true);
    expect(notes.filter((n) => n.key === 'approximatePoint')).toHaveLength(2);
    // No point: found from the town.
    expect(km(project.partners[4]!.location!, { lat: 37.98, lon: 23.73 })).toBeLessThan(5);
    expect(project.sources.map((s) => s.url)).toEqual(['https://cordis.europa.eu/', 'https://cordis.europa.eu/project/id/101000001']);
  });

  test('project.csv and organization.csv opened together; one without the other names what is missing', async () => {
    const both = await opened([
      { name: 'project.csv', bytes: strToU8(CORDIS_PROJECT_CSV) },
      { name: 'organization.csv', bytes: strToU8(CORDIS_ORGANISATION_CSV) },
    ]);
    expect(both.projects).toHaveLength(2);
    const alone = await openExport([{ name: 'project.csv', bytes: strToU8(CORDIS_PROJECT_CSV) }], places);
    expect(alone).toEqual({ ok: false, problems: [{ key: 'companionFile', params: { missing: 'organization.csv' } }] });
  });

  test('a zip with no CORDIS files, a damaged zip and a file above the limit are refused by name', async () => {
    const other = await openExport([{ name: 'photos.zip', bytes: zipSync({ 'a.txt': strToU8('hello') }) }], places);
    expect(other.ok || other.problems[0]!.key).toBe('notAnExport');
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await openExport([{ name: 'broken.zip', bytes: damaged }], places)).toEqual({ ok: false, problems: [{ key: 'unreadable', params: { file: 'broken.zip' } }] });
    // A zip bomb: a few bytes that say they inflate to 400 MB are refused from the zip's directory, before anything is inflated.
    const bomb = zipSync({ 'project.csv': strToU8(CORDIS_PROJECT_CSV), 'organization.csv': strToU8(CORDIS_ORGANISATION_CSV) });
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 400_000_000, true);
    expect(await openExport([{ name: 'bomb.zip', bytes: bomb }], places)).toEqual({ ok: false, problems: [{ key: 'tooLarge', params: { file: 'bomb.zip', limit: '300 MB unpacked' } }] });
    const large = await openExport([{ name: 'huge.csv', bytes: new Uint8Array(50_000_001) }], places);
    expect(large).toEqual({ ok: false, problems: [{ key: 'tooLarge', params: { file: 'huge.csv', limit: '50 MB' } }] });
  });
});

describe('Kohesio (project level)', () => {
  test('beneficiaries split on |, placed at the project point in the country of the nearest town, the first as lead (said)', async () => {
    const { format, projects } = await opened([{ name: 'kohesio.csv', bytes: strToU8(KOHESIO_CSV) }]);
    expect(format).toBe('kohesio');
    const { project, notes } = built(projects[0]!, 'kohesio.csv');
    expect(project.fund).toBe('European Regional Development Fund');
    expect(project.schedule.planned).toEqual({ start: '2020-03-01', end: '2022-12-31' });
    expect(project.budget).toMatchObject({ total: 1_000_000, eu: 850_000 });
    expect(project.partners.map((p) => [p.name, p.role, p.country, p.location?.approximate])).toEqual([
      ['Made-up agency', 'lead', 'LV', true],
      ['Made-up town council', 'partner', 'LV', true],
    ]);
    expect(notes.map((n) => n.key)).toEqual(expect.arrayContaining(['noLead', 'noPartnerBudgets']));
    expect(built(projects[1]!, 'kohesio.csv').project.partners[0]!.country).toBe('SI');
  });
});

test('Kohesio as a workbook: the same columns on a sheet, the point as "POINT(lon lat)"', async () => {
  const rows = KOHESIO_CSV.split('\r\n').map((line) => line.match(/("[^"]*"|[^,]+)/g)!.map((cell) => cell.replace(/^"|"$/g, '')));
  rows[1]![7] = 'POINT(24.1052 56.9496)';
  const blob = await writeXlsxFile([{ sheet: 'Projects', data: rows.map((row) => row.map((value) => ({ value }))) }]).toBlob();
  const { format, projects } = await opened([{ name: 'kohesio.xlsx', bytes: new Uint8Array(await blob.arrayBuffer()) }]);
  expect(format).toBe('kohesio');
  const { project } = built(projects[0]!, 'kohesio.xlsx');
  expect(project.partners.map((p) => [p.country, p.location?.lat])).toEqual([
    ['LV', 56.9496],
    ['LV', 56.9496],
  ]);
});

describe('every message, in both languages', () => {
  const params = { file: 'x.xlsx', limit: 10, rows: 20, column: 'Town', sheet: 'S', expected: 'E', format: 'keep.eu', project: 'P', missing: 'organization.csv', field: 'eu', row: 3, partner: 'Org', town: 'T', found: 'F', count: 2 };
  test.each(['en', 'lv'] as const)('%s: a sentence for every problem and note, with no internal text', (lang) => {
    const t = IMPORT_WORDS[lang];
    for (const key of IMPORT_PROBLEM_KEYS) expect(t.problems[key](params as never), key).not.toMatch(/undefined|NaN|\[object|\{|\}/);
    for (const key of IMPORT_NOTE_KEYS) expect(t.notes[key](params as never), key).not.toMatch(/undefined|NaN|\[object|\{|\}/);
    // Latvian words on the Latvian side (a missed translation would read as English).
    if (lang === 'lv') {
      expect(t.problems.column(params as never)).toBe('Lapā “S” trūkst kolonnas “Town”.');
      expect([1, 2, 11, 21].map((n) => t.page.shown(n, 2004).split(' ')[0])).toEqual(['Parādīts', 'Parādīti', 'Parādīti', 'Parādīts']);
    }
  });
});
