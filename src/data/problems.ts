/**
 * What can be wrong with a data file, as data: a JSON path, what was found and what
 * was expected. The words come later, from the UI language's dictionary.
 */

/** What a field should have held; each key has a sentence in every dictionary. */
export const EXPECTED_KEYS = [
  'json',
  'smallFile',
  'fewerPartners',
  'fewerEvents',
  'shallowFile',
  'reachableFile',
  'readableFile',
  'utf8',
  'dataAddress',
  'slowBody',
  'noRedirect',
  'inTime',
  'answered',
  'sameOrigin',
  'object',
  'array',
  'string',
  'number',
  'boolean',
  'text',
  'plainText',
  'language',
  'money',
  'moneyAtMost',
  'date',
  'country',
  'id',
  'idList',
  'httpsUrl',
  'latitude',
  'rate',
  'longitude',
  'schemaVersion',
  'role',
  'eventKind',
  'currency',
  'nonEmpty',
  'endAfterStart',
  'euWithinTotal',
  'oneLead',
  'uniqueId',
  'knownSource',
  'knownPartner',
  'insideSchedule',
  'partnersWithinTotal',
  'knownField',
  'eventInsideSchedule',
  'distinctName',
  'memberKind',
  'groupMembers',
  'visibleText',
  'fewerMarks',
  'valid',
] as const;

export type ExpectedKey = (typeof EXPECTED_KEYS)[number];

export function isExpectedKey(value: string): value is ExpectedKey {
  return (EXPECTED_KEYS as readonly string[]).includes(value);
}

export interface Problem {
  severity: 'error' | 'warning';
  /** JSON path such as `partners[3].country`; empty for the file as a whole. */
  path: string;
  expected: ExpectedKey;
  /** The value found, as short JSON; undefined when the field is missing. */
  found?: string;
  params: Record<string, string | number>;
}

/** A character written as its code, as JavaScript and JSON write it: `\u202E`, `\u{1F1EA}`. */
export function characterCode(character: string): string {
  const hex = character.codePointAt(0)!.toString(16).toUpperCase();
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** `['partners', 3, 'country']` → `partners[3].country`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const MAX_FOUND = 80;

/**
 * A short, single-line JSON rendering of a found value. Written here, not by JSON.stringify, so
 * that it stops once it has MAX_FOUND characters: a value nested a million levels deep, or a
 * list of a million entries, costs no more than a short one (and never overflows the stack).
 */
export function describeFound(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let out = '';
  const write = (part: string) => {
    out += part;
    return out.length <= MAX_FOUND;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return write(JSON.stringify(v) ?? 'null');
    if (typeof v === 'string') return write(JSON.stringify(v.length > MAX_FOUND ? v.slice(0, MAX_FOUND) : v));
    if (typeof v !== 'object') return write(typeof v === 'bigint' ? String(v) : 'null');
    if (depth > MAX_FOUND) return write('…');
    if (Array.isArray(v)) {
      // Entry by entry, as far as the line goes: a list of a million is not copied. A hole is null, as JSON.stringify writes it.
      if (!write('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !write(',')) || !walk((v[i] as unknown) ?? null, depth + 1)) return false;
      return write(']');
    }
    if (!write('{')) return false;
    let first = true;
    for (const key in v) {
      const item = (v as Record<string, unknown>)[key];
      // As JSON.stringify: an undefined or a function field is left out.
      if (!Object.hasOwn(v, key) || item === undefined || typeof item === 'function') continue;
      if ((!first && !write(',')) || !write(`${JSON.stringify(key)}:`) || !walk(item, depth + 1)) return false;
      first = false;
    }
    return write('}');
  };
  walk(value, 0);
  return out.length > MAX_FOUND ? `${out.slice(0, MAX_FOUND - 1)}…` : out;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
