/**
 * The budget view's shaping: from a project and its derived figures to the parts of the
 * stacked bar, the programme's reference rates and the per-partner rows. Pure functions;
 * the view only scales and draws what comes out of here.
 */
import type { Partner, Project } from '../data/schema';
import type { ProjectFigures } from '../project/figures';

export type SegmentKey = 'focus-eu' | 'other-eu' | 'own';

/** One part of the project total, in stacking order (the focus partner's EU money first). */
export interface BudgetSegment {
  key: SegmentKey;
  amount: number;
  /** Start and end of the part along the total, in money. */
  from: number;
  to: number;
  /** amount / project total. */
  shareOfTotal: number;
}

export type Measure = 'amount' | 'share';

/**
 * The total split into EU money and own contribution, with the focus partner's EU money
 * a part of the EU share. Without a published focus amount, the EU share is one part.
 */
export function budgetSegments(figures: ProjectFigures): BudgetSegment[] {
  const focusEu = figures.focus?.eu ?? 0;
  const parts: [SegmentKey, number][] = [
    ['focus-eu', focusEu],
    ['other-eu', figures.eu - focusEu],
    ['own', figures.ownContribution],
  ];
  let from = 0;
  return parts
    .filter(([, amount]) => amount > 0)
    .map(([key, amount]) => {
      const segment = { key, amount, from, to: from + amount, shareOfTotal: figures.total > 0 ? amount / figures.total : 0 };
      from += amount;
      return segment;
    });
}

/** A segment's position in the unit the reader chose: money, or share of the total. */
export function measured(value: number, total: number, measure: Measure): number {
  if (measure === 'amount') return value;
  return total > 0 ? value / total : 0;
}

/** "Of every EUR 100, EUR 81 is EU money": the EU share of 100, rounded to whole units. */
export function euPerHundred(coFinancingRate: number): number {
  return Math.round(coFinancingRate * 100);
}

export interface RateMark {
  id: string;
  rate: number;
  label: Project['title'];
}

/** The programme's co-financing rates, highest first, as reference marks. */
export function rateMarks(project: Project): RateMark[] {
  return (project.programmeRates ?? [])
    .map((rate) => ({ id: rate.id, rate: rate.rate, label: rate.label }))
    .sort((a, b) => b.rate - a.rate);
}

/** Where the project's own rate sits against the programme's: between, above, below, or equal. */
export function rateAgainstProgramme(rate: number, marks: RateMark[]): 'between' | 'above' | 'below' | 'at' | 'none' {
  if (marks.length === 0) return 'none';
  const rates = marks.map((m) => m.rate);
  const [low, high] = [Math.min(...rates), Math.max(...rates)];
  if (rates.some((r) => Math.abs(r - rate) < 0.0005)) return 'at';
  if (rate > high) return 'above';
  if (rate < low) return 'below';
  return 'between';
}

export interface PartnerBudgetRow {
  partner: Partner;
  eu?: number;
  total?: number;
  /** The amount the bars are drawn and sorted by: total where known, else EU money. */
  sortAmount: number;
}

/**
 * Partners with a published budget, largest first, and those without, in file order:
 * an unpublished budget is "not published", never a bar of zero.
 */
export function partnerBudgets(project: Project): { published: PartnerBudgetRow[]; unpublished: Partner[] } {
  const published: PartnerBudgetRow[] = [];
  const unpublished: Partner[] = [];
  for (const partner of project.partners) {
    const { eu, total } = partner.budget ?? {};
    if (eu === undefined && total === undefined) unpublished.push(partner);
    else published.push({ partner, eu, total, sortAmount: total ?? eu ?? 0 });
  }
  published.sort((a, b) => b.sortAmount - a.sortAmount);
  return { published, unpublished };
}
