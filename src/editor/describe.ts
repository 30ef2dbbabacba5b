/**
 * A field of the file named as the form names it ("Partners › 3. Ministry of Economics › Country"),
 * for the list of problems: a person sees the label they fill in, not `partners[2].country`. An
 * entry is named in `lang`, the page's language, where its name has that language.
 */
import { firstText } from './session.svelte';
import { keyPath, SECTIONS, type ListSpec } from './fields';
import { valueAt, type Draft, type Path } from './draft';
import type { EditorWords } from './words';

export function describeField(path: Path, draft: Draft | undefined, words: EditorWords, lang?: string): string {
  if (path.length === 0) return words.whole;
  const listSection = SECTIONS.find((s) => 'list' in s && s.path === path[0]);
  if (listSection && 'list' in listSection) {
    return [words.sections[listSection.name] ?? listSection.name, ...describeEntries(listSection.list, [path[0]!], path.slice(1), draft, words, lang)].join(' › ');
  }
  // A field of a part without a list: the section whose field the path starts with.
  for (const section of SECTIONS) {
    const field = 'fields' in section ? section.fields.find((f) => startsWith(path, keyPath(f.key))) : undefined;
    if (!field) continue;
    const parts = [words.sections[section.name] ?? section.name, words.fields[field.words]?.label ?? field.key];
    const inner = path.slice(keyPath(field.key).length);
    if (field.list && inner.length > 0) parts.push(...describeEntries(field.list, keyPath(field.key), inner, draft, words, lang));
    return parts.join(' › ');
  }
  return path.join('.');
}

/** The Text (or string) a list's entry is named by: its name, title or label; a list of plain values, the value. */
export function entryNameText(list: ListSpec, entry: unknown): unknown {
  if (!list.fields) return entry;
  const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  return record.name ?? record.title ?? record.label;
}

function describeEntries(list: ListSpec, listPath: (string | number)[], rest: Path, draft: Draft | undefined, words: EditorWords, lang?: string): string[] {
  const [index, ...inner] = rest;
  if (typeof index !== 'number') return [];
  const name = firstText(entryNameText(list, valueAt(draft, [...listPath, index])), lang);
  const parts = [`${index + 1}.${name ? ` ${name}` : ''}`];
  if (!list.fields || inner.length === 0) return parts;
  const field = list.fields.find((f) => startsWith(inner, keyPath(f.key)));
  if (field) {
    parts.push(words.fields[field.words]?.label ?? field.key);
    const deeper = inner.slice(keyPath(field.key).length);
    if (field.list && deeper.length > 0) parts.push(...describeEntries(field.list, [...listPath, index, ...keyPath(field.key)], deeper, draft, words, lang));
    else if (field.kind === 'location' && (deeper[0] === 'lat' || deeper[0] === 'lon')) parts.push(words.fields[`location.${deeper[0]}`]?.label ?? String(deeper[0]));
  } else parts.push(inner.join('.'));
  return parts;
}

function startsWith(path: Path, prefix: readonly string[]): boolean {
  // A field answers for its own path and the paths inside it (a Text's languages, a list's entries).
  return prefix.every((key, i) => path[i] === key) || (prefix.length > 1 && prefix.slice(0, -1).every((key, i) => path[i] === key) && path.length === prefix.length - 1);
}
