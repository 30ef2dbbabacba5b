/**
 * The budget in plain words, from the prepared figures: how much of the total the EU fund pays,
 * what the partners pay themselves, the highlighted partner's share (or what is missing), and
 * "of every EUR 100, EUR 81 is EU money". One composition: the page's summary, the slide's
 * speaker notes and the picture's alt text all say this.
 */
import { phrase, sentences, withName, type Phrase } from '../chart/phrase';
import type { PreparedProject } from '../project/prepared';
import { euPerHundred } from './shape';

export interface BudgetSummary {
  /** What the money is and who pays it; the highlighted partner's part. */
  body: Phrase;
  /** "Of every EUR 100, EUR 81 is EU money": the one sentence set in bold on the page. */
  perHundred?: Phrase;
}

export function budgetSummary({ figures, fund, words: { t, f, lang } }: PreparedProject): BudgetSummary {
  if (figures.total === 0) return { body: phrase(t.budget.zeroTotal) };
  const { focus } = figures;
  const whole = t.budget.summary({
    total: f.compactMoney(figures.total),
    eu: f.compactMoney(figures.eu),
    euShare: f.percent(figures.coFinancingRate),
    fund: fund.spelledOut,
    own: f.compactMoney(figures.ownContribution),
    ownShare: f.percent(1 - figures.coFinancingRate),
  });
  const highlighted = !focus
    ? phrase(t.budget.summaryNoFocus)
    : focus.eu === undefined || focus.shareOfEu === undefined
      ? withName(t.budget.summaryFocusUnknown, focus.partner.name, lang, 'en')
      : withName((partner) => t.budget.summaryFocus({ partner, amount: f.compactMoney(focus.eu!), fund: fund.name, share: f.percent(focus.shareOfEu!) }), focus.partner.name, lang, 'en');
  return {
    body: sentences(phrase(whole), highlighted),
    perHundred: phrase(t.budget.perHundred(f.compactMoney(100), f.compactMoney(euPerHundred(figures.coFinancingRate)))),
  };
}

/** The whole summary as one run of words. */
export const budgetSummaryWords = (summary: BudgetSummary): Phrase => sentences(summary.body, summary.perHundred ?? []);
