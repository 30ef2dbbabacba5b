import { describe, expect, test } from 'vitest';
import { contrastRatio } from './contrast';
import { THEMES, themeStylesheet, type Theme } from './theme';

type Token = keyof Omit<Theme, 'name'>;
/** [foreground, background, why]: text needs 4.5:1 (WCAG 1.4.3). */
const TEXT: [Token, Token, string][] = [
  ['ink', 'paper', 'body text'],
  ['inkMuted', 'paper', 'captions and notes'],
  ['ink', 'panel', 'app bar and details panel'],
  ['inkMuted', 'panel', 'hints in the app bar'],
  ['accent', 'paper', 'links and buttons'],
  ['accent', 'panel', 'buttons in the app bar'],
  ['error', 'paper', 'error notices'],
  ['warning', 'paper', 'warning notices'],
  ['success', 'paper', 'the completed status'],
  ['ink', 'highlight', 'a chosen row'],
  ['onTooltip', 'tooltip', 'tooltips'],
  ['onEu', 'eu', 'labels inside the EU part of the budget bar'],
  ['onFocus', 'focus', "labels inside the highlighted partner's part"],
  ['onOwn', 'own', 'labels inside the own-contribution part'],
  ['eu', 'paper', 'the EU bracket label over the bar'],
  ['onActual', 'actual', 'the change label on a project bar'],
  ['onActual', 'phase', 'the change label on a phase bar'],
  ['ink', 'semesterOdd', 'semester labels'],
  ['ink', 'semesterEven', 'semester labels'],
  ['fadedText', 'paper', "labels of other partners' events while one is chosen"],
  ['today', 'paper', 'the today label'],
];
/** Marks a reader needs to read a chart: 3:1 against what they stand on (WCAG 1.4.11). */
const MARKS: [Token, Token, string][] = [
  ['eu', 'paper', 'EU part of the budget bar'],
  ['focus', 'paper', "highlighted partner's part"],
  ['own', 'paper', 'own-contribution part'],
  ['actual', 'paper', 'actual project bar'],
  ['phase', 'paper', 'actual phase bar'],
  ['planned', 'paper', 'planned baseline'],
  ['event', 'paper', 'event markers'],
  ['faded', 'paper', "other partners' events while one is chosen"],
  ['today', 'paper', 'today line'],
  ['marker', 'country', 'partner marker on a country without partners'],
  ['marker', 'partnerCountry', 'partner marker on a partner country'],
  ['leadMarker', 'leadCountry', "lead marker on the lead's country"],
  ['markerHalo', 'marker', 'the ring that sets a marker off its neighbour'],
  ['eventPlace', 'country', 'event place on a country'],
  ['eventPlace', 'partnerCountry', 'event place on a partner country'],
  ['focusRing', 'paper', 'keyboard focus ring'],
  ['focusRing', 'panel', 'keyboard focus ring in the app bar'],
  ['rule', 'paper', 'not a requirement: listed to keep rules visible'],
];

describe.each(Object.values(THEMES))('the $name theme', (theme) => {
  test.each(TEXT)('%s on %s (%s) is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5);
  });
  test.each(MARKS.filter(([, , why]) => !why.startsWith('not a')))('%s on %s (%s) is at least 3:1', (fg, bg) => {
    expect(contrastRatio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(3);
  });
});

describe('one set of tokens', () => {
  test('the stylesheet writes every token of both themes as a custom property', () => {
    const css = themeStylesheet();
    for (const theme of Object.values(THEMES)) {
      expect(css).toContain(`--ink: ${theme.ink};`);
      expect(css).toContain(`--lead-country: ${theme.leadCountry};`);
    }
    expect(css).toContain('prefers-color-scheme: dark');
  });
  test('both themes name the same tokens', () => {
    expect(Object.keys(THEMES.dark).sort()).toEqual(Object.keys(THEMES.light).sort());
  });
});
