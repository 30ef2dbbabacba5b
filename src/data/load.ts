/**
 * The only I/O of the app: fetching a data file by URL or reading one the user picked.
 * Whatever happens, the result is a Validation, so a network failure is reported the
 * same way as a bad field.
 */
import { LIMITS, tooLarge, validateProjectText, type Validation } from './validate';
import { characterCode, type Problem } from './problems';

/** Shipped beside index.html, replaceable without a rebuild. */
export const DEFAULT_DATA_PATH = 'data/innoindustry.json';

/** How long a data file may take to arrive before the page says so and offers Try again. */
export const LOAD_TIMEOUT_MS = 30_000;

export interface Loaded {
  /** The file's name as the user knows it: its URL or its local name. */
  fileName: string;
  /** The file's text as it was read, for "download the data as loaded". */
  text?: string;
  validation: Validation;
}

export type DataLocation = { ok: true; url: string } | { ok: false; problem: Problem };

/**
 * Where to load from: `?data=` (relative, or absolute on this page's origin) or the
 * built-in file. Other origins are refused: the app makes no third-party requests.
 */
export function dataLocation(pageUrl: string): DataLocation {
  const page = new URL(pageUrl);
  const requested = page.searchParams.get('data');
  if (requested === null || requested.trim() === '') return { ok: true, url: new URL(DEFAULT_DATA_PATH, page).href };
  // The URL parser drops controls and spaces around an address, so `?data=%00` would name the
  // page itself; an address with a control or a bidirectional mark in it is refused as it is.
  if (UNSHOWABLE.test(requested)) return { ok: false, problem: loadProblem('dataAddress', requested) };
  let url: URL;
  try {
    url = new URL(requested, page);
  } catch {
    return { ok: false, problem: loadProblem('sameOrigin', requested) };
  }
  if (url.origin !== page.origin) return { ok: false, problem: loadProblem('sameOrigin', requested) };
  if (url.pathname === page.pathname) return { ok: false, problem: loadProblem('dataAddress', requested) };
  return { ok: true, url: url.href };
}

/** Controls (C0, DEL, C1) and the marks that reorder text on screen (bidirectional overrides and isolates). */
// eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
const UNSHOWABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const UNSHOWABLE_ALL = new RegExp(UNSHOWABLE.source, 'g');

/** The longest name or address the page says as it is; a longer one keeps its start and its end. */
const SHOWN_LENGTH = 80;

/**
 * A name or address as the page may show it: each control or bidirectional mark written out as
 * its code (`\u202E`), so nothing from the address reorders or hides the page's words, and a
 * very long one shortened in its middle.
 */
export function shownName(name: string): string {
  const visible = name.replace(UNSHOWABLE_ALL, characterCode);
  return visible.length > SHOWN_LENGTH ? `${visible.slice(0, 50)}…${visible.slice(-(SHOWN_LENGTH - 51))}` : visible;
}

/**
 * Fetches a data file. A redirect is not followed (`redirect: 'manual'`): a same-site address
 * that redirects elsewhere would otherwise load another site's file, so no request ever leaves
 * for another host. `signal` cancels (the reader's Cancel, or the timeout). Every failure
 * becomes a problem in the reader's words; the browser's own error text is never shown.
 */
export async function fetchProject(url: string, fetchFile: typeof fetch = fetch, signal?: AbortSignal): Promise<Loaded> {
  const fileName = displayName(url);
  let answered = false;
  try {
    const response = await fetchFile(url, { headers: { Accept: 'application/json' }, redirect: 'manual', signal });
    answered = true;
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return failed(fileName, loadProblem('noRedirect', url));
    // The status code only: the server's reason phrase is its own text, in any language or none.
    if (!response.ok) return failed(fileName, loadProblem('reachableFile', `HTTP ${response.status}`));
    // A file above the limit is refused before its body is read, when the server says its size.
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > LIMITS.fileBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { fileName, validation: tooLarge(declared) };
    }
    const body = await readLimited(response);
    if (body === 'tooLarge') return { fileName, validation: tooLarge(LIMITS.fileBytes + 1, true) };
    return fromBytes(fileName, body);
  } catch {
    if (signal?.aborted && signal.reason === 'timeout') return failed(fileName, loadProblem(answered ? 'slowBody' : 'inTime', `${LOAD_TIMEOUT_MS / 1000} s`));
    if (signal?.aborted) return failed(fileName, loadProblem('reachableFile', url));
    return failed(fileName, loadProblem('answered', url));
  }
}

/**
 * The body's bytes as they arrive, counted (after any gzip is undone: a small bomb counts for what
 * it inflates to), and the download cancelled at once when they pass the limit, so memory stays
 * bounded whatever the server sends and whether or not it says how much.
 */
async function readLimited(response: Response): Promise<Uint8Array | 'tooLarge'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.fileBytes) {
      void reader.cancel().catch(() => undefined);
      return 'tooLarge';
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** A file's bytes, decoded (UTF-8, or UTF-16 with its byte-order mark) and validated; other encodings are refused. */
function fromBytes(fileName: string, bytes: Uint8Array): Loaded {
  const text = decodeProjectBytes(bytes);
  if (text === undefined) return failed(fileName, loadProblem('utf8', fileName));
  return { fileName, text, validation: validateProjectText(text, bytes.byteLength) };
}

/**
 * The text of a data file: UTF-8 (with or without a byte-order mark), or UTF-16 where a byte-order
 * mark says so (Windows editors save "Unicode" that way) or its zero bytes show it; undefined for
 * bytes that are neither.
 */
export function decodeProjectBytes(bytes: Uint8Array): string | undefined {
  // A JSON file starts with an ASCII character: in UTF-16 without a byte-order mark one of its
  // first two bytes is zero, which no UTF-8 text of the format has.
  const [first, second] = [bytes[0], bytes[1]];
  const utf16 =
    (first === 0xff && second === 0xfe) || (first !== 0 && second === 0) ? 'utf-16le' : (first === 0xfe && second === 0xff) || (first === 0 && second !== 0 && second !== undefined) ? 'utf-16be' : undefined;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether the page shows the file shipped with the dashboard (no `?data=`, or `?data=` naming that file). */
export function isBuiltIn(pageUrl: string): boolean {
  const where = dataLocation(pageUrl);
  return where.ok && where.url === new URL(DEFAULT_DATA_PATH, pageUrl).href;
}

/** Loads the file the page's URL names (`?data=`), or the built-in one. */
export function loadFromPage(pageUrl: string, fetchFile: typeof fetch = fetch, signal?: AbortSignal): Promise<Loaded> {
  const where = dataLocation(pageUrl);
  // The problem's found value is already the address as the page may show it (loadProblem).
  if (!where.ok) return Promise.resolve(failed(where.problem.found ?? '', where.problem));
  return fetchProject(where.url, fetchFile, signal);
}

export async function readProjectFile(file: Blob & { name: string }): Promise<Loaded> {
  const fileName = shownName(file.name);
  if (file.size > LIMITS.fileBytes) return { fileName, validation: tooLarge(file.size) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // Moved or deleted since it was picked, or not readable: said in the page's words, not the browser's.
    return failed(fileName, loadProblem('readableFile', fileName));
  }
  if (bytes.byteLength > LIMITS.fileBytes) return { fileName, validation: tooLarge(bytes.byteLength) };
  return fromBytes(fileName, bytes);
}

function failed(fileName: string, problem: Problem): Loaded {
  return { fileName, validation: { ok: false, errors: [problem], warnings: [] } };
}

function loadProblem(expected: 'reachableFile' | 'readableFile' | 'sameOrigin' | 'dataAddress' | 'noRedirect' | 'inTime' | 'slowBody' | 'answered' | 'utf8', found: string): Problem {
  return { severity: 'error', path: '', expected, found: shownName(found), params: {} };
}

/** The last path segment of a URL, which is what people call the file. */
function displayName(url: string): string {
  const path = new URL(url).pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return shownName(decodeURIComponent(last) || url);
  } catch {
    // A malformed escape ("%") stays as it was written.
    return shownName(last || url);
  }
}
