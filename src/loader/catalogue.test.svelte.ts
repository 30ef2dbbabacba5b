/**
 * The catalogue of bad input (`test/fixtures/catalogue.json`): every hostile file, address and
 * network fault met so far, each with what the reader must be told in English and in Latvian —
 * the heading and every line of the problem list, exactly. Each is loaded the way the page
 * loads it (the project store, the loader, the validator) and the problem list is drawn.
 * A new case is one entry there (and its file in `test/fixtures/bad/` where it is a file).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import ProblemList from './ProblemList.svelte';
import { Locale, LOCALE_CONTEXT } from '../i18n/locale.svelte';
import { ProjectStore, PROJECT_CONTEXT } from '../data/projectStore.svelte';
import { loadFromPage, readProjectFile, type Loaded } from '../data/load';
import { LIMITS } from '../data/validate';
import { EXPECTED_KEYS } from '../data/problems';
import { en } from '../i18n/en';

type Language = 'en' | 'lv';
interface Shown {
  /** The alert's or the status's heading; empty when the file is shown with nothing to say. */
  title: string;
  lines: string[];
}
interface Entry {
  case: string;
  /** A file in test/fixtures/. */
  file?: string;
  /** A file made here: a valid one with too many partners or events, too many bytes, or an unknown field nested deep. */
  generate?: { partners?: number; events?: number; bytes?: number; depth?: number; /** A summary of this many CJK characters (three bytes each in UTF-8). */ cjk?: number };
  /** A file picked, then gone before it is read (moved or deleted): its name. */
  vanished?: string;
  /** The page's query naming the data (`?data=…`, as typed: not encoded again), and what the server does with it. */
  address?: { query: string; server?: 'ok' | 'offline' | 'redirect' | 'never' | 'slowBody' | 'endless' | { status: number; statusText: string } };
  expect: Record<Language, Shown>;
}

const PAGE = 'https://dashboard.example.eu/eu-project/';
const catalogue = JSON.parse(readFileSync('test/fixtures/catalogue.json', 'utf8')) as { cases: Entry[] };
const minimal = JSON.parse(readFileSync('test/fixtures/minimal.json', 'utf8')) as Record<string, unknown>;
/** Error names and engine phrases a reader must never see. */
const INTERNAL = /TypeError|RangeError|URIError|SyntaxError|ReferenceError|Failed to fetch|Unexpected token|structuredClone|Maximum call stack|undefined|NaN|\[object /;

function generated({ partners = 1, events = 0, bytes = 0, depth = 0, cjk = 0 }: NonNullable<Entry['generate']>): string {
  const file: Record<string, unknown> = {
    ...minimal,
    partners: Array.from({ length: partners }, (_, i) => ({ id: `p${i}`, name: `Partner ${i} (made-up)`, country: 'LV', role: i === 0 ? 'lead' : 'partner' })),
    events: Array.from({ length: events }, (_, i) => ({ id: `e${i}`, name: `Event ${i} (made-up)`, kind: 'meeting', start: '2024-02-29' })),
  };
  if (bytes > 0) file.summary = 'x'.repeat(bytes);
  if (cjk > 0) file.summary = '漢'.repeat(cjk);
  const text = JSON.stringify(file);
  // Written as text: JSON.stringify itself cannot go 100,000 deep.
  return depth > 0 ? `${text.slice(0, -1)},"extra":${'{"deeper":'.repeat(depth)}0${'}'.repeat(depth)}}` : text;
}

/** Answers like a server would, for the address cases. */
function server(behaviour: NonNullable<Entry['address']>['server'] = 'ok'): typeof fetch {
  return async (_url, init) => {
    if (behaviour === 'offline') throw new TypeError('Failed to fetch');
    if (behaviour === 'redirect') return new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example.org/x.json' } });
    if (behaviour === 'never')
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))));
    // A body that never ends and says no size: read until the limit, then cancelled.
    if (behaviour === 'endless')
      return new Response(new ReadableStream<Uint8Array>({ pull: (body) => body.enqueue(new Uint8Array(64 * 1024).fill(0x20)) }));
    if (behaviour === 'slowBody')
      return new Response(
        new ReadableStream<Uint8Array>({
          start(body) {
            body.enqueue(new TextEncoder().encode('{"schemaVersion": 1,'));
            init?.signal?.addEventListener('abort', () => body.error(new DOMException('The operation was aborted.', 'AbortError')));
          },
        }),
      );
    if (typeof behaviour === 'object') return new Response('<h1>Down</h1>', { status: behaviour.status, statusText: behaviour.statusText });
    return new Response(JSON.stringify(minimal));
  };
}

async function loaded(entry: Entry): Promise<{ name: string; load: (signal: AbortSignal) => Promise<Loaded>; timeoutMs?: number }> {
  if (entry.file) {
    const name = entry.file.split('/').at(-1)!;
    // Its bytes as they are: the page reads the encoding too.
    const bytes = new Uint8Array(readFileSync(`test/fixtures/${entry.file}`));
    return { name, load: () => readProjectFile(new File([bytes], name, { type: 'application/json' })) };
  }
  if (entry.vanished) {
    const name = entry.vanished;
    const gone = Object.assign(new Blob(['{}']), { name, arrayBuffer: () => Promise.reject(new DOMException('A requested file or directory could not be found at the time an operation was processed.', 'NotFoundError')) });
    return { name, load: () => readProjectFile(gone) };
  }
  if (entry.generate) {
    const text = generated(entry.generate);
    const name = 'generated.json';
    return { name, load: () => readProjectFile(new File([text], name, { type: 'application/json' })) };
  }
  const { query, server: behaviour } = entry.address!;
  const page = `${PAGE}${query}`;
  const fetchFile = server(behaviour);
  // Named as the page names it: the address as given.
  const name = new URL(page).searchParams.get('data') ?? '';
  return { name, load: (signal) => loadFromPage(page, fetchFile, signal), timeoutMs: behaviour === 'never' || behaviour === 'slowBody' ? 20 : undefined };
}

async function shown(entry: Entry, lang: Language): Promise<Shown> {
  const store = new ProjectStore();
  const { name, load, timeoutMs } = await loaded(entry);
  await store.load(name, load, { timeoutMs });
  const { container, unmount } = render(ProblemList, { context: new Map<symbol, unknown>([[LOCALE_CONTEXT, new Locale(lang)], [PROJECT_CONTEXT, store]]) });
  const words = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const result = { title: words(container.querySelector('h2')), lines: [...container.querySelectorAll('li')].map(words) };
  unmount();
  return result;
}

describe('the catalogue of bad input', () => {
  test('has a case for each kind of problem the validator and the loader know, and each case is told in both languages', () => {
    for (const entry of catalogue.cases) for (const lang of ['en', 'lv'] as const) expect(entry.expect[lang], `${entry.case} (${lang})`).toBeDefined();
    const told = catalogue.cases.flatMap((entry) => entry.expect.en.lines).join('\n');
    // 'valid' and 'number' are the fallbacks for a check that names no key of its own (every number
    // of the format names one: money, latitude, rate…): no file of the format reaches them.
    const fallbacks = new Set(['valid', 'number']);
    const untold = EXPECTED_KEYS.filter((key) => !fallbacks.has(key) && !told.includes(`expected ${en.expected[key]}`));
    expect(untold).toEqual([]);
  });

  const actual: Record<string, Record<Language, Shown>> = {};
  test.each(catalogue.cases.map((entry) => [entry.case, entry] as const))('%s', async (_name, entry) => {
    for (const lang of ['en', 'lv'] as const) {
      const told = await shown(entry, lang);
      (actual[entry.case] ??= {} as Record<Language, Shown>)[lang] = told;
      if (process.env.CATALOGUE_PRINT) continue;
      expect(told, lang).toEqual(entry.expect[lang]);
      expect(`${told.title} ${told.lines.join(' ')}`).not.toMatch(INTERNAL);
    }
    if (process.env.CATALOGUE_PRINT) writeFileSync(process.env.CATALOGUE_PRINT, JSON.stringify(actual, null, 2));
  });

  test('the limits the catalogue names are the validator’s', () => {
    expect(catalogue.cases.find((entry) => entry.generate?.partners === LIMITS.partners + 1)).toBeDefined();
    expect(catalogue.cases.find((entry) => entry.generate?.events === LIMITS.events + 1)).toBeDefined();
    expect(catalogue.cases.find((entry) => (entry.generate?.bytes ?? 0) > LIMITS.fileBytes)).toBeDefined();
  });
});
