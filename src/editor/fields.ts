/**
 * The form, as data: which fields each part of a project file has, of which kind, and how the
 * parts are grouped as a person thinks of a project. One renderer draws it (Fields.svelte); the
 * words for every field are in words.ts under the same keys.
 */
import { EVENT_KINDS, MEMBER_KINDS } from '../data/schema';

export type FieldKind =
  | 'id'
  | 'string'
  | 'text'
  | 'longText'
  | 'money'
  | 'number'
  | 'percent'
  | 'date'
  | 'country'
  | 'url'
  | 'bool'
  | 'language'
  | 'currency'
  | 'choice'
  | 'partner'
  | 'sources'
  | 'location'
  | 'list';

export interface FieldSpec {
  /** Where the field is within its part: `name`, `planned.start`. */
  key: string;
  kind: FieldKind;
  /** Its words in words.ts (`partner.name`). */
  words: string;
  required?: boolean;
  /** For a choice: the values offered. */
  options?: readonly string[];
  /** For a list inside a part (a group's members, the aims): the fields of each entry, or a Text per entry. */
  list?: ListSpec;
}

export interface ListSpec {
  /** The entries' words in words.ts (`partner`: its heading, "Add a partner"…). */
  words: string;
  /** Each entry's fields; none: each entry is one Text. */
  fields?: FieldSpec[];
  /** Entries get an id made from their name. */
  ids?: boolean;
}

const sources = (words: string): FieldSpec => ({ key: 'sources', kind: 'sources', words });

export const PROJECT_FIELDS: FieldSpec[] = [
  { key: 'acronym', kind: 'string', words: 'project.acronym', required: true },
  { key: 'id', kind: 'id', words: 'project.id', required: true },
  { key: 'title', kind: 'text', words: 'project.title', required: true },
  { key: 'programme', kind: 'string', words: 'project.programme', required: true },
  { key: 'fund', kind: 'string', words: 'project.fund' },
  { key: 'website', kind: 'url', words: 'project.website' },
  { key: 'summary', kind: 'longText', words: 'project.summary' },
  { key: 'lang', kind: 'language', words: 'project.lang' },
  { key: 'checked', kind: 'date', words: 'project.checked' },
];

export const BUDGET_FIELDS: FieldSpec[] = [
  { key: 'budget.total', kind: 'money', words: 'budget.total', required: true },
  { key: 'budget.eu', kind: 'money', words: 'budget.eu', required: true },
  { key: 'currency', kind: 'currency', words: 'project.currency' },
  { key: 'budget.sources', kind: 'sources', words: 'budget.sources' },
  { key: 'focusPartner', kind: 'partner', words: 'project.focusPartner' },
];

export const SCHEDULE_FIELDS: FieldSpec[] = [
  { key: 'schedule.planned.start', kind: 'date', words: 'schedule.plannedStart', required: true },
  { key: 'schedule.planned.end', kind: 'date', words: 'schedule.plannedEnd', required: true },
  { key: 'schedule.actual.start', kind: 'date', words: 'schedule.actualStart' },
  { key: 'schedule.actual.end', kind: 'date', words: 'schedule.actualEnd' },
  { key: 'schedule.sources', kind: 'sources', words: 'schedule.sources' },
];

export const RATE_LIST: ListSpec = {
  words: 'rate',
  ids: true,
  fields: [
    { key: 'label', kind: 'text', words: 'rate.label', required: true },
    { key: 'rate', kind: 'percent', words: 'rate.rate', required: true },
    { key: 'id', kind: 'id', words: 'entry.id', required: true },
    sources('entry.sources'),
  ],
};

export const PHASE_LIST: ListSpec = {
  words: 'phase',
  ids: true,
  fields: [
    { key: 'name', kind: 'text', words: 'phase.name', required: true },
    { key: 'planned.start', kind: 'date', words: 'phase.plannedStart', required: true },
    { key: 'planned.end', kind: 'date', words: 'phase.plannedEnd', required: true },
    { key: 'actual.start', kind: 'date', words: 'phase.actualStart' },
    { key: 'actual.end', kind: 'date', words: 'phase.actualEnd' },
    { key: 'id', kind: 'id', words: 'entry.id', required: true },
    sources('entry.sources'),
  ],
};

export const PARTNER_LIST: ListSpec = {
  words: 'partner',
  ids: true,
  fields: [
    { key: 'name', kind: 'text', words: 'partner.name', required: true },
    { key: 'shortName', kind: 'text', words: 'partner.shortName' },
    { key: 'role', kind: 'choice', words: 'partner.role', required: true, options: ['lead', 'partner', 'advisory'] },
    { key: 'country', kind: 'country', words: 'partner.country', required: true },
    { key: 'place', kind: 'text', words: 'partner.place' },
    { key: 'location', kind: 'location', words: 'partner.location' },
    { key: 'budget.total', kind: 'money', words: 'partner.budgetTotal' },
    { key: 'budget.eu', kind: 'money', words: 'partner.budgetEu' },
    { key: 'website', kind: 'url', words: 'partner.website' },
    { key: 'id', kind: 'id', words: 'entry.id', required: true },
    sources('entry.sources'),
  ],
};

export const EVENT_LIST: ListSpec = {
  words: 'event',
  ids: true,
  fields: [
    { key: 'name', kind: 'text', words: 'event.name', required: true },
    { key: 'kind', kind: 'choice', words: 'event.kind', required: true, options: EVENT_KINDS },
    { key: 'start', kind: 'date', words: 'event.start', required: true },
    { key: 'end', kind: 'date', words: 'event.end' },
    { key: 'online', kind: 'bool', words: 'event.online' },
    { key: 'place', kind: 'text', words: 'event.place' },
    { key: 'country', kind: 'country', words: 'event.country' },
    { key: 'location', kind: 'location', words: 'event.location' },
    { key: 'partner', kind: 'partner', words: 'event.partner' },
    { key: 'id', kind: 'id', words: 'entry.id', required: true },
    sources('entry.sources'),
  ],
};

export const SOURCE_LIST: ListSpec = {
  words: 'source',
  ids: true,
  fields: [
    { key: 'title', kind: 'text', words: 'source.title', required: true },
    { key: 'url', kind: 'url', words: 'source.url', required: true },
    { key: 'lang', kind: 'language', words: 'source.lang' },
    { key: 'published', kind: 'date', words: 'source.published' },
    { key: 'accessed', kind: 'date', words: 'source.accessed' },
    { key: 'id', kind: 'id', words: 'entry.id', required: true },
  ],
};

export const GROUP_LIST: ListSpec = {
  words: 'group',
  ids: true,
  fields: [
    { key: 'name', kind: 'text', words: 'group.name', required: true },
    { key: 'partner', kind: 'partner', words: 'group.partner' },
    {
      key: 'members',
      kind: 'list',
      words: 'group.members',
      list: {
        words: 'member',
        fields: [
          { key: 'name', kind: 'text', words: 'member.name', required: true },
          { key: 'kind', kind: 'choice', words: 'member.kind', options: MEMBER_KINDS },
        ],
      },
    },
    { key: 'incomplete', kind: 'bool', words: 'group.incomplete' },
    { key: 'id', kind: 'id', words: 'entry.id', required: true },
    sources('entry.sources'),
  ],
};

export const OBJECTIVE_FIELDS: FieldSpec[] = [
  { key: 'objectives.aims', kind: 'list', words: 'objectives.aims', list: { words: 'aim' } },
  { key: 'objectives.results', kind: 'list', words: 'objectives.results', list: { words: 'result' } },
  { key: 'objectives.sources', kind: 'sources', words: 'objectives.sources' },
];

export const ACKNOWLEDGEMENT_FIELDS: FieldSpec[] = [
  { key: 'acknowledgement.statement', kind: 'text', words: 'acknowledgement.statement' },
  { key: 'acknowledgement.fund', kind: 'text', words: 'acknowledgement.fund' },
];

/** The form's parts, in the order a person fills them in; each a fieldset with its legend. */
export type Section =
  | { name: string; fields: FieldSpec[] }
  | { name: string; list: ListSpec; path: string };

export const SECTIONS: Section[] = [
  { name: 'project', fields: PROJECT_FIELDS },
  { name: 'budget', fields: BUDGET_FIELDS },
  { name: 'schedule', fields: SCHEDULE_FIELDS },
  { name: 'partners', list: PARTNER_LIST, path: 'partners' },
  { name: 'phases', list: PHASE_LIST, path: 'phases' },
  { name: 'events', list: EVENT_LIST, path: 'events' },
  { name: 'sources', list: SOURCE_LIST, path: 'sources' },
  { name: 'rates', list: RATE_LIST, path: 'programmeRates' },
  { name: 'groups', list: GROUP_LIST, path: 'stakeholderGroups' },
  { name: 'objectives', fields: OBJECTIVE_FIELDS },
  { name: 'acknowledgement', fields: ACKNOWLEDGEMENT_FIELDS },
];

/** A field's key as a path (`planned.start` → ['planned', 'start']). */
export const keyPath = (key: string): string[] => key.split('.');

/** A new, empty entry for a list: its required fields present, so the form shows them. */
export function newEntry(list: ListSpec, id: string | undefined): unknown {
  if (!list.fields) return '';
  const entry: Record<string, unknown> = {};
  if (list.words === 'partner') Object.assign(entry, { role: 'partner' });
  if (list.words === 'event') Object.assign(entry, { kind: 'meeting' });
  if (list.words === 'group') Object.assign(entry, { members: [] });
  if (list.ids && id !== undefined) entry.id = id;
  return entry;
}

/**
 * For each field of a part, the ids of the parts above it it answers for: a part with no control of
 * its own (a phase's `planned`, the entry itself when `claimBase`) by the first field inside it.
 */
export function claimsOf(fields: readonly FieldSpec[], base: readonly (string | number)[], claimBase: boolean, idOf: (path: (string | number)[]) => string): string[][] {
  const taken = new Set<string>();
  return fields.map((field, index) => {
    const keys = keyPath(field.key);
    const ids = keys.slice(0, -1).map((_, depth) => idOf([...base, ...keys.slice(0, depth + 1)]));
    if (claimBase && index === 0) ids.unshift(idOf([...base]));
    return ids.filter((id) => !taken.has(id) && (taken.add(id), true));
  });
}
