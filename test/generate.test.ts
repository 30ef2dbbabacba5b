import { describe, expect, test } from 'vitest';
import { validateProject } from '../src/data/validate';
import { BENCH_LARGE, GENERATED, GENERATED_MAPS, generateMapProject, generateProject } from './generate';

describe('generated test projects', () => {
  test.each(Object.entries(GENERATED))('%s is a valid file', (_name, options) => {
    const validation = validateProject(generateProject(options));
    expect(validation.ok ? [] : validation.errors).toEqual([]);
  });
  test.each(Object.entries(GENERATED_MAPS))('%s is a valid file', (_name, [seed, partners, events]) => {
    const validation = validateProject(generateMapProject(seed, partners, events));
    expect(validation.ok ? [] : validation.errors).toEqual([]);
  });
  test("the benchmark's large project is valid: 200 partners in 40 countries, 500 events, 8 phases", () => {
    const validation = validateProject(generateProject(BENCH_LARGE));
    if (!validation.ok) expect(validation.errors).toEqual([]);
    else {
      const { partners, events, phases } = validation.project;
      expect([partners.length, new Set(partners.map((p) => p.country)).size, events?.length, phases?.length]).toEqual([200, 40, 500, 8]);
    }
  });
  test('the same seed gives the same file', () => {
    expect(generateProject(GENERATED['generated-mid']!)).toEqual(generateProject(GENERATED['generated-mid']!));
  });
});
