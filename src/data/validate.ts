/**
 * Checks a data file against format v1 and says everything that is wrong with it at once:
 * errors (the file cannot be shown) and warnings (shown anyway: unknown fields, events
 * outside the schedule).
 */
import type * as z from 'zod/mini';
import { projectSchema, type Partner, type Project } from './schema';
import { characterCode, describeFound, formatPath, isExpectedKey, valueAt, type ExpectedKey, type Problem } from './problems';
import { dayNumber } from './dates';
import { hasStackedMarks } from './text';
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
export const LIMITS = { fileBytes: 2_000_000, partners: 500, events: 2_000, depth: 100_000 } as const;

/**
 * Whether the text nests objects and lists more than `max` levels deep, by one pass over it
 * (strings skipped): a file of a million nested lists is refused in a few milliseconds, before
 * the parser spends a second on it and anything walks it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Parses the text of a file, then validates it; a JSON syntax error is one problem at the root. */
export function validateProjectText(text: string, bytes = utf8Length(text)): Validation {
  if (bytes > LIMITS.fileBytes) return tooLarge(bytes);
  // A byte-order mark, as some Windows editors write, is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  // The file's own object is the first level; a field may go LIMITS.depth levels below it.
  if (nestsDeeperThan(json, LIMITS.depth + 1)) return refused([], 'shallowFile', `> ${LIMITS.depth.toLocaleString('en')}`);
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

/**
 * The refusal of a file above LIMITS.fileBytes, given before it is read when its size is known;
 * `streamed`: cut off while it arrived, so only "more than the limit" is known.
 */
export function tooLarge(bytes: number, streamed = false): Validation {
  return refused([], 'smallFile', streamed ? `> ${megabytes(LIMITS.fileBytes)}` : megabytes(bytes));
}

/** The bytes a text takes in UTF-8, counted without encoding it (a character of CJK is three). */
export function utf8Length(text: string): number {
  // Every UTF-16 unit is at most 3 bytes: a text that short cannot be over any limit we count for.
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
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
  if (first.success) {
    const controls = controlCharacterProblems(input, new Set());
    if (controls.length > 0) return { ok: false, errors: controls, warnings: [] };
    return { ok: true, project: first.data, warnings: contentWarnings(first.data) };
  }

  const unknownFields = first.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  const warnings = unknownFields.flatMap((issue) =>
    issue.keys.map((key) => problem('warning', [...issue.path, key], 'knownField', key, {})),
  );
  const ignored = new Set(unknownFields.flatMap((issue) => issue.keys.map((key) => formatPath([...issue.path, key]))));
  const errors = [...first.error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((i) => toProblem(i, input)), ...controlCharacterProblems(input, ignored)];
  if (errors.length > 0) return { ok: false, errors, warnings };

  // Only unknown fields: drop them (a later minor version's additions) and read the rest.
  const second = projectSchema.safeParse(withoutFields(input, unknownFields));
  if (!second.success) return { ok: false, errors: second.error.issues.map((i) => toProblem(i, input)), warnings };
  return { ok: true, project: second.data, warnings: [...warnings, ...contentWarnings(second.data)] };
}

/**
 * Characters no text of the file may hold: C0 controls but tab, line feed and carriage return,
 * U+FFFE and U+FFFF, and halves of a surrogate pair standing alone. None is a character a
 * reader can see, and each makes an exported SVG invalid XML and a deck unopenable.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The format's deepest text (`stakeholderGroups[0].members[0].name.lv`) is 6 levels down; below 12 nothing of the format is read. */
const TEXT_DEPTH = 12;

/**
 * Every string of the file that holds a control character, by its path, except inside the fields
 * the format does not have (`ignored`: they are dropped unread, at any depth).
 */
export function controlCharacterProblems(input: unknown, ignored: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (CONTROL.test(value)) problems.push(problem('error', path, 'plainText', value, {}));
      continue;
    }
    if (typeof value !== 'object' || value === null || path.length >= TEXT_DEPTH) continue;
    const entries: [PropertyKey, unknown][] = Array.isArray(value) ? Array.from(value, (item: unknown, index) => [index, item]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      const itemPath = [...path, key];
      if (!ignored.has(formatPath(itemPath))) stack.push({ value: item, path: itemPath });
    }
  }
  return problems;
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

/** What a valid file is warned of: events outside the schedule, twin names, groups that name no member, text that shows nothing or too much. */
function contentWarnings(project: Project): Problem[] {
  return [...scheduleWarnings(project), ...shortNameWarnings(project), ...groupWarnings(project), ...shownTextWarnings(project)];
}

/**
 * A letter, digit, punctuation mark or symbol: something a reader sees. The Hangul fillers are
 * letters by their category, the braille blank a symbol, and none shows anything.
 */
const VISIBLE = /(?![\u115F\u1160\u2800\u3164\uFFA0])[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * Text of spaces and invisible characters alone (" ", a zero-width space, a braille blank) passes
 * as a non-empty string but shows nothing where a name, title or place should be: shown, blank,
 * with a warning at its path. A letter with more combining marks than the page shows
 * (`MAX_MARKS`, "Zalgo" text) is shown with the first of them, with a warning. Every other
 * string of the format (ids, dates, codes, addresses) has a pattern neither meets, so every
 * string of the project is looked at.
 */
export function shownTextWarnings(project: Project): Problem[] {
  const warnings: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      // What was found is written as its characters' codes ("\u200B"): as it is, it would show nothing again.
      if (!VISIBLE.test(value)) warnings.push({ severity: 'warning', path: formatPath(path), expected: 'visibleText', found: `"${characterCodes(value)}"`, params: {} });
      else if (hasStackedMarks(value)) warnings.push(problem('warning', path, 'fewerMarks', value, {}));
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(project, []);
  return warnings;
}

/** `text`'s characters as their codes, `\u0020\u200B`, the first twelve of them and "…" for more. */
function characterCodes(text: string): string {
  const characters = [...text];
  return characters.slice(0, 12).map(characterCode).join('') + (characters.length > 12 ? '…' : '');
}

/** A stakeholder group that names no member says nothing but its name: shown, with a warning. */
export function groupWarnings(project: Project): Problem[] {
  return (project.stakeholderGroups ?? []).flatMap((group, index) =>
    group.members.length > 0 ? [] : [problem('warning', ['stakeholderGroups', index, 'members'], 'groupMembers', group.members, {})],
  );
}

/**
 * What two partners share when they would be called the same: their short name (else name), any
 * case, however its letters are composed ("ū" as one character or as "u" and a macron, a ligature
 * or its letters: the same on screen, NFKC), and with spaces at its ends or doubled (which no
 * reader sees).
 */
export function sameNameKey(partner: Partner): string {
  const seen = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const name = partner.shortName ?? partner.name;
  return JSON.stringify(typeof name === 'string' ? seen(name) : Object.entries(name).map(([lang, value]) => [lang, seen(value)]));
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
