import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import BoundaryHarness from '../../test/components/BoundaryHarness.svelte';
import { Locale, LOCALE_CONTEXT } from '../i18n/locale.svelte';
import { PageScheduler, SCHEDULER_CONTEXT } from '../page/scheduler.svelte';

describe('a view that throws', () => {
  test('shows its own message with Try again, in the reader\'s words; the other view is drawn; Try again draws it', async () => {
    const broken = { value: true };
    const scheduler = new PageScheduler();
    const run = scheduler.start(['map'], () => Promise.resolve());
    render(BoundaryHarness, { props: { broken }, context: new Map<unknown, unknown>([[LOCALE_CONTEXT, new Locale('en')], [SCHEDULER_CONTEXT, scheduler]]) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The view “Map” could not be drawn. The rest of the page works.');
    expect(alert.textContent).not.toContain('internal');
    expect(screen.getByTestId('budget').textContent).toBe('budget drawn');
    // The page's scheduler hears that the view failed, so the views after it come and the page is taken over.
    expect(await scheduler.outcome('map')).toBe('failed');
    expect(await run).toBe(true);
    broken.value = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await tick();
    expect(screen.getByTestId('map').textContent).toBe('drawn');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
