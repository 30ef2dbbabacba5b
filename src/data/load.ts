/**
 * The only I/O of the app: fetching a data file by URL or reading one the user picked.
 * Whatever happens, the result is a Validation, so a network failure is reported the
 * same way as a bad field.
 */
import { LIMITS, tooLarge, validateProjectText, type Validation } from './validate';
import type { Problem } from './problems';

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
  let url: URL;
  try {
    url = new URL(requested, page);
  } catch {
    return { ok: false, problem: loadProblem('sameOrigin', requested) };
  }
  if (url.origin !== page.origin) return { ok: false, problem: loadProblem('sameOrigin', requested) };
  return { ok: true, url: url.href };
}

/**
 * Fetches a data file. A redirect is not followed (`redirect: 'manual'`): a same-site address
 * that redirects elsewhere would otherwise load another site's file, so no request ever leaves
 * for another host. `signal` cancels (the reader's Cancel, or the timeout). Every failure
 * becomes a problem in the reader's words; the browser's own error text is never shown.
 */
export async function fetchProject(url: string, fetchFile: typeof fetch = fetch, signal?: AbortSignal): Promise<Loaded> {
  const fileName = displayName(url);
  try {
    const response = await fetchFile(url, { headers: { Accept: 'application/json' }, redirect: 'manual', signal });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return failed(fileName, loadProblem('noRedirect', url));
    if (!response.ok) return failed(fileName, loadProblem('reachableFile', `HTTP ${response.status} ${response.statusText}`.trim()));
    // A file above the limit is refused before its body is read, when the server says its size.
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > LIMITS.fileBytes) {
      void response.body?.cancel().catch(() => undefined);
      return { fileName, validation: tooLarge(declared) };
    }
    const text = await response.text();
    return { fileName, text, validation: validateProjectText(text) };
  } catch {
    if (signal?.aborted) return failed(fileName, loadProblem(signal.reason === 'timeout' ? 'inTime' : 'reachableFile', signal.reason === 'timeout' ? `${LOAD_TIMEOUT_MS / 1000} s` : url));
    return failed(fileName, loadProblem('answered', url));
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
  if (!where.ok) return Promise.resolve(failed(where.problem.found ?? '', where.problem));
  return fetchProject(where.url, fetchFile, signal);
}

export async function readProjectFile(file: Blob & { name: string }): Promise<Loaded> {
  if (file.size > LIMITS.fileBytes) return { fileName: file.name, validation: tooLarge(file.size) };
  try {
    const text = await file.text();
    return { fileName: file.name, text, validation: validateProjectText(text) };
  } catch (error) {
    return failed(file.name, loadProblem('reachableFile', error instanceof Error ? error.message : String(error)));
  }
}

function failed(fileName: string, problem: Problem): Loaded {
  return { fileName, validation: { ok: false, errors: [problem], warnings: [] } };
}

function loadProblem(expected: 'reachableFile' | 'sameOrigin' | 'noRedirect' | 'inTime' | 'answered', found: string): Problem {
  return { severity: 'error', path: '', expected, found, params: {} };
}

/** The last path segment of a URL, which is what people call the file. */
function displayName(url: string): string {
  const path = new URL(url).pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || url;
  } catch {
    // A malformed escape ("%") stays as it was written.
    return last || url;
  }
}
