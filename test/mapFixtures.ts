/** What the map's Node tests lay out with: the shipped geometry, the words in each language, and the files drawn. */
import type { Project } from '../src/data/schema';
import { innoIndustry, validGenerated } from './projects';
import { generateMapProject, GENERATED_MAPS } from './generate';

export { countries, document, shapes, WORDS } from './europe';

/** The built-in file and the generated crowds (border towns, islands, 200 partners and 500 events). */
export const MAP_PROJECTS: [string, Project][] = [
  ['InnoIndustry', innoIndustry()],
  ...Object.entries(GENERATED_MAPS).map(([name, [seed, partners, events]]) => [name, validGenerated(generateMapProject(seed, partners, events))] as [string, Project]),
];
