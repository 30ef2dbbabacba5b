/**
 * The map's spec a stage at a time: the page runs each stage of the first layout in a task of
 * its own. Stepped, it pauses after each stage and ends with the spec `mapSpec` makes; the spec
 * made afterwards from the same inputs takes the stages as they are.
 */
import { expect, test } from 'vitest';
import { mapSpec, mapSpecSteps } from './spec';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { innoIndustry } from '../../test/projects';
import { countries, MAP_PROJECTS, WORDS } from '../../test/mapFixtures';

test.each([['built-in', innoIndustry()] as const, ...MAP_PROJECTS])('%s: a pause after each of the four stages, the same spec at the end, and its stages kept', (_name, project) => {
  const size = { width: 700, theme: THEMES.light, measure: tableMeasure };
  const options = { showEvents: true, idPrefix: 'steps' };
  const steps = mapSpecSteps(project, countries, WORDS.en, size, options);
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses += 1;
  expect(pauses).toBe(4);
  const stepped = step.value;
  const whole = mapSpec(project, countries, WORDS.en, size, options);
  const { describe: _a, planeOf: _b, ...steppedData } = stepped;
  const { describe: _c, planeOf: _d, ...wholeData } = whole;
  expect(wholeData).toEqual(steppedData);
  // Kept: the labels and the event places are the very ones the stepped layout made.
  expect(whole.countryLabels).toBe(stepped.countryLabels);
  expect(whole.markers.map((m) => m.label)).toEqual(stepped.markers.map((m) => m.label));
  expect(whole.markers.every((m, i) => m.label === stepped.markers[i]!.label)).toBe(true);
});
