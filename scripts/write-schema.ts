/** Writes data/project.schema.json from the zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { projectJsonSchemaText } from '../src/data/jsonSchema';

writeFileSync('data/project.schema.json', projectJsonSchemaText());
console.log('wrote data/project.schema.json');
