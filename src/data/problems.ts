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
  'reachableFile',
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
  'language',
  'money',
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

/** `['partners', 3, 'country']` → `partners[3].country`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const MAX_FOUND = 80;

/** A short, single-line JSON rendering of a found value. */
export function describeFound(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return json.length > MAX_FOUND ? `${json.slice(0, MAX_FOUND - 1)}…` : json;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
