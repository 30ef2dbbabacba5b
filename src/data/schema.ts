/**
 * The project data file, format v1 (`shared/data-format-v1.md`), as one zod schema (zod/mini:
 * the same checks as classic zod, but only what is used ships, a third of the script).
 * From it come the TypeScript types (`Project`), the run-time validator (see validate.ts)
 * and the published `data/project.schema.json` (see jsonSchema.ts).
 *
 * Error messages are not sentences: each check carries an `ExpectedKey` as its message,
 * which the UI turns into words in the reader's language (i18n `expected`).
 */
import * as z from 'zod/mini';
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

export const id = z.string({ error: 'id' }).check(z.regex(ID_PATTERN, { error: 'id' }));

export const text = z.union(
  [
    z.string().check(z.minLength(1, { error: 'text' })),
    z
      .record(z.string().check(z.regex(LANGUAGE_TAG, { error: 'text' })), z.string({ error: 'text' }).check(z.minLength(1, { error: 'text' })))
      .check(z.refine((translations) => Object.keys(translations).length > 0, { error: 'text' })),
  ],
  { error: 'text' },
);

/**
 * The largest amount the dashboard reads: EUR 1 million million, above the EU's whole
 * seven-year budget, and small enough that sums of 500 partners stay exact to the cent (a
 * total of 1e308 would be drawn as "EUR ∞" with bars running backwards).
 */
export const MAX_MONEY = 1_000_000_000_000;

export const money = z.number({ error: 'money' }).check(z.minimum(0, { error: 'money' }), z.maximum(MAX_MONEY, { error: 'moneyAtMost' }));

export const isoDate = z
  .string({ error: 'date' })
  .check(z.refine(isIsoDate, { error: 'date' }), z.describe('A calendar date YYYY-MM-DD (a day, not an instant)'));

export const period = z
  .strictObject({ start: isoDate, end: isoDate })
  .check(z.refine((p) => inOrder(p.start, p.end), { error: 'endAfterStart', path: ['end'] }), z.describe('A period; both days are included'));

export const country = z
  .string({ error: 'country' })
  .check(
    z.refine((code) => isoCountry(code) !== undefined, { error: 'country' }),
    z.describe('ISO 3166-1 alpha-2 code, upper case; UK and EL are accepted for GB and GR'),
  );

export const httpsUrl = z.url({ protocol: /^https$/, error: 'httpsUrl' });

const latitude = z.number({ error: 'latitude' }).check(z.minimum(-90, { error: 'latitude' }), z.maximum(90, { error: 'latitude' }));
const longitude = z.number({ error: 'longitude' }).check(z.minimum(-180, { error: 'longitude' }), z.maximum(180, { error: 'longitude' }));

export const location = z.strictObject({
  lat: latitude,
  lon: longitude,
  approximate: z.optional(z.boolean({ error: 'boolean' })),
});

const sourceIds = z.array(id, { error: 'idList' });

export const partnerBudget = z
  .strictObject({ total: z.optional(money), eu: z.optional(money) })
  .check(z.refine((b) => atMost(b.eu, b.total), { error: 'euWithinTotal', path: ['eu'] }));

export const partner = z.strictObject({
  id,
  name: text,
  /** A label for tight places; a Text, so a standard Latvian form can stand beside the English. */
  shortName: z.optional(text),
  country,
  role: z.enum(['lead', 'partner', 'advisory'], { error: 'role' }),
  place: z.optional(text),
  location: z.optional(location),
  budget: z.optional(partnerBudget),
  website: z.optional(httpsUrl),
  sources: z.optional(sourceIds),
});

export const EVENT_KINDS = ['meeting', 'study-visit', 'conference', 'workshop', 'milestone', 'other'] as const;

export const projectEvent = z
  .strictObject({
    id,
    name: text,
    kind: z.enum(EVENT_KINDS, { error: 'eventKind' }),
    start: isoDate,
    end: z.optional(isoDate),
    online: z.optional(z.boolean({ error: 'boolean' })),
    place: z.optional(text),
    country: z.optional(country),
    location: z.optional(location),
    partner: z.optional(id),
    sources: z.optional(sourceIds),
  })
  .check(z.refine((e) => e.end === undefined || inOrder(e.start, e.end), { error: 'endAfterStart', path: ['end'] }));

export const phase = z.strictObject({
  id,
  name: text,
  planned: period,
  actual: z.optional(period),
  sources: z.optional(sourceIds),
});

/** Optional (added to v1): the programme's co-financing rates, drawn as reference marks. */
export const programmeRate = z.strictObject({
  id,
  label: text,
  rate: z.number({ error: 'rate' }).check(z.minimum(0, { error: 'rate' }), z.maximum(1, { error: 'rate' })),
  sources: z.optional(sourceIds),
});

/** A BCP 47 language tag such as "lv", "en", "sl". */
export const language = z.string({ error: 'language' }).check(z.regex(LANGUAGE_TAG, { error: 'language' }));

export const source = z.strictObject({
  id,
  title: text,
  /** The language of a plain-string title, so the page can mark it (a compatible extension). */
  lang: z.optional(language),
  url: httpsUrl,
  published: z.optional(isoDate),
  accessed: z.optional(isoDate),
});

export const projectBudget = z
  .strictObject({ total: money, eu: money, sources: sourceIds })
  .check(z.refine((b) => atMost(b.eu, b.total), { error: 'euWithinTotal', path: ['eu'] }));

const nonEmptyString = z.string({ error: 'string' }).check(z.minLength(1, { error: 'string' }));

export const MEMBER_KINDS = ['state-body', 'industry-organisation', 'research', 'regional-body', 'other'] as const;

/** Optional (added to v1): a group of stakeholders the project set up or works with, such as a national expert working group. */
export const stakeholderGroup = z.strictObject({
  id,
  name: text,
  /** The partner that set the group up. */
  partner: z.optional(id),
  members: z.array(
    z.strictObject({ name: text, kind: z.optional(z.enum(MEMBER_KINDS, { error: 'memberKind' })) }),
    { error: 'array' },
  ),
  /** The source's list goes on ("and others"): the members named are not all of them. */
  incomplete: z.optional(z.boolean({ error: 'boolean' })),
  sources: z.optional(sourceIds),
});

/** Optional (added to v1): what the project set out to do and what it expected to come of it. */
export const objectives = z.strictObject({
  aims: z.array(text, { error: 'array' }),
  results: z.optional(z.array(text, { error: 'array' })),
  sources: z.optional(sourceIds),
});

/**
 * Optional (added to v1): the EU acknowledgement beside the emblem, where the words worked out
 * from the programme and fund do not fit (another funding statement, a fund's own name).
 */
export const acknowledgement = z.strictObject({
  /** The statement beside the emblem, in place of "European Union" / "Co-funded by the European Union". */
  statement: z.optional(text),
  /** The fund or programme as it should be named under the statement. */
  fund: z.optional(text),
});

export const projectSchema = z
  .strictObject({
    schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION, { error: 'schemaVersion' }),
    id,
    /** The language of the file's plain strings (a compatible extension); partner names are English by the contract. */
    lang: z.optional(language),
    acronym: nonEmptyString,
    title: text,
    programme: nonEmptyString,
    fund: z._default(nonEmptyString, 'ERDF'),
    currency: z._default(z.string({ error: 'currency' }).check(z.regex(/^[A-Z]{3}$/, { error: 'currency' })), 'EUR'),
    website: z.optional(httpsUrl),
    summary: z.optional(text),
    budget: projectBudget,
    focusPartner: z.optional(id),
    partners: z.array(partner, { error: 'array' }).check(z.minLength(1, { error: 'nonEmpty' })),
    schedule: z.strictObject({ planned: period, actual: z.optional(period), sources: z.optional(sourceIds) }),
    programmeRates: z.optional(z.array(programmeRate, { error: 'array' })),
    phases: z.optional(z.array(phase, { error: 'array' })),
    events: z.optional(z.array(projectEvent, { error: 'array' })),
    sources: z.array(source, { error: 'array' }).check(z.minLength(1, { error: 'nonEmpty' })),
    /** When the file's figures were last checked against its sources (a compatible extension). */
    checked: z.optional(isoDate),
    objectives: z.optional(objectives),
    stakeholderGroups: z.optional(z.array(stakeholderGroup, { error: 'array' })),
    acknowledgement: z.optional(acknowledgement),
  })
  // Cross-checks run even when a field is malformed, so one pass reports every problem.
  .check(z.superRefine(crossCheckProject, { when: () => true }));

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
export type StakeholderGroup = NonNullable<Project['stakeholderGroups']>[number];
export type MemberKind = (typeof MEMBER_KINDS)[number];
export type Objectives = NonNullable<Project['objectives']>;
export type PartnerRole = Partner['role'];
