import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ProjectStore } from './projectStore.svelte';
import { validateProjectText } from './validate';
import type { Loaded } from './load';

const good: Loaded = { fileName: 'good.json', validation: validateProjectText(readFileSync('data/innoindustry.json', 'utf8')) };
const bad: Loaded = { fileName: 'bad.json', validation: validateProjectText('{') };

describe('the project store', () => {
  test('a good file is shown; a bad one after it keeps it on screen and lists its problems', async () => {
    const store = new ProjectStore();
    await store.load('good.json', async () => good);
    expect(store.status).toBe('ready');
    expect(store.project?.acronym).toBe('InnoIndustry');
    await store.load('bad.json', async () => bad);
    expect(store.status).toBe('failed');
    expect(store.project?.acronym).toBe('InnoIndustry');
    expect(store.errors).toHaveLength(1);
    expect(store.fileName).toBe('bad.json');
  });

  test('a slow load that ends after a newer one is dropped', async () => {
    const store = new ProjectStore();
    let finishSlow: (loaded: Loaded) => void = () => {};
    const slow = store.load('slow.json', () => new Promise<Loaded>((resolve) => (finishSlow = resolve)));
    await store.load('good.json', async () => good);
    finishSlow(bad);
    await slow;
    expect(store.status).toBe('ready');
    expect(store.errors).toEqual([]);
  });

  test("an exception while loading becomes a problem in the reader's words, not a crash", async () => {
    const store = new ProjectStore();
    await store.load('x.json', async () => {
      throw new Error('boom');
    });
    expect(store.status).toBe('failed');
    expect(store.errors[0]).toMatchObject({ expected: 'reachableFile', found: 'x.json' });
    // The error's own text is kept for developers, out of what the page shows.
    expect(store.errors[0]?.found).not.toContain('boom');
  });
});
