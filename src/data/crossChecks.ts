/**
 * The cross-checks of format v1: rules that tie one part of the file to another
 * (one lead, unique and resolvable ids, phases inside the schedule, partner budgets
 * within the project's). They run on the raw value, before or despite field errors,
 * so they read it defensively: a malformed part is simply skipped here, since the
 * field checks already report it.
 */
import type * as z from 'zod/mini';
import { dayNumber, isIsoDate } from './dates';

type Path = (string | number)[];
type Rule = 'oneLead' | 'uniqueId' | 'knownSource' | 'knownPartner' | 'insideSchedule' | 'partnersWithinTotal';

interface Report {
  (rule: Rule, path: Path, found: unknown, params?: Record<string, string | number>): void;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function crossCheckProject(value: unknown, ctx: z.core.$RefinementCtx): void {
  const report: Report = (rule, path, found, params = {}) =>
    ctx.addIssue({ code: 'custom', message: rule, path, input: found, params });
  const project = record(value);
  checkOneLead(project, report);
  for (const key of ['partners', 'events', 'phases', 'sources', 'programmeRates', 'stakeholderGroups']) checkUniqueIds(project, key, report);
  checkReferences(project, report);
  checkPhasesInsideSchedule(project, report);
  checkPartnerBudgets(project, report);
}

function checkOneLead(project: Record<string, unknown>, report: Report): void {
  const partners = list(project.partners);
  if (partners.length === 0) return;
  const leads = partners.filter((p) => record(p).role === 'lead').length;
  if (leads !== 1) report('oneLead', ['partners'], `${leads} × "lead"`, { count: leads });
}

function checkUniqueIds(project: Record<string, unknown>, key: string, report: Report): void {
  const seen = new Set<string>();
  list(project[key]).forEach((entry, index) => {
    const id = str(record(entry).id);
    if (id === undefined) return;
    if (seen.has(id)) report('uniqueId', [key, index, 'id'], id);
    seen.add(id);
  });
}

function checkReferences(project: Record<string, unknown>, report: Report): void {
  const sourceIds = new Set(list(project.sources).map((s) => str(record(s).id)));
  const partnerIds = new Set(list(project.partners).map((p) => str(record(p).id)));
  const checkSources = (refs: unknown, path: Path) =>
    list(refs).forEach((ref, index) => {
      if (typeof ref === 'string' && !sourceIds.has(ref)) report('knownSource', [...path, index], ref);
    });

  checkSources(record(project.budget).sources, ['budget', 'sources']);
  checkSources(record(project.schedule).sources, ['schedule', 'sources']);
  for (const key of ['partners', 'events', 'phases', 'programmeRates', 'stakeholderGroups']) {
    list(project[key]).forEach((entry, index) => checkSources(record(entry).sources, [key, index, 'sources']));
  }
  checkSources(record(project.objectives).sources, ['objectives', 'sources']);
  list(project.stakeholderGroups).forEach((group, index) => {
    const convener = str(record(group).partner);
    if (convener !== undefined && !partnerIds.has(convener)) report('knownPartner', ['stakeholderGroups', index, 'partner'], convener);
  });
  list(project.events).forEach((event, index) => {
    const host = str(record(event).partner);
    if (host !== undefined && !partnerIds.has(host)) report('knownPartner', ['events', index, 'partner'], host);
  });
  const focus = str(project.focusPartner);
  if (focus !== undefined && !partnerIds.has(focus)) report('knownPartner', ['focusPartner'], focus);
}

interface Span {
  start: number;
  end: number;
}

function span(value: unknown): Span | undefined {
  const { start, end } = record(value);
  if (typeof start !== 'string' || typeof end !== 'string' || !isIsoDate(start) || !isIsoDate(end)) return undefined;
  return { start: dayNumber(start), end: dayNumber(end) };
}

function checkPhasesInsideSchedule(project: Record<string, unknown>, report: Report): void {
  const schedule = record(project.schedule);
  const planned = span(schedule.planned);
  if (!planned) return;
  const actual = span(schedule.actual) ?? planned;
  const whole = { start: Math.min(planned.start, actual.start), end: Math.max(planned.end, actual.end) };
  const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

  list(project.phases).forEach((phase, index) => {
    for (const key of ['planned', 'actual'] as const) {
      const phaseSpan = span(record(phase)[key]);
      const outer = key === 'planned' ? planned : whole;
      if (phaseSpan && !inside(phaseSpan, outer)) {
        report('insideSchedule', ['phases', index, key], record(phase)[key]);
      }
    }
  });
}

function checkPartnerBudgets(project: Record<string, unknown>, report: Report): void {
  const budget = record(project.budget);
  for (const key of ['total', 'eu'] as const) {
    const projectAmount = num(budget[key]);
    if (projectAmount === undefined) continue;
    const partnersAmount = list(project.partners).reduce<number>(
      (sum, p) => sum + (num(record(record(p).budget)[key]) ?? 0),
      0,
    );
    // Cents are compared, so float sums of decimal amounts do not trip the check.
    if (Math.round(partnersAmount * 100) > Math.round(projectAmount * 100)) {
      report('partnersWithinTotal', ['budget', key], projectAmount, { sum: partnersAmount });
    }
  }
}
