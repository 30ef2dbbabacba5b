import { describe, expect, test } from 'vitest';
import { validateProject } from '../src/data/validate';
import { GENERATED, GENERATED_MAPS, generateMapProject, generateProject } from './generate';

describe('generated test projects', () => {
  test.each(Object.entries(GENERATED))('%s is a valid file', (_name, options) => {
    const validation = validateProject(generateProject(options));
    expect(validation.ok ? [] : validation.errors).toEqual([]);
  });
  test.each(Object.entries(GENERATED_MAPS))('%s is a valid file', (_name, [seed, partners, events]) => {
    const validation = validateProject(generateMapProject(seed, partners, events));
    expect(validation.ok ? [] : validation.errors).toEqual([]);
  });
  test('the same seed gives the same file', () => {
    expect(generateProject(GENERATED['generated-mid']!)).toEqual(generateProject(GENERATED['generated-mid']!));
  });
});
