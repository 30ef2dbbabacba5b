import { describe, expect, test } from 'vitest';
import { innoIndustry } from '../../test/projects';
import { projectFigures, projectStatus, statusHistory } from './figures';

describe("InnoIndustry's derived figures", () => {
  const figures = projectFigures(innoIndustry(), '2026-11-26');

  test('the EU co-financing rate is 81.1 %', () => {
    expect(figures.coFinancingRate).toBeCloseTo(0.811, 3);
  });
  test('the own contribution is EUR 309,554.75, to the cent', () => {
    expect(figures.ownContribution).toBe(309_554.75);
  });
  test("the ministry holds 6.3 % of the ERDF; its share of the total is unknown", () => {
    expect(figures.focus?.shareOfEu).toBeCloseTo(0.063, 3);
    expect(figures.focus?.eu).toBe(83_500);
    expect(figures.focus?.shareOfTotal).toBeUndefined();
  });
  test('36 months planned, 42 actual, extended by 6', () => {
    expect(figures.plannedMonths).toBe(36);
    expect(figures.actualMonths).toBe(42);
    expect(figures.extensionMonths).toBe(6);
  });
  test('it is completed, ending on 2023-01-31', () => {
    expect(figures.status).toBe('completed');
    expect(figures.end).toBe('2023-01-31');
  });
});

describe('project status as of a day', () => {
  test.each([
    ['2019-07-31', 'not-started'],
    ['2019-08-01', 'running'],
    ['2022-08-15', 'running'],
    ['2023-01-31', 'running'],
    ['2023-02-01', 'completed'],
  ])('on %s it is %s', (today, status) => {
    expect(projectStatus('2019-08-01', '2023-01-31', today)).toBe(status);
  });
});

describe('figures for other files', () => {
  const base = innoIndustry();

  test('without a focus partner there are no focus figures', () => {
    const { focusPartner: _dropped, ...rest } = base;
    expect(projectFigures(rest, '2026-01-01').focus).toBeUndefined();
  });

  test("a focus partner's total gives its share of the total", () => {
    const partners = base.partners.map((p) =>
      p.id === base.focusPartner ? { ...p, budget: { total: 163_794.1, eu: 83_500 } } : p,
    );
    expect(projectFigures({ ...base, partners }, '2026-01-01').focus?.shareOfTotal).toBeCloseTo(0.1, 10);
  });

  test('a project that ran as planned has no extension', () => {
    const { actual: _dropped, ...planned } = base.schedule;
    const figures = projectFigures({ ...base, schedule: planned }, '2026-01-01');
    expect(figures.extensionMonths).toBe(0);
    expect(figures.end).toBe('2022-07-31');
  });

  test('a zero budget gives a zero rate, not NaN', () => {
    expect(projectFigures({ ...base, budget: { total: 0, eu: 0, sources: [] } }, '2026-01-01').coFinancingRate).toBe(0);
  });
});

describe('what the schedule\'s dated sources said', () => {
  test("the ministry's page of 13 September 2020 said: in implementation", () => {
    expect(statusHistory(innoIndustry(), '2026-12-03').map((s) => [s.source.id, s.date, s.status])).toEqual([['em-gov-lv', '2020-09-13', 'running']]);
  });

  const withSources = (sources: { id: string; published?: string; accessed?: string }[], cited = sources.map((s) => s.id)) => {
    const project = innoIndustry();
    return {
      ...project,
      schedule: { ...project.schedule, sources: cited },
      sources: sources.map((s) => ({ title: 'Page', url: 'https://example.org/', ...s })),
    };
  };

  test.each([
    ['before the start', '2019-05-01', 'not-started'],
    ['in the planned time', '2021-01-01', 'running'],
    ['in the extension (after the planned end, before the actual one)', '2022-10-01', 'running'],
    ['after the actual end', '2023-03-01', 'completed'],
  ])('a page dated %s says %s', (_, published, status) => {
    expect(statusHistory(withSources([{ id: 'page', published }]), '2026-12-03')[0]?.status).toBe(status);
  });

  test('oldest first; a page read (not published) counts by that day; pages dated after today and pages not cited for the schedule are left out', () => {
    const project = withSources(
      [
        { id: 'late', accessed: '2022-05-01' },
        { id: 'early', published: '2020-01-01' },
        { id: 'future', published: '2027-01-01' },
        { id: 'other', published: '2021-01-01' },
      ],
      ['late', 'early', 'future'],
    );
    expect(statusHistory(project, '2026-12-03').map((s) => s.source.id)).toEqual(['early', 'late']);
  });
});
