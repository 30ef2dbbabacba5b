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
