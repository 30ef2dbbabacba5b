import { describe, expect, test } from 'vitest';
import { LIMITS, validateProject, validateProjectText } from '../src/data/validate';
import { BENCH_LARGE, BENCH_LIMIT, GENERATED, GENERATED_MAPS, generateMapProject, generateProject } from './generate';

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
  test("the benchmark's project at the limits is accepted: exactly 500 partners and 2,000 events, under 2 MB", () => {
    const file = generateProject(BENCH_LIMIT);
    const validation = validateProjectText(JSON.stringify(file));
    if (!validation.ok) expect(validation.errors).toEqual([]);
    else expect([validation.project.partners.length, validation.project.events?.length]).toEqual([LIMITS.partners, LIMITS.events]);
    expect(JSON.stringify(file).length).toBeLessThanOrEqual(LIMITS.fileBytes);
  });
  test('the same seed gives the same file', () => {
    expect(generateProject(GENERATED['generated-mid']!)).toEqual(generateProject(GENERATED['generated-mid']!));
  });
});
