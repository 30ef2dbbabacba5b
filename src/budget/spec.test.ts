/**
 * The budget laid out for a picture: a file that publishes no partner's budget has the whole
 * budget's bar alone, and it stays a bar (no taller than beside the partners' panel), in the
 * middle of the room the picture gives it.
 */
import { describe, expect, test } from 'vitest';
import { loadProject } from '../../test/projects';
import { WORDS } from '../../test/mapFixtures';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { SLIDE_SIZES } from '../export/sizes';
import { budgetSpec } from './spec';

const noPartnerBudgets = loadProject('test/fixtures/other-project.json');

describe('the whole budget’s bar alone in a picture', () => {
  test.each(SLIDE_SIZES.flatMap(({ width, height }) => [[width, height, 'en'] as const, [width, height, 'lv'] as const]))('at %i × %i in %s: no taller than 16 type sizes, in the middle of its room', (width, height, lang) => {
    expect(noPartnerBudgets.partners.every((p) => p.budget === undefined)).toBe(true);
    const spec = budgetSpec(noPartnerBudgets, WORDS[lang], { width, height, framed: true, theme: THEMES.light, measure: tableMeasure }, { measure: 'amount', panels: 'both' });
    const room = spec.frame!.plot;
    const bar = spec.bar!.box;
    expect(spec.partners).toBeUndefined();
    expect(bar.height).toBeLessThanOrEqual(16 * spec.fontSize);
    expect(bar.height).toBeGreaterThanOrEqual(Math.min(room.height, 9 * spec.fontSize));
    const above = bar.y - room.y;
    const below = room.y + room.height - (bar.y + bar.height);
    expect(Math.abs(above - below)).toBeLessThanOrEqual(1);
  });
});
