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

  test('a network failure is a problem, not an exception', async () => {
    const loaded = await fetchProject('https://x.eu/a.json', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'reachableFile', found: 'Failed to fetch' }] });
  });

  test('a local file is read and validated', async () => {
    const file = new File([json], 'mine.json', { type: 'application/json' });
    const loaded = await readProjectFile(file);
    expect(loaded).toMatchObject({ fileName: 'mine.json', validation: { ok: true } });
  });
});
