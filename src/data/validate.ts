/**
 * Checks a data file against format v1 and says everything that is wrong with it at once:
 * errors (the file cannot be shown) and warnings (shown anyway: unknown fields, events
 * outside the schedule).
 */
import type * as z from 'zod';
import { projectSchema, type Project } from './schema';
import { describeFound, formatPath, isExpectedKey, valueAt, type ExpectedKey, type Problem } from './problems';
import { dayNumber } from './dates';

export type Validation =
  | { ok: true; project: Project; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** Parses the text of a file, then validates it; a JSON syntax error is one problem at the root. */
export function validateProjectText(text: string): Validation {
  let input: unknown;
  try {
    // A byte-order mark, as some Windows editors write, is not part of the JSON.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [problem('error', [], 'json', detail, {})], warnings: [] };
  }
  return validateProject(input);
}

export function validateProject(input: unknown): Validation {
  const first = projectSchema.safeParse(input);
  if (first.success) return { ok: true, project: first.data, warnings: scheduleWarnings(first.data) };

  const unknownFields = first.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  const warnings = unknownFields.flatMap((issue) =>
    issue.keys.map((key) => problem('warning', [...issue.path, key], 'knownField', key, {})),
  );
  const errors = first.error.issues.filter((issue) => issue.code !== 'unrecognized_keys').map((i) => toProblem(i, input));
  if (errors.length > 0) return { ok: false, errors, warnings };

  // Only unknown fields: drop them (a later minor version's additions) and read the rest.
  const second = projectSchema.safeParse(withoutFields(input, unknownFields));
  if (!second.success) return { ok: false, errors: second.error.issues.map((i) => toProblem(i, input)), warnings };
  return { ok: true, project: second.data, warnings: [...warnings, ...scheduleWarnings(second.data)] };
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

function withoutFields(input: unknown, issues: z.core.$ZodIssueUnrecognizedKeys[]): unknown {
  const copy: unknown = structuredClone(input);
  for (const issue of issues) {
    const owner = valueAt(copy, issue.path) as Record<string, unknown>;
    for (const key of issue.keys) delete owner[key];
  }
  return copy;
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
