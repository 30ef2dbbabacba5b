/**
 * The derived figures of a project: computed here from the file's own numbers and dates,
 * never copied from a page (pages go stale: the ministry's still says "in implementation").
 * Every figure here is shown labelled as derived, with how.
 */
import type { Partner, Project } from '../data/schema';
import { dayNumber, monthsBetween, type IsoDate } from '../data/dates';
import { isoCountry } from '../data/countries';

export type ProjectStatus = 'not-started' | 'running' | 'completed';

export interface FocusFigures {
  partner: Partner;
  /** The focus partner's EU money, when published. */
  eu?: number;
  /** The focus partner's total budget, when published. */
  total?: number;
  /** eu / project EU money. */
  shareOfEu?: number;
  /** total / project total. */
  shareOfTotal?: number;
}

export interface ProjectFigures {
  total: number;
  eu: number;
  /** total − eu: what the partners pay themselves. */
  ownContribution: number;
  /** eu / total. */
  coFinancingRate: number;
  focus?: FocusFigures;
  plannedMonths: number;
  actualMonths: number;
  /** actual − planned months; 0 when the project ran as planned. */
  extensionMonths: number;
  start: IsoDate;
  /** The actual end where the file gives one, else the planned end. */
  end: IsoDate;
  status: ProjectStatus;
}

export function projectFigures(project: Project, today: IsoDate): ProjectFigures {
  const { total, eu } = project.budget;
  const planned = project.schedule.planned;
  const actual = project.schedule.actual ?? planned;
  const plannedMonths = monthsBetween(planned.start, planned.end);
  const actualMonths = monthsBetween(actual.start, actual.end);
  return {
    total,
    eu,
    ownContribution: roundCents(total - eu),
    coFinancingRate: total > 0 ? eu / total : 0,
    focus: focusFigures(project),
    plannedMonths,
    actualMonths,
    extensionMonths: actualMonths - plannedMonths,
    start: actual.start,
    end: actual.end,
    status: projectStatus(actual.start, actual.end, today),
  };
}

export function projectStatus(start: IsoDate, end: IsoDate, today: IsoDate): ProjectStatus {
  if (dayNumber(today) < dayNumber(start)) return 'not-started';
  if (dayNumber(today) > dayNumber(end)) return 'completed';
  return 'running';
}

function focusFigures(project: Project): FocusFigures | undefined {
  const partner = project.partners.find((p) => p.id === project.focusPartner);
  if (!partner) return undefined;
  const eu = partner.budget?.eu;
  const total = partner.budget?.total;
  return {
    partner,
    eu,
    total,
    shareOfEu: eu !== undefined && project.budget.eu > 0 ? eu / project.budget.eu : undefined,
    shareOfTotal: total !== undefined && project.budget.total > 0 ? total / project.budget.total : undefined,
  };
}

/** Money is kept to the cent, so 1,637,941.00 − 1,328,386.25 is 309,554.75, not …4.7500001. */
function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** Distinct countries of the partners, with the EU aliases folded (UK and GB count once). */
export function partnerCountryCount(project: Project): number {
  return new Set(project.partners.map((p) => isoCountry(p.country) ?? p.country)).size;
}

/** What a dated source of the schedule said of the project: the status the schedule gives on the source's date. */
export interface StatusSaid {
  source: Project['sources'][number];
  date: IsoDate;
  status: ProjectStatus;
}

/**
 * The project's status as its dated sources saw it, oldest first (the ministry's page of
 * 13 September 2020: "in implementation"), worked out from each source's date and the schedule
 * then known: the planned one up to its end, the actual one after. Only sources cited for the
 * schedule and dated before `today`.
 */
export function statusHistory(project: Project, today: IsoDate): StatusSaid[] {
  const planned = project.schedule.planned;
  const actual = project.schedule.actual ?? planned;
  const cited = new Set(project.schedule.sources ?? []);
  return project.sources
    .filter((source) => cited.has(source.id))
    .flatMap((source) => {
      const date = source.published ?? source.accessed;
      if (date === undefined || dayNumber(date) > dayNumber(today)) return [];
      const known = dayNumber(date) <= dayNumber(planned.end) ? planned : actual;
      return [{ source, date, status: projectStatus(known.start, known.end, date) }];
    })
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}
