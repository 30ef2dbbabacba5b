import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataLocation, decodeProjectBytes, fetchProject, loadFromPage, readProjectFile, shownName } from './load';

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
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'reachableFile', found: 'HTTP 404' }] });
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

describe('limits that hold while a body streams', () => {
  const stream = (chunks: number, chunkBytes: number, pulled: { count: number; cancelled?: boolean }, byte = 0x20) =>
    new ReadableStream<Uint8Array>({
      cancel() {
        pulled.cancelled = true;
      },
      pull(controller) {
        if (pulled.count >= chunks) return controller.close();
        pulled.count += 1;
        controller.enqueue(new Uint8Array(chunkBytes).fill(byte));
      },
    });

  test('a body without Content-Length is read until the limit, then cancelled, naming the limit', async () => {
    const pulled: { count: number; cancelled?: boolean } = { count: 0 };
    const loaded = await fetchProject('https://x.eu/endless.json', async () => new Response(stream(1_000_000, 64 * 1024, pulled)));
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'smallFile', found: '"> 2 MB"' }] });
    // 2 MB is 31 chunks of 64 KiB: it stopped right after the limit, not at the end of the stream.
    expect(pulled.count).toBeLessThan(40);
    expect(pulled.cancelled).toBe(true);
  });

  test('bytes are counted, not characters: 5.7 MB of CJK in 1.9 million characters is refused', async () => {
    const text = `{"summary":"${'漢'.repeat(1_900_000)}"}`;
    expect(text.length).toBeLessThan(2_000_000);
    const loaded = await fetchProject('https://x.eu/cjk.json', async () => new Response(text));
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'smallFile' }] });
    const picked = await readProjectFile(new File([text], 'cjk.json'));
    expect(picked.validation).toMatchObject({ ok: false, errors: [{ expected: 'smallFile', found: '"5.7 MB"' }] });
  });

  test('a gzip bomb counts for what it inflates to (the browser undoes the gzip before the body is read)', async () => {
    const compressed = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x20)]).stream().pipeThrough(new CompressionStream('gzip'));
    const bomb = new Uint8Array(await new Response(compressed).arrayBuffer());
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    const inflating = () => new Response(new Blob([bomb]).stream().pipeThrough(new DecompressionStream('gzip')));
    const loaded = await fetchProject('https://x.eu/bomb.json', async () => inflating());
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'smallFile', found: '"> 2 MB"' }] });
  });

  test('headers in time but a body too slow is "slow", not "no answer"', async () => {
    const controller = new AbortController();
    const loaded = fetchProject('https://x.eu/slow.json', async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new TextEncoder().encode('{"schemaVersion":'));
          init!.signal!.addEventListener('abort', () => stream.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body);
    }, controller.signal);
    setTimeout(() => controller.abort('timeout'), 10);
    expect((await loaded).validation).toMatchObject({ ok: false, errors: [{ expected: 'slowBody' }] });
  });
});

describe('what a file or an address may hold', () => {
  test.each([
    ['UTF-16 little-endian with its byte-order mark', [0xff, 0xfe], 'utf-16le'],
    ['UTF-16 big-endian with its byte-order mark', [0xfe, 0xff], 'utf-16be'],
    ['UTF-8 with a byte-order mark', [0xef, 0xbb, 0xbf], 'utf-8'],
  ])('%s is read', (_, bom, encoding) => {
    const text = '{"a":"Rīga"}';
    const body = encoding === 'utf-8' ? new TextEncoder().encode(text) : encodeUtf16(text, encoding === 'utf-16be');
    expect(decodeProjectBytes(new Uint8Array([...bom, ...body]))).toBe(text);
  });

  test('UTF-16 without a byte-order mark is read too (its zero bytes tell it)', () => {
    const text = '{"a":"Rīga"}';
    expect(decodeProjectBytes(new Uint8Array(encodeUtf16(text, false)))).toBe(text);
    expect(decodeProjectBytes(new Uint8Array(encodeUtf16(text, true)))).toBe(text);
    expect(decodeProjectBytes(new Uint8Array([0x7b]))).toBe('{');
    expect(decodeProjectBytes(new Uint8Array([]))).toBe('');
  });

  test('bytes in another encoding (Latin-1 "Rïga") are refused in our words, not shown garbled', async () => {
    const loaded = await readProjectFile(new File([new Uint8Array([0x7b, 0x22, 0x52, 0xef, 0x67, 0x61, 0x22, 0x7d])], 'latin1.json'));
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'utf8', found: 'latin1.json' }] });
  });

  test('a file that can no longer be read is said in our words, not the browser\'s', async () => {
    const gone = Object.assign(new Blob(['{}']), { name: 'gone.json', arrayBuffer: () => Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError')) });
    const loaded = await readProjectFile(gone);
    expect(loaded.validation).toMatchObject({ ok: false, errors: [{ expected: 'readableFile', found: 'gone.json' }] });
    expect(JSON.stringify(loaded)).not.toContain('could not be found');
  });

  test.each([
    ['%00', 'dataAddress'],
    ['%20%00', 'dataAddress'],
    ['x%E2%80%AEnosj.json', 'dataAddress'],
    ['.', 'dataAddress'],
    ['%3Flang%3Den', 'dataAddress'],
  ])('?data=%s does not load the page itself or reorder what it shows: %s', (query, expected) => {
    expect(dataLocation(`${page}&data=${query}`)).toMatchObject({ ok: false, problem: { expected } });
  });

  test('a name with a bidirectional override or a control shows each as its code; a 100,000-character one is shortened', () => {
    expect(shownName('evil\u202Enosj.json')).toBe('evil\\u202Enosj.json');
    expect(shownName('a\u0007b')).toBe('a\\u0007b');
    const long = shownName(`${'x'.repeat(100_000)}.json`);
    expect(long.length).toBe(80);
    expect(long).toMatch(/^x{50}…x+\.json$/);
  });

  test('a 100,000-character ?data= is named short in the heading and in the problem', async () => {
    const loaded = await loadFromPage(`${page}&data=${'y'.repeat(100_000)}.json`, async () => new Response('', { status: 404 }));
    expect(loaded.fileName.length).toBeLessThanOrEqual(80);
    expect(loaded.validation.ok ? '' : loaded.validation.errors[0]!.found!.length).toBeLessThanOrEqual(80);
  });
});

function encodeUtf16(text: string, bigEndian: boolean): number[] {
  return [...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8];
  });
}
