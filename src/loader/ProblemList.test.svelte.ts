import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ProblemList from './ProblemList.svelte';
import { Locale, LOCALE_CONTEXT } from '../i18n/locale.svelte';
import { ProjectStore, PROJECT_CONTEXT } from '../data/projectStore.svelte';
import type { Problem } from '../data/problems';
import { directionLeaks } from '../../test/directions';

function renderWith(errors: Problem[], warnings: Problem[], lang: 'en' | 'lv' = 'en') {
  const store = new ProjectStore();
  store.fileName = 'mine.json';
  store.errors = errors;
  store.warnings = warnings;
  const context = new Map<symbol, unknown>([
    [LOCALE_CONTEXT, new Locale(lang)],
    [PROJECT_CONTEXT, store],
  ]);
  return { store, ...render(ProblemList, { context }) };
}

const countryProblem: Problem = { severity: 'error', path: 'partners[3].country', expected: 'country', found: '"XX"', params: {} };
const missingProblem: Problem = { severity: 'error', path: 'programme', expected: 'string', params: {} };
const unknownField: Problem = { severity: 'warning', path: 'colour', expected: 'knownField', found: 'colour', params: {} };

describe('the problem list', () => {
  test('lists each error with its path, what was found and what was expected, as an alert naming the file', () => {
    renderWith([countryProblem, missingProblem], []);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('h2')?.textContent).toBe('The file mine.json cannot be shown: 2 problems');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'partners[3].country: found "XX"; expected an ISO 3166-1 alpha-2 country code in capitals, such as "LV" ("UK" and "EL" are accepted).',
      'programme: found missing; expected text (a non-empty string).',
    ]);
  });

  test('what was found is isolated: an override in it cannot reverse the words that follow', () => {
    renderWith([{ ...countryProblem, found: '"L\u202EV"' }], []);
    const item = screen.getByRole('alert').querySelector('li')!;
    expect(directionLeaks(item.textContent ?? '')).toEqual([]);
    expect(item.textContent).toContain('"L\u202EV"');
  });

  test('warnings alone are a status, not an alert', () => {
    renderWith([], [unknownField]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('The file mine.json is shown, with 1 warning');
  });

  test('in Latvian', () => {
    renderWith([countryProblem], [], 'lv');
    expect(screen.getByRole('alert').textContent).toContain('Failu mine.json nevar parādīt: 1 problēma');
    expect(screen.getByRole('alert').textContent).toContain('gaidīts');
  });

  test('nothing is shown when there is nothing wrong', () => {
    const { container } = renderWith([], []);
    expect(container.querySelector('section')).toBeNull();
  });

  test('Dismiss clears the list', async () => {
    const { store } = renderWith([countryProblem], []);
    screen.getByRole('button', { name: 'Dismiss' }).click();
    expect(store.errors).toEqual([]);
  });
});
