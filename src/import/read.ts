/**
 * An export's files as tables: a spreadsheet (.xlsx) through read-excel-file, a CSV through
 * d3-dsv (its separator, `;` or `,` or tab, found from the header line), a zip (a CORDIS bulk
 * download) opened with fflate and its CSV files read. Nothing in a file is run: formulas give
 * the value the spreadsheet saved with them (never evaluated), macros are never opened (a
 * workbook's own parts are read, nothing else), and a zip's sizes are checked before it is
 * inflated, so a small bomb is refused.
 */
import readXlsxFile from 'read-excel-file/web-worker';
import { dsvFormat } from 'd3-dsv';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { tableOf, type Table } from './tables';
import type { ImportProblem } from './problems';
import type { Cell } from './cells';

/** The largest export file read (what a keep.eu search of every Interreg project weighs, with room). */
export const IMPORT_LIMITS = { fileBytes: 50_000_000, unpackedBytes: 300_000_000, projects: 20_000, rows: 200_000 } as const;

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What the tables of these files are, or why they cannot be read. */
export async function readExportFiles(files: readonly ExportFile[]): Promise<{ tables: Table[] } | { problems: ImportProblem[] }> {
  const tables: Table[] = [];
  for (const file of files) {
    if (file.bytes.byteLength > IMPORT_LIMITS.fileBytes) return { problems: [{ key: 'tooLarge', params: { file: file.name, limit: '50 MB' } }] };
    const read = await readOne(file);
    if ('problems' in read) return read;
    tables.push(...read.tables);
  }
  const rows = tables.reduce((sum, t) => sum + t.rows.length, 0);
  if (rows > IMPORT_LIMITS.rows) return { problems: [{ key: 'tooMany', params: { rows, limit: IMPORT_LIMITS.rows } }] };
  return { tables };
}

async function readOne(file: ExportFile): Promise<{ tables: Table[] } | { problems: ImportProblem[] }> {
  const lower = file.name.toLowerCase();
  if (startsWith(file.bytes, ZIP)) {
    const entries = zipEntries(file.bytes);
    if (!entries) return { problems: [{ key: 'unreadable', params: { file: file.name } }] };
    if (entries.some((e) => e.name === 'xl/workbook.xml')) return readWorkbook(file, entries);
    return readZip(file, entries);
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.zip')) return { problems: [{ key: 'unreadable', params: { file: file.name } }] };
  if (lower.endsWith('.xls') || startsWith(file.bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { problems: [{ key: 'fileKind', params: { file: file.name } }] };
  const text = decode(file.bytes);
  if (text === undefined || text.includes('\u0000')) return { problems: [{ key: 'fileKind', params: { file: file.name } }] };
  return { tables: [csvTable(baseName(file.name), text)] };
}

/** A zip's directory (names and inflated sizes) without inflating anything; undefined when it is no zip. */
function zipEntries(bytes: Uint8Array): UnzipFileInfo[] | undefined {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return entries;
}

function unpackedTooLarge(entries: UnzipFileInfo[]): boolean {
  return entries.reduce((sum, e) => sum + e.originalSize, 0) > IMPORT_LIMITS.unpackedBytes;
}

async function readWorkbook(file: ExportFile, entries: UnzipFileInfo[]): Promise<{ tables: Table[] } | { problems: ImportProblem[] }> {
  if (unpackedTooLarge(entries)) return { problems: [{ key: 'tooLarge', params: { file: file.name, limit: '300 MB unpacked' } }] };
  try {
    const buffer = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer);
    return { tables: sheets.map(({ sheet, data }) => tableOf(sheet, data as Cell[][])) };
  } catch {
    return { problems: [{ key: 'unreadable', params: { file: file.name } }] };
  }
}

function readZip(file: ExportFile, entries: UnzipFileInfo[]): { tables: Table[] } | { problems: ImportProblem[] } {
  const wanted = entries.filter((e) => /\.(csv|tsv|txt)$/i.test(e.name) && !e.name.startsWith('__MACOSX/'));
  if (unpackedTooLarge(wanted)) return { problems: [{ key: 'tooLarge', params: { file: file.name, limit: '300 MB unpacked' } }] };
  // Only the files a CORDIS download holds that the importer reads are inflated.
  const names = new Set(wanted.map((e) => e.name).filter((name) => /(^|\/)(project|organization|organisation)\.csv$/i.test(name)));
  if (names.size === 0) return { problems: [{ key: 'notAnExport', params: { expected: 'project.csv, organization.csv', format: 'CORDIS' } }] };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(file.bytes, { filter: (entry) => names.has(entry.name) });
  } catch {
    return { problems: [{ key: 'unreadable', params: { file: file.name } }] };
  }
  const tables: Table[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    const text = decode(bytes);
    if (text === undefined) return { problems: [{ key: 'unreadable', params: { file: `${file.name}: ${name}` } }] };
    tables.push(csvTable(baseName(name), text));
  }
  return { tables };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** UTF-8 (with or without its byte-order mark), else Windows-1252, as a spreadsheet saves CSV. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('windows-1252').decode(bytes);
    } catch {
      return undefined;
    }
  }
}

/** A CSV's table; its separator is the one of `;`, tab and `,` the header line has most of outside quotes. */
export function csvTable(name: string, text: string): Table {
  const firstLine = text.slice(0, text.search(/\r?\n/) < 0 ? undefined : text.search(/\r?\n/)).replace(/"[^"]*"/g, '');
  const counts = [';', '\t', ','].map((sep) => [sep, firstLine.split(sep).length - 1] as const);
  const [separator] = counts.reduce((best, next) => (next[1] > best[1] ? next : best));
  const rows = dsvFormat(separator).parseRows(text.replace(/^\uFEFF/, '')) as Cell[][];
  return tableOf(name, rows);
}
