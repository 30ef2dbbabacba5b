import { describe, expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import TwoViews from '../../test/components/TwoViews.svelte';
import { Locale, LOCALE_CONTEXT } from '../i18n/locale.svelte';

describe('two copies of a view on one page', () => {
  test('share no element id, and each figure is named by its own title', () => {
    const { container } = render(TwoViews, { context: new Map([[LOCALE_CONTEXT, new Locale('en')]]) });
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
    const figures = [...container.querySelectorAll('figure')];
    expect(figures.map((figure) => container.ownerDocument.getElementById(figure.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual(['First copy', 'Second copy']);
  });
});
