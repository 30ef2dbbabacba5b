import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { projectJsonSchemaText } from './jsonSchema';

test('the committed data/project.schema.json is the one the zod schema makes (run `npm run schema`)', () => {
  expect(readFileSync('data/project.schema.json', 'utf8')).toBe(projectJsonSchemaText());
});

test('the JSON Schema names every top-level field of format v1 and what is required', () => {
  const schema = JSON.parse(projectJsonSchemaText()) as { properties: object; required: string[] };
  expect(Object.keys(schema.properties)).toEqual(
    expect.arrayContaining(['schemaVersion', 'id', 'acronym', 'title', 'programme', 'fund', 'currency', 'website',
      'summary', 'budget', 'focusPartner', 'partners', 'schedule', 'phases', 'events', 'sources']),
  );
  expect(schema.required.sort()).toEqual(['acronym', 'budget', 'id', 'partners', 'programme', 'schedule', 'schemaVersion', 'sources', 'title']);
});
