/**
 * The published JSON Schema of format v1, made from the zod schema so the two cannot
 * drift (a unit test compares it with the committed `data/project.schema.json`).
 * Unknown fields are allowed there, as the dashboard only warns about them; the
 * cross-checks (one lead, ids resolve…) cannot be said in JSON Schema and are described.
 */
import * as z from 'zod/mini';
import { projectSchema } from './schema';

export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
      if (jsonSchema.format === 'uri') jsonSchema.pattern = '^https://';
    },
  });
  return {
    ...schema,
    title: 'EU cooperation project data file, format v1',
    description:
      'One project for the dashboard. Beyond this schema, the dashboard checks: budget.eu ≤ budget.total ' +
      '(and per partner); partners’ known budgets add up to no more than the project’s; exactly one partner ' +
      'with role "lead"; ids unique within each list; every id in a "sources" list, events[].partner and ' +
      'focusPartner name an existing entry; dates are real calendar days; each period ends on or after its ' +
      'start; phases lie inside the schedule. Unknown fields are allowed and reported as warnings.',
  };
}

export function projectJsonSchemaText(): string {
  return `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
}
