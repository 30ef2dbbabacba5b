import { expect, test } from 'vitest';
import { innoIndustry } from '../../test/projects';
import { render } from '@testing-library/svelte';
import BudgetTable from './BudgetTable.svelte';
import { Locale, LOCALE_CONTEXT } from '../i18n/locale.svelte';
import { projectFigures } from '../project/figures';

const project = innoIndustry();
const figures = projectFigures(project, '2026-11-26');

test('every budget figure has its row, exact to the cent, and a source link or how it is derived', () => {
  const { container } = render(BudgetTable, { props: { project, figures, fund: 'ERDF' }, context: new Map([[LOCALE_CONTEXT, new Locale('en')]]) });
  const cell = (figure: string, column: number) => container.querySelectorAll(`tr[data-figure="${figure}"] td`)[column]?.textContent?.trim();
  expect(cell('total', 0)).toBe('1,637,941.00');
  expect(cell('eu', 0)).toBe('1,328,386.25');
  expect(cell('own', 0)).toBe('309,554.75');
  expect(cell('own', 2)).toBe('derived: total budget − ERDF');
  expect(cell('focus-eu', 0)).toBe('83,500.00');
  expect(container.querySelectorAll('tr[data-figure="total"] a[href^="#source-"]')).toHaveLength(4);
  expect(container.querySelector('tr[data-figure="focus-eu"] a')?.getAttribute('href')).toBe('#source-em-gov-lv');
  expect(cell('rate-public-bodies', 1)).toBe('85%');
});
