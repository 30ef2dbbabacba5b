/**
 * Reading one cell of an export as publishers write it: `N.a.` or an empty cell is missing;
 * an amount with either decimal separator (`528340.97`, `960619,95`, `1.234.567,89`,
 * `1,234,567.89`); a date as an Excel date, a `DD/MM/YYYY` text or ISO; a rate as `80%`, `0.8`
 * or `80`. Each reader answers undefined for what it cannot read; nothing is guessed.
 */
import { isIsoDate } from '../data/dates';
import { isoCountry } from '../data/countries';

/** A cell as the spreadsheet and CSV readers give it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** What publishers write for "no value". */
const MISSING = /^(n\.?\s?a\.?|n\/a|-|–|—|null|none)$/i;

export function present(cell: Cell): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell === 'string') return cell.trim() !== '' && !MISSING.test(cell.trim());
  if (typeof cell === 'number') return Number.isFinite(cell);
  return true;
}

/** The cell as text, trimmed, with runs of white space made one; undefined when missing. */
export function cellText(cell: Cell): string | undefined {
  if (!present(cell)) return undefined;
  if (cell instanceof Date) return isoDay(cell);
  return String(cell).replace(/\s+/g, ' ').trim();
}

/**
 * An amount. A text with both `.` and `,` takes the last one as the decimal separator
 * (`1.234.567,89`, `1,234,567.89`); with one kind only, a separator before exactly three digits,
 * or written more than once, groups thousands (`25.000`, `1,234,567`), any other is decimal
 * (`960619,95`, `528340.97`). Currency signs, `EUR` and spaces are dropped.
 */
export function amount(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell);
  if (text === undefined || typeof cell !== 'string') return undefined;
  let written = text.replace(/€|EUR|\s|'/gi, '');
  if (!/^-?[\d.,]+$/.test(written) || !/\d/.test(written)) return undefined;
  const lastDot = written.lastIndexOf('.');
  const lastComma = written.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const [decimal, group] = lastDot > lastComma ? ['.', ','] : [',', '.'];
    const [whole, fraction] = [written.slice(0, written.lastIndexOf(decimal)), written.slice(written.lastIndexOf(decimal) + 1)];
    if (whole.includes(decimal) || !groupedInThrees(whole.split(group))) return undefined;
    written = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const parts = written.split(lastDot >= 0 ? '.' : ',');
    // One kind, written more than once, or once before exactly three digits: thousands (euros have two decimals).
    if (parts.length > 2 || parts[1]!.length === 3) {
      if (!groupedInThrees(parts)) return undefined;
      written = parts.join('');
    } else written = parts.join('.');
  }
  const value = Number(written);
  return Number.isFinite(value) ? value : undefined;
}

/** `1`, `234`, `567`: the first group of one to three digits, every other of three. */
function groupedInThrees(parts: string[]): boolean {
  return /^-?\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

function isoDay(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const y = date.getUTCFullYear();
  if (y < 1 || y > 9999) return undefined;
  return `${String(y).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: serial 25569 is 1970-01-01. */
function fromExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  return isoDay(new Date(Math.round((Math.floor(serial) - 25569) * 86_400_000)));
}

/** A calendar date `YYYY-MM-DD`: from an Excel date (a Date or its serial number), `DD/MM/YYYY` (or with `.` or `-`), or ISO text (a time after it is dropped). */
export function calendarDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number') return fromExcelSerial(cell);
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDate(day) ? day : undefined;
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) {
    const day = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    return isIsoDate(day) ? day : undefined;
  }
  if (/^\d+(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  return undefined;
}

/** A rate 0–1 from `80%`, `80 %`, `0.8` or `80` (a number above 1 is read as per cent). */
export function rate(cell: Cell): number | undefined {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  if (text === undefined) return undefined;
  const percent = text.endsWith('%');
  const value = amount(text.replace(/%$/, '').trim());
  if (value === undefined || value < 0) return undefined;
  const share = percent || value > 1 ? value / 100 : value;
  return share <= 1 ? share : undefined;
}

/** An ISO country code from an export's code (`EL`, `UK`, `XK`, any case); undefined for one the format does not know. */
export function countryCode(cell: Cell): string | undefined {
  const text = cellText(cell)?.toUpperCase();
  return text === undefined ? undefined : isoCountry(text);
}

/** `Yes`/`No` (and `true`/`false`, `1`/`0`) as a boolean. */
export function yes(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  return /^(yes|y|true|1|x)$/i.test(cellText(cell) ?? '');
}
