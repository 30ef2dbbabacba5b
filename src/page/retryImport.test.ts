import { describe, expect, test } from 'vitest';
import { failedModuleUrl } from './retryImport';

describe('the address of a failed view download', () => {
  test.each([
    ['Chromium', new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/MapView-CcGyI20m.js'), 'http://127.0.0.1:4173/assets/MapView-CcGyI20m.js'],
    ['Firefox', new TypeError('error loading dynamically imported module: https://example.org/sub/assets/BudgetView-x1.js'), 'https://example.org/sub/assets/BudgetView-x1.js'],
    ['Safari (names none)', new TypeError('Importing a module script failed.'), undefined],
    ['not an error', 'offline', undefined],
  ])('%s', (_browser, error, url) => {
    expect(failedModuleUrl(error)).toBe(url);
  });
});
