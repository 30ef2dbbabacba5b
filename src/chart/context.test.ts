import { describe, expect, test } from 'vitest';
import { innoIndustry } from '../../test/projects';
import { en } from '../i18n/en';
import { formatsFor } from '../i18n/format';
import { dataAsOf, sourceLine, viewSourceIds } from './context';
import type { Project } from '../data/schema';

const words = { t: en, f: formatsFor(en.locale, 'EUR', en.compactDisplay, en.monthsInText), today: '2026-12-03' };

describe('the "as of" under every chart', () => {
  test('the built-in file: when its figures were last checked, never the ministry page of 13 Sept 2020', () => {
    for (const view of ['map', 'budget', 'timeline'] as const) {
      const line = sourceLine(innoIndustry(), viewSourceIds(view, innoIndustry()), words);
      expect(line).toMatch(/ · checked 26 Nov 2026$/);
      expect(line).not.toContain('Sept 2020');
    }
  });

  const without = (project: Project, change: Partial<Project>): Project => ({ ...project, checked: undefined, ...change });

  test('without a check: the newest dated source, where nothing the file says happened is newer', () => {
    const project = without(innoIndustry(), {
      sources: innoIndustry().sources.map((s) => (s.id === 'pressnews-closing' ? { ...s, accessed: '2024-10-02' } : s)),
    });
    expect(dataAsOf(project, words.today)).toEqual({ date: '2024-10-02', checked: false });
    expect(sourceLine(project, ['pressnews-closing'], words)).toBe('Source: pressnews.si · data as of 2 Oct 2024');
  });

  test('a newest source older than what has happened (the project ended in 2023, the newest source is of 2020): no date at all', () => {
    const project = without(innoIndustry(), {});
    expect(dataAsOf(project, words.today)).toBeUndefined();
    expect(sourceLine(project, ['em-gov-lv'], words)).toBe('Source: em.gov.lv');
  });

  test('what is still to come does not count as happened', () => {
    const base = without(innoIndustry(), { schedule: { planned: { start: '2026-01-01', end: '2028-12-31' } }, phases: [], events: [] });
    const project = { ...base, sources: [{ id: 's', title: 'Call', url: 'https://example.org/', published: '2026-02-01' }], events: [{ id: 'e', name: 'Final conference', kind: 'conference' as const, start: '2028-06-01' }] };
    expect(dataAsOf(project, words.today)).toEqual({ date: '2026-02-01', checked: false });
  });
});
