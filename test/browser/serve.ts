/**
 * Global setup of the browser tests: builds the site as `npm start` does (unless `npm test` has) and serves
 * `dist/` on a free local port, under a sub-path, to prove relative asset paths work.
 */
import { build } from 'vite';
import { serveSite } from '../../scripts/serveSite';
import { launchBrowserServer } from '../../scripts/browser';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { GENERATED, GENERATED_MAPS, generateMapProject, generateProject, hugeProject } from '../generate';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The run's one Chromium, which every browser test file connects to. */
    browserEndpoint: string;
    /** The command line it was started with. */
    browserSwitches: string[];
  }
}

export default async function setup(project: TestProject) {
  // `npm test` builds the site with `vite build` beside the type check and the lint, on the core they
  // leave idle, and says so (SITE_BUILT=1); Vitest run alone builds it here.
  if (process.env.SITE_BUILT !== '1') await buildSite();
  // Serve the built site from /sub/path/ and the fixtures beside it, as a site owner might.
  const root = join('test-results', 'site');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('dist', join(root, 'sub', 'path'), { recursive: true });
  cpSync(join('test', 'fixtures'), join(root, 'sub', 'path', 'fixtures'), { recursive: true });
  for (const [name, options] of Object.entries(GENERATED)) {
    writeFileSync(join(root, 'sub', 'path', 'fixtures', `${name}.json`), JSON.stringify(generateProject(options)));
  }
  for (const [name, [seed, partners, events]] of Object.entries(GENERATED_MAPS)) {
    writeFileSync(join(root, 'sub', 'path', 'fixtures', `${name}.json`), JSON.stringify(generateMapProject(seed, partners, events)));
  }
  writeFileSync(join(root, 'sub', 'path', 'fixtures', 'huge.json'), hugeProject());
  const [site, chromium] = await Promise.all([serveSite(root, { hashedFilesCached: true, compressed: false }), launchBrowserServer()]);
  project.provide('baseUrl', `${site.url}sub/path/`);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  project.provide('browserSwitches', chromium.process().spawnargs);
  return async () => {
    await chromium.close();
    await site.close();
  };
}

/** The site as `npm run build` makes it. */
async function buildSite() {
  // Vitest runs with NODE_ENV=test, and Vite and Svelte take "production" from NODE_ENV: without
  // this the site built here would carry Svelte's development code, not what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
