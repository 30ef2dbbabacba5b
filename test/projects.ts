/** Project files for unit and component tests: read, validated, and typed. */
import { readFileSync } from 'node:fs';
import { validateProject, validateProjectText } from '../src/data/validate';
import type { Project } from '../src/data/schema';

export function loadProject(path: string): Project {
  const result = validateProjectText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path} is not a valid project file`);
  return result.project;
}

/** The shipped InnoIndustry file. */
export function innoIndustry(): Project {
  return loadProject('data/innoindustry.json');
}

/** A generated file, validated as the page would (a generator that writes an invalid file fails the test at once). */
export function validGenerated(file: Record<string, unknown>): Project {
  const result = validateProject(file);
  if (!result.ok) throw new Error('generated file refused');
  return result.project;
}
