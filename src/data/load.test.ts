import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataLocation, fetchProject, loadFromPage, readProjectFile } from './load';

const page = 'https://dash.example.eu/projects/?lang=lv';

describe('where the data comes from', () => {
  test.each([
    [page, 'https://dash.example.eu/projects/data/innoindustry.json'],
    [`${page}&data=other.json`, 'https://dash.example.eu/projects/other.json'],
    [`${page}&data=/files/x.json`, 'https://dash.example.eu/files/x.json'],
    [`${page}&data=${encodeURIComponent('https://dash.example.eu/y.json')}`, 'https://dash.example.eu/y.json'],
  ])('%s loads %s', (pageUrl, expected) => {
    expect(dataLocation(pageUrl)).toEqual({ ok: true, url: expected });
  });

  test.each([
    'https://elsewhere.example.org/x.json',
    '//elsewhere.example.org/x.json',
    'http://dash.example.eu/x.json',
    'javascript:alert(1)',
  ])('%s is refused as another origin', (requested) => {
    const location = dataLocation(`${page}&data=${encodeURIComponent(requested)}`);
    expect(location).toMatchObject({ ok: false, problem: { expected: 'sameOrigin', found: requested } });
  });

  test('a refused URL never reaches fetch', async () => {
    let called = false;
    const loaded = await loadFromPage(`${page}&data=https://evil.example.org/x.json`, async () => {
      called = true;
      return new Response('{}');
    });
    expect(called).toBe(false);
    expect(loaded.validation.ok).toBe(false);
  });
});

describe('fetching', () => {
  const json = readFileSync('data/innoindustry.json', 'utf8');

  test('a good response is validated and named by its file name', async () => {
    const loaded = await fetchProject('https://x.eu/a/innoindustry.json', async () => new Response(json));
    expect(loaded.fileName).toBe('innoindustry.json');
    expect(loaded.validation.ok).toBe(true);
  });

  test('an HTTP error is a problem that names the status', async () => {
    const loaded = await fetchProject('https://x.eu/missing.json', async () => new Response('', { status: 404, statusText: 'Not Found' }));
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'reachableFile', found: 'HTTP 404 Not Found' }] });
  });

  test("a network failure is a problem in the reader's words, never the browser's error text", async () => {
    const loaded = await fetchProject('https://x.eu/a.json', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'answered', found: 'https://x.eu/a.json' }] });
    expect(JSON.stringify(loaded)).not.toContain('Failed to fetch');
  });

  test('a redirect is not followed: it is refused with its own problem', async () => {
    let asked: RequestInit | undefined;
    const loaded = await fetchProject('https://x.eu/a.json', async (_url, init) => {
      asked = init;
      return new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/b.json' } });
    });
    expect(asked?.redirect).toBe('manual');
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'noRedirect' }] });
  });

  test('a request cut by the timeout says it took too long', async () => {
    const controller = new AbortController();
    const loaded = fetchProject('https://x.eu/slow.json', (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))), controller.signal);
    controller.abort('timeout');
    expect((await loaded).validation).toMatchObject({ ok: false, errors: [{ expected: 'inTime' }] });
  });

  test('a local file is read and validated', async () => {
    const file = new File([json], 'mine.json', { type: 'application/json' });
    const loaded = await readProjectFile(file);
    expect(loaded).toMatchObject({ fileName: 'mine.json', validation: { ok: true } });
  });
});
