import { describe, expect, test } from 'vitest';
import { innoIndustry } from '../../test/projects';
import { budgetSegments, euPerHundred, measured, partnerBudgets, rateAgainstProgramme, rateMarks } from './shape';
import { projectFigures } from '../project/figures';

const project = innoIndustry();
const figures = projectFigures(project, '2026-11-26');

describe('the stacked bar of InnoIndustry', () => {
  const segments = budgetSegments(figures);

  test('has the ministry EU money, the rest of the EU money and the own contribution, end to end', () => {
    expect(segments.map((s) => [s.key, s.amount])).toEqual([
      ['focus-eu', 83_500],
      ['other-eu', 1_244_886.25],
      ['own', 309_554.75],
    ]);
    expect(segments.map((s) => s.from)).toEqual([0, 83_500, 1_328_386.25]);
    expect(segments.at(-1)?.to).toBeCloseTo(1_637_941, 6);
  });

  test('the shares of the total add up to one', () => {
    expect(segments.reduce((sum, s) => sum + s.shareOfTotal, 0)).toBeCloseTo(1, 10);
  });

  test('without a published focus amount the EU money is one part', () => {
    const partners = project.partners.map(({ budget: _b, ...p }) => p);
    const plain = budgetSegments(projectFigures({ ...project, partners }, '2026-11-26'));
    expect(plain.map((s) => s.key)).toEqual(['other-eu', 'own']);
  });

  test('a fully EU-funded project has no own-contribution part', () => {
    const partners = project.partners.map(({ budget: _b, ...p }) => p);
    const full = budgetSegments(projectFigures({ ...project, partners, budget: { total: 100, eu: 100, sources: [] } }, '2026-11-26'));
    expect(full.map((s) => [s.key, s.amount])).toEqual([['other-eu', 100]]);
  });
});

describe('measures and plain numbers', () => {
  test.each([
    [500, 1000, 'amount', 500],
    [500, 1000, 'share', 0.5],
    [5, 0, 'share', 0],
  ] as const)('%d of %d as %s is %d', (value, total, measure, expected) => {
    expect(measured(value, total, measure)).toBe(expected);
  });

  test('of every EUR 100, EUR 81 is EU money', () => {
    expect(euPerHundred(figures.coFinancingRate)).toBe(81);
  });
});

describe('programme rates', () => {
  test('InnoIndustry lists 85 % and 75 %, highest first, and its 81.1 % sits between them', () => {
    const marks = rateMarks(project);
    expect(marks.map((m) => m.rate)).toEqual([0.85, 0.75]);
    expect(rateAgainstProgramme(figures.coFinancingRate, marks)).toBe('between');
  });

  test.each([
    [0.9, 'above'],
    [0.5, 'below'],
    [0.85, 'at'],
  ] as const)('a rate of %d is %s the programme rates', (rate, expected) => {
    expect(rateAgainstProgramme(rate, rateMarks(project))).toBe(expected);
  });

  test('a file without programme rates has none', () => {
    expect(rateAgainstProgramme(0.8, [])).toBe('none');
  });
});

describe('per-partner budgets', () => {
  test('InnoIndustry publishes only the ministry figure; nine partners are not published', () => {
    const { published, unpublished } = partnerBudgets(project);
    expect(published.map((r) => [r.partner.id, r.eu, r.total])).toEqual([['ministry-of-economics-lv', 83_500, undefined]]);
    expect(unpublished).toHaveLength(9);
  });

  test('published budgets are sorted largest first, by total where known', () => {
    const partners = project.partners.map((p, i) => (i < 3 ? { ...p, budget: { total: [100, 300, 200][i], eu: 50 } } : p));
    expect(partnerBudgets({ ...project, partners }).published.map((r) => r.total)).toEqual([300, 200, 100]);
  });
});
