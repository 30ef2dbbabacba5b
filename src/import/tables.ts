/**
 * An export's sheets as tables of cells, and their columns found by name, not position
 * (publishers add and drop columns between releases): a name matches whatever its case,
 * spacing or apostrophe (`Partner’s ID if not PIC` written with a typographic apostrophe).
 */
import type { Cell } from './cells';
import type { ImportProblem } from './problems';

export interface Table {
  /** The sheet's name, or the CSV file's. */
  name: string;
  header: string[];
  rows: Cell[][];
}

/** A column name reduced to what its spellings share. */
export function columnKey(name: string): string {
  return name
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A table from rows whose first non-empty row is the header (a sheet may start with a title or blank rows). */
export function tableOf(name: string, data: Cell[][], wanted: readonly string[] = []): Table {
  const keys = new Set(wanted.map(columnKey));
  // The header: the first row naming a wanted column, else the first row with any text.
  let at = data.findIndex((row) => row.some((cell) => typeof cell === 'string' && keys.has(columnKey(cell))));
  if (at < 0) at = data.findIndex((row) => row.some((cell) => typeof cell === 'string' && cell.trim() !== ''));
  if (at < 0) return { name, header: [], rows: [] };
  const header = data[at]!.map((cell) => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell)));
  const rows = data.slice(at + 1).filter((row) => row.some((cell) => cell !== null && cell !== undefined && !(typeof cell === 'string' && cell.trim() === '')));
  return { name, header, rows };
}

/** Reads a table's rows by column name. */
export class Columns {
  #index = new Map<string, number>();
  constructor(readonly table: Table) {
    table.header.forEach((name, i) => {
      const key = columnKey(name);
      if (!this.#index.has(key)) this.#index.set(key, i);
    });
  }

  has(name: string): boolean {
    return this.#index.has(columnKey(name));
  }

  /** The first of `names` the table has (publishers rename columns between releases). */
  pick(...names: string[]): string | undefined {
    return names.find((name) => this.has(name));
  }

  /** The cell of `row` under column `name`; undefined when the table has no such column. */
  cell(row: Cell[], name: string | undefined): Cell {
    if (name === undefined) return undefined;
    const i = this.#index.get(columnKey(name));
    return i === undefined ? undefined : row[i];
  }

  /** A problem for each needed column the table lacks, naming it and the sheet. */
  missing(needed: readonly string[]): ImportProblem[] {
    return needed.filter((name) => !this.has(name)).map((column) => ({ key: 'column', params: { column, sheet: this.table.name } }));
  }
}
