/**
 * A project file as it is being written: the file's own JSON object, which may be incomplete or
 * wrong while a person fills it in (the validator says what is missing). Every change makes a new
 * object (the parts not changed are shared), so a draft can be kept for undo and compared by
 * identity. Pure: no DOM, no Svelte.
 */
import { withoutMarks } from '../import/gazetteer';
import { SUPPORTED_SCHEMA_VERSION } from '../data/schema';
import type { Problem } from '../data/problems';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type Draft = { [key: string]: Json | undefined };
export type Path = readonly (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A new project: what every file must have, empty, for the form to fill. */
export function blankDraft(): Draft {
  return {
    schemaVersion: SUPPORTED_SCHEMA_VERSION,
    id: '',
    acronym: '',
    title: '',
    programme: '',
    fund: 'ERDF',
    currency: 'EUR',
    budget: { sources: [] },
    schedule: { planned: { start: '', end: '' } },
    partners: [],
    phases: [],
    events: [],
    sources: [],
  };
}

/** A file's parsed JSON as a draft, or undefined when it is no object (a list, a number). */
export function draftOf(parsed: unknown): Draft | undefined {
  return isRecord(parsed) ? (parsed as Draft) : undefined;
}

export function valueAt(draft: unknown, path: Path): unknown {
  let value = draft;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The draft with `value` at `path` (objects and lists on the way made where missing); undefined removes the field. */
export function setAt(draft: Draft, path: Path, value: unknown): Draft {
  if (path.length === 0) return (isRecord(value) ? value : draft) as Draft;
  const set = (container: unknown, depth: number): unknown => {
    const key = path[depth]!;
    const copy: Record<string | number, unknown> | unknown[] = Array.isArray(container)
      ? [...(container as unknown[])]
      : isRecord(container)
        ? { ...container }
        : typeof key === 'number'
          ? []
          : {};
    const current = (copy as Record<string | number, unknown>)[key];
    const next = depth === path.length - 1 ? value : set(current, depth + 1);
    if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[key as string];
    else (copy as Record<string | number, unknown>)[key] = next;
    return copy;
  };
  return set(draft, 0) as Draft;
}

const listAt = (draft: Draft, path: Path): unknown[] => {
  const list = valueAt(draft, path);
  return Array.isArray(list) ? list : [];
};

export function insertAt(draft: Draft, listPath: Path, index: number, item: unknown): Draft {
  const list = [...listAt(draft, listPath)];
  list.splice(Math.max(0, Math.min(index, list.length)), 0, item);
  return setAt(draft, listPath, list);
}

export function removeAt(draft: Draft, listPath: Path, index: number): Draft {
  const list = listAt(draft, listPath).filter((_, i) => i !== index);
  return setAt(draft, listPath, list);
}

/** The entry at `from` moved to `to` (both within the list). */
export function moveAt(draft: Draft, listPath: Path, from: number, to: number): Draft {
  const list = [...listAt(draft, listPath)];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return draft;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(draft, listPath, list);
}

/** The ids already used in a list. */
export function idsIn(draft: Draft, listPath: Path): Set<string> {
  return new Set(listAt(draft, listPath).flatMap((entry) => (isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : [])));
}

/** An id the format accepts made from a name ("Ministry of Economics" → "ministry-of-economics"), not one of `taken`. */
export function idFrom(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    withoutMarks(name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A copy of the entry at `index`, put after it with an id of its own. */
export function duplicateAt(draft: Draft, listPath: Path, index: number): Draft {
  const item = listAt(draft, listPath)[index];
  if (item === undefined) return draft;
  const copy = structuredClone(item) as unknown;
  if (isRecord(copy) && typeof copy.id === 'string') {
    copy.id = idFrom(copy.id, idsIn(draft, listPath), 'copy');
    // A copy of the lead is a partner: a project has one lead.
    if (copy.role === 'lead') copy.role = 'partner';
  }
  return insertAt(draft, listPath, index + 1, copy);
}

/** What removing a partner also took away: the references to it that would otherwise point at nothing. */
export interface Unlinked {
  focusPartner: boolean;
  events: number;
  groups: number;
}

/** The draft without the partner at `index`, and without every reference to it (as focus partner, event host, group convener). */
export function removePartner(draft: Draft, index: number): { draft: Draft; unlinked: Unlinked } {
  const partner = listAt(draft, ['partners'])[index];
  const id = isRecord(partner) && typeof partner.id === 'string' ? partner.id : undefined;
  let next = removeAt(draft, ['partners'], index);
  const unlinked: Unlinked = { focusPartner: false, events: 0, groups: 0 };
  // Another partner with the same id (a mistake the validator names) still answers to it.
  if (id === undefined || idsIn(next, ['partners']).has(id)) return { draft: next, unlinked };
  if (next.focusPartner === id) {
    next = setAt(next, ['focusPartner'], undefined);
    unlinked.focusPartner = true;
  }
  for (const key of ['events', 'stakeholderGroups'] as const) {
    listAt(next, [key]).forEach((entry, i) => {
      if (isRecord(entry) && entry.partner === id) {
        next = setAt(next, [key, i, 'partner'], undefined);
        if (key === 'events') unlinked.events += 1;
        else unlinked.groups += 1;
      }
    });
  }
  return { draft: next, unlinked };
}

/** The objects a file must have even when nothing in them is filled in yet (the validator then names their fields). */
function requiredObject(path: Path): boolean {
  const [first, second, third] = path;
  if (path.length === 1) return first === 'budget' || first === 'schedule';
  if (path.length === 2) return first === 'schedule' && second === 'planned';
  return path.length === 3 && first === 'phases' && typeof second === 'number' && third === 'planned';
}

/**
 * The file the draft stands for: empty texts and fields left blank dropped (a required one is then
 * missing, which the validator names), a Text's empty languages dropped, an optional part with
 * nothing in it dropped. Lists are kept, even empty; an empty entry in one stays (as null) for the
 * validator to name.
 */
export function fileOf(draft: Draft): Draft {
  const clean = (value: unknown, path: (string | number)[]): unknown => {
    if (value === undefined || value === null || value === '') return undefined;
    if (Array.isArray(value)) return value.map((item, index) => clean(item, [...path, index]) ?? null);
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const c = clean(item, [...path, key]);
      if (c !== undefined) out[key] = c;
    }
    return Object.keys(out).length === 0 && path.length > 0 && !requiredObject(path) ? undefined : out;
  };
  return (clean(draft, []) ?? {}) as Draft;
}

/** The text of the downloaded file: the draft's file, two spaces deep, ending in a new line. */
export function fileText(draft: Draft): string {
  return `${JSON.stringify(fileOf(draft), null, 2)}\n`;
}

/** The name the downloaded file is given: the project's id, else its acronym, else "project". */
export function fileName(draft: Draft): string {
  const id = typeof draft.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(draft.id) ? draft.id : idFrom(typeof draft.acronym === 'string' ? draft.acronym : '', new Set(), 'project');
  return `${id}.json`;
}

/** `partners[3].budget.eu` → `['partners', 3, 'budget', 'eu']` (a validator's path as the form's). */
export function parsePath(path: string): (string | number)[] {
  if (path === '') return [];
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The element id of the form's control for a field (`edit-partners-3-budget-eu`). */
export function fieldId(path: Path): string {
  return ['edit', ...path.map((key) => String(key).replace(/[^A-Za-z0-9_-]/g, '_'))].join('-');
}

/** A set with `item` added or taken out (sets of the form's state are replaced, never changed in place). */
export function toggled<T>(set: ReadonlySet<T>, item: T, present: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}

/** A set of the given items. */
export const setOf = <T>(items: Iterable<T> = []): ReadonlySet<T> => new Set(items);

/** The first text of a Text (a string, or the first language's). */
export function firstText(value: unknown, preferred?: string): string {
  if (typeof value === 'string') return value;
  const language = firstTextLanguage(value, preferred);
  return language === undefined ? '' : ((value as Record<string, string>)[language] ?? '');
}

/**
 * The language of the text `firstText` picks from a Text object: the reader's language first,
 * where the text has it (a Latvian page names the ministry in Latvian), else the first one
 * written. Undefined for a plain string (its language is the file's `lang`) or no text.
 */
export function firstTextLanguage(value: unknown, preferred?: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const texts = value as Record<string, unknown>;
  const written = (language: string) => typeof texts[language] === 'string' && texts[language] !== '';
  if (preferred !== undefined && written(preferred)) return preferred;
  return Object.keys(texts).find(written);
}

/**
 * The draft with a field changed. An acronym, or an entry's name (title, label), carries its id
 * along while the id is still the one made from it (or empty): an id written by hand stays.
 */
export function withField(draft: Draft, path: Path, value: unknown): Draft {
  let next = setAt(draft, path, value);
  const last = path[path.length - 1];
  const owner = path.slice(0, -1);
  const entryOf = owner.length === 2 && typeof owner[0] === 'string' && typeof owner[1] === 'number' ? owner[0] : undefined;
  const names = owner.length === 0 ? last === 'acronym' : entryOf !== undefined && (last === 'name' || last === 'title' || last === 'label');
  if (!names) return next;
  const idPath = [...owner, 'id'];
  const before = valueAt(draft, idPath);
  const taken = entryOf === undefined ? new Set<string>() : idsIn(next, [entryOf]);
  if (typeof before === 'string') taken.delete(before);
  const fallback = entryOf === undefined ? 'project' : entryOf.replace(/s$/, '');
  const madeFrom = (name: unknown) => idFrom(firstText(name), taken, fallback);
  const wasMade = before === undefined || before === '' || before === madeFrom(valueAt(draft, path)) || (typeof before === 'string' && new RegExp(`^${fallback}(-\\d+)?$`).test(before));
  if (wasMade && firstText(value) !== '') next = setAt(next, idPath, madeFrom(value));
  return next;
}

/** The validator's problems by the id of the form's field each is about. */
export function problemsByField(problems: readonly Problem[]): Map<string, Problem[]> {
  const byField = new Map<string, Problem[]>();
  for (const problem of problems) {
    const id = fieldId(parsePath(problem.path));
    byField.set(id, [...(byField.get(id) ?? []), problem]);
  }
  return byField;
}
