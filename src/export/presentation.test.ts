/**
 * Presentation mode on a common projector (1280 × 720) is laid out as on a 1920 × 1080 screen:
 * type in proportion to the screen's height, the map at least half the screen, the same bar
 * labels in the budget's bars, the planned bars of the timeline visible, in both languages.
 */
import { describe, expect, test } from 'vitest';
import { PRESENTATION_FOOTER, presentationFontSize, slideChart } from './slides';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { mapSpec } from '../map/spec';
import { budgetSpec } from '../budget/spec';
import { innoIndustry } from '../../test/projects';
import { countries, document, WORDS } from '../../test/europe';

const project = innoIndustry();
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const stage = (screen: { width: number; height: number }) => ({
  width: screen.width,
  height: screen.height - PRESENTATION_FOOTER,
  fontSize: presentationFontSize(screen.height),
  framed: true,
  theme: THEMES.light,
  measure: tableMeasure,
});

test('type in proportion to the screen: 30 px at 1080 p, 20 px at 720 p', () => {
  expect(SCREENS.map((screen) => presentationFontSize(screen.height))).toEqual([30, 20]);
});

describe.each(['en', 'lv'] as const)('in %s, at 1280 × 720 as at 1920 × 1080', (lang) => {
  const words = WORDS[lang];

  test('the map takes at least half the screen', () => {
    for (const screen of SCREENS) {
      const spec = mapSpec(project, countries, words, stage(screen), { showEvents: true, idPrefix: 'present-map' });
      expect(spec.frame!.plot.height, `${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(screen.height / 2);
    }
  });

  test('the budget bar carries the same labels inside its parts', () => {
    const labels = SCREENS.map((screen) => budgetSpec(project, words, stage(screen), { measure: 'amount', panels: 'both' }).bar!.parts.map((part) => part.label));
    expect(labels[1]).toEqual(labels[0]);
    // The EU money of the other partners, the largest part, is labelled in its bar.
    expect(labels[1]!.filter(Boolean).length).toBeGreaterThan(0);
  });

  test('the timeline’s planned bars are drawn thick enough to see, beside the actual ones', () => {
    for (const screen of SCREENS) {
      const { svg } = slideChart('timeline', stage(screen), { project, words, countries, document });
      const planned = [...svg.querySelectorAll('[data-key^="planned-"]')];
      expect(planned.length, `${screen.width}×${screen.height}`).toBe(3);
      for (const bar of planned) expect(Number(bar.getAttribute('height')), `${screen.width}×${screen.height}`).toBeGreaterThanOrEqual(3);
    }
  });
});
