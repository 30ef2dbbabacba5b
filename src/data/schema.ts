/**
 * The project data file, format v1 (`shared/data-format-v1.md`), as one zod schema.
 * From it come the TypeScript types (`Project`), the run-time validator (see validate.ts)
 * and the published `data/project.schema.json` (see jsonSchema.ts).
 *
 * Error messages are not sentences: each check carries an `ExpectedKey` as its message,
 * which the UI turns into words in the reader's language (i18n `expected`).
 */
import * as z from 'zod';
import { isoCountry } from './countries';
import { dayNumber, isIsoDate } from './dates';
import { crossCheckProject } from './crossChecks';

// No code generation: zod would otherwise probe `new Function`, which the page's
// Content-Security-Policy (no 'unsafe-eval') refuses and reports.
z.config({ jitless: true });

export const SUPPORTED_SCHEMA_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

// zod runs refinements even when a field inside failed, so these compare only what is valid;
// the field's own check reports the rest.
function inOrder(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string' || !isIsoDate(start) || !isIsoDate(end)) return true;
  return dayNumber(end) >= dayNumber(start);
}

function atMost(part: unknown, whole: unknown): boolean {
  return typeof part !== 'number' || typeof whole !== 'number' || part <= whole;
}

export const id = z.string({ error: 'id' }).regex(ID_PATTERN, { error: 'id' });

export const text = z.union(
  [
    z.string().min(1, { error: 'text' }),
    z
      .record(z.string().regex(LANGUAGE_TAG, { error: 'text' }), z.string({ error: 'text' }).min(1, { error: 'text' }))
      .refine((translations) => Object.keys(translations).length > 0, { error: 'text' }),
  ],
  { error: 'text' },
);

export const money = z.number({ error: 'money' }).min(0, { error: 'money' });

export const isoDate = z
  .string({ error: 'date' })
  .refine(isIsoDate, { error: 'date' })
  .describe('A calendar date YYYY-MM-DD (a day, not an instant)');

export const period = z
  .strictObject({ start: isoDate, end: isoDate })
  .refine((p) => inOrder(p.start, p.end), { error: 'endAfterStart', path: ['end'] })
  .describe('A period; both days are included');

export const country = z
  .string({ error: 'country' })
  .refine((code) => isoCountry(code) !== undefined, { error: 'country' })
  .describe('ISO 3166-1 alpha-2 code, upper case; UK and EL are accepted for GB and GR');

export const httpsUrl = z.url({ protocol: /^https$/, error: 'httpsUrl' });

export const location = z.strictObject({
  lat: z.number({ error: 'latitude' }).min(-90, { error: 'latitude' }).max(90, { error: 'latitude' }),
  lon: z.number({ error: 'longitude' }).min(-180, { error: 'longitude' }).max(180, { error: 'longitude' }),
  approximate: z.boolean({ error: 'boolean' }).optional(),
});

const sourceIds = z.array(id, { error: 'idList' });

export const partnerBudget = z
  .strictObject({ total: money.optional(), eu: money.optional() })
  .refine((b) => atMost(b.eu, b.total), {
    error: 'euWithinTotal',
    path: ['eu'],
  });

export const partner = z.strictObject({
  id,
  name: text,
  /** A label for tight places; a Text, so a standard Latvian form can stand beside the English. */
  shortName: text.optional(),
  country,
  role: z.enum(['lead', 'partner', 'advisory'], { error: 'role' }),
  place: text.optional(),
  location: location.optional(),
  budget: partnerBudget.optional(),
  website: httpsUrl.optional(),
  sources: sourceIds.optional(),
});

export const EVENT_KINDS = ['meeting', 'study-visit', 'conference', 'workshop', 'milestone', 'other'] as const;

export const projectEvent = z
  .strictObject({
    id,
    name: text,
    kind: z.enum(EVENT_KINDS, { error: 'eventKind' }),
    start: isoDate,
    end: isoDate.optional(),
    online: z.boolean({ error: 'boolean' }).optional(),
    place: text.optional(),
    country: country.optional(),
    location: location.optional(),
    partner: id.optional(),
    sources: sourceIds.optional(),
  })
  .refine((e) => e.end === undefined || inOrder(e.start, e.end), {
    error: 'endAfterStart',
    path: ['end'],
  });

export const phase = z.strictObject({
  id,
  name: text,
  planned: period,
  actual: period.optional(),
  sources: sourceIds.optional(),
});

/** Optional (added to v1): the programme's co-financing rates, drawn as reference marks. */
export const programmeRate = z.strictObject({
  id,
  label: text,
  rate: z.number({ error: 'rate' }).min(0, { error: 'rate' }).max(1, { error: 'rate' }),
  sources: sourceIds.optional(),
});

/** A BCP 47 language tag such as "lv", "en", "sl". */
export const language = z.string({ error: 'language' }).regex(LANGUAGE_TAG, { error: 'language' });

export const source = z.strictObject({
  id,
  title: text,
  /** The language of a plain-string title, so the page can mark it (a compatible extension). */
  lang: language.optional(),
  url: httpsUrl,
  published: isoDate.optional(),
  accessed: isoDate.optional(),
});

export const projectBudget = z
  .strictObject({ total: money, eu: money, sources: sourceIds })
  .refine((b) => atMost(b.eu, b.total), { error: 'euWithinTotal', path: ['eu'] });

export const projectSchema = z
  .strictObject({
    schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION, { error: 'schemaVersion' }),
    id,
    /** The language of the file's plain strings (a compatible extension); partner names are English by the contract. */
    lang: language.optional(),
    acronym: z.string({ error: 'string' }).min(1, { error: 'string' }),
    title: text,
    programme: z.string({ error: 'string' }).min(1, { error: 'string' }),
    fund: z.string({ error: 'string' }).min(1, { error: 'string' }).default('ERDF'),
    currency: z
      .string({ error: 'currency' })
      .regex(/^[A-Z]{3}$/, { error: 'currency' })
      .default('EUR'),
    website: httpsUrl.optional(),
    summary: text.optional(),
    budget: projectBudget,
    focusPartner: id.optional(),
    partners: z.array(partner, { error: 'array' }).min(1, { error: 'nonEmpty' }),
    schedule: z.strictObject({ planned: period, actual: period.optional(), sources: sourceIds.optional() }),
    programmeRates: z.array(programmeRate, { error: 'array' }).optional(),
    phases: z.array(phase, { error: 'array' }).optional(),
    events: z.array(projectEvent, { error: 'array' }).optional(),
    sources: z.array(source, { error: 'array' }).min(1, { error: 'nonEmpty' }),
    /** When the file's figures were last checked against its sources (a compatible extension). */
    checked: isoDate.optional(),
  })
  // Cross-checks run even when a field is malformed, so one pass reports every problem.
  .superRefine(crossCheckProject, { when: () => true });

export type Project = z.output<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
export type Partner = Project['partners'][number];
export type ProjectEvent = NonNullable<Project['events']>[number];
export type Phase = NonNullable<Project['phases']>[number];
export type Source = Project['sources'][number];
export type Period = Project['schedule']['planned'];
export type Text = Project['title'];
export type GeoLocation = NonNullable<Partner['location']>;
export type ProgrammeRate = NonNullable<Project['programmeRates']>[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type PartnerRole = Partner['role'];
