/**
 * Checks a data file against format v1 and says everything that is wrong with it at once:
 * errors (the file cannot be shown) and warnings (shown anyway: unknown fields, events
 * outside the schedule).
 */
import type * as z from 'zod/mini';
import { projectSchema, type Partner, type Project } from './schema';
import { describeFound, formatPath, isExpectedKey, valueAt, type ExpectedKey, type Problem } from './problems';
import { dayNumber } from './dates';
import { jsonErrorOffset, placeOf } from './jsonError';

export type Validation =
  | { ok: true; project: Project; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * The largest file this dashboard reads, and the most partners and events it draws. The format
 * sets no limit; these are the app's, chosen so that the largest accepted file is checked and
 * drawn without freezing the page (an Interreg project has 2–30 partners). Above them the file is
 * refused with the limit named, before any work that grows with its size.
 */
export const LIMITS = { fileBytes: 2_000_000, partners: 500, events: 2_000 } as const;

/** Parses the text of a file, then validates it; a JSON syntax error is one problem at the root. */
export function validateProjectText(text: string, bytes = text.length): Validation {
  if (bytes > LIMITS.fileBytes) return tooLarge(bytes);
  // A byte-order mark, as some Windows editors write, is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch {
    // The engine's message is English and for developers: the reader gets where it broke
    // (line and column) and their own text there.
    const offset = jsonErrorOffset(json);
    const at = offset < 0 ? undefined : placeOf(json, offset);
    const found = at ? (at.excerpt === '' ? undefined : at.excerpt) : undefined;
    return { ok: false, errors: [{ severity: 'error', path: '', expected: 'json', found, params: at ? { line: at.line, column: at.column } : {} }], warnings: [] };
  }
  return validateProject(input);
}

/** The refusal of a file above LIMITS.fileBytes, given before it is read when its size is known. */
export function tooLarge(bytes: number): Validation {
  return refused([], 'smallFile', megabytes(bytes));
}

/** "2.4 MB": how a file's size is named in the refusal (the limit is named in the same unit). */
export function megabytes(bytes: number): string {
  // Just above the limit, as many digits as it takes not to read as the limit itself ("2.000008 MB", not "2 MB").
  const near = bytes > LIMITS.fileBytes && Math.round(bytes / 100_000) <= LIMITS.fileBytes / 100_000;
  return `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: near ? 6 : 1 })} MB`;
}

export function validateProject(input: unknown): Validation {
  const root = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  for (const key of ['partners', 'events'] as const) {
    const entries = root[key];
    if (Array.isArray(entries) && entries.length > LIMITS[key]) return refused([key], key === 'partners' ? 'fewerPartners' : 'fewerEvents', entries.length);
  }
  const first = projectSchema.safeParse(input);
  if (first.success) return { ok: true, project: first.data, warnings: [...scheduleWarnings(first.data), ...shortNameWarnings(first.data)] };

  const unknownFields = first.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  const warnings = unknownFields.flatMap((issue) =>
    issue.keys.map((key) => problem('warning', [...issue.path, key], 'knownField', key, {})),
  );
  const errors = first.error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((i) => toProblem(i, input));
  if (errors.length > 0) return { ok: false, errors, warnings };

  // Only unknown fields: drop them (a later minor version's additions) and read the rest.
  const second = projectSchema.safeParse(withoutFields(input, unknownFields));
  if (!second.success) return { ok: false, errors: second.error.issues.map((i) => toProblem(i, input)), warnings };
  return { ok: true, project: second.data, warnings: [...warnings, ...scheduleWarnings(second.data), ...shortNameWarnings(second.data)] };
}

function refused(path: PropertyKey[], expected: ExpectedKey, found: unknown): Validation {
  return { ok: false, errors: [problem('error', path, expected, found, {})], warnings: [] };
}

function toProblem(issue: z.core.$ZodIssue, input: unknown): Problem {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries((issue as { params?: object }).params ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  const found = issue.message === 'oneLead' ? String(params.count) + ' × "lead"' : valueAt(input, issue.path);
  return problem('error', issue.path, expectedOf(issue), found, params);
}

function expectedOf(issue: z.core.$ZodIssue): ExpectedKey {
  if (isExpectedKey(issue.message)) return issue.message;
  if (issue.code === 'invalid_type' && isExpectedKey(issue.expected)) return issue.expected;
  return 'valid';
}

function problem(
  severity: Problem['severity'],
  path: readonly PropertyKey[],
  expected: ExpectedKey,
  found: unknown,
  params: Problem['params'],
): Problem {
  return { severity, path: formatPath(path), expected, found: describeFound(found), params };
}

/**
 * The input without the unknown fields. Only the objects on the way to them are copied, so an
 * unknown field of any size or depth (100,000 levels) is dropped without being walked.
 */
export function withoutFields(input: unknown, issues: Pick<z.core.$ZodIssueUnrecognizedKeys, 'path' | 'keys'>[]): unknown {
  const copies = new WeakSet<object>();
  const copyOf = (value: object): Record<PropertyKey, unknown> => {
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;
    copies.add(copy);
    return copy;
  };
  const top = typeof input === 'object' && input !== null ? copyOf(input) : input;
  for (const issue of issues) {
    let owner = top as Record<PropertyKey, unknown>;
    for (const key of issue.path) {
      const next = owner[key];
      if (typeof next !== 'object' || next === null) break;
      owner = owner[key] = copies.has(next) ? (next as Record<PropertyKey, unknown>) : copyOf(next);
    }
    for (const key of issue.keys) delete owner[key];
  }
  return top;
}

/** What two partners share when they would be called the same: their short name (else name), any case. */
export function sameNameKey(partner: Partner): string {
  return JSON.stringify(partner.shortName ?? partner.name).toLowerCase();
}

/**
 * Two partners with the same short name (or name) would be told apart only by colour; they are
 * labelled with their country or place (see partnerLabels), and the file gets a warning.
 */
export function shortNameWarnings(project: Project): Problem[] {
  const seen = new Map<string, number>();
  return project.partners.flatMap((partner, index) => {
    const label = sameNameKey(partner);
    const first = seen.get(label);
    if (first === undefined) {
      seen.set(label, index);
      return [];
    }
    return [problem('warning', ['partners', index, partner.shortName ? 'shortName' : 'name'], 'distinctName', partner.shortName ?? partner.name, { first })];
  });
}

/** Events may fall outside the schedule (preparatory meetings): a warning, not an error. */
export function scheduleWarnings(project: Project): Problem[] {
  const start = dayNumber(project.schedule.planned.start);
  const end = Math.max(
    dayNumber(project.schedule.planned.end),
    dayNumber(project.schedule.actual?.end ?? project.schedule.planned.end),
  );
  return (project.events ?? []).flatMap((event, index) => {
    const eventEnd = dayNumber(event.end ?? event.start);
    if (dayNumber(event.start) >= start && eventEnd <= end) return [];
    return [problem('warning', ['events', index, 'start'], 'eventInsideSchedule', event.start, {})];
  });
}
