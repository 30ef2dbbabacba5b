/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import type { OutputChunk, PreRenderedChunk } from 'rolldown';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { europeGeometryJson } from './scripts/europeGeometry.ts';
import { gazetteerJson } from './scripts/gazetteer.ts';
import { themeStylesheet } from './src/chart/theme.ts';
import { prerender } from './scripts/prerender.ts';

/**
 * The project data ships as files beside index.html (`data/*.json`), fetched at run time,
 * so a site owner can swap the file without a rebuild. In dev they are served from
 * `data/`; a build copies them to `dist/data/`.
 */
function projectDataFiles(): Plugin {
  const dir = 'data';
  const files = () => readdirSync(dir).filter((name) => name.endsWith('.json'));
  return {
    name: 'project-data-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const name = path.match(/\/data\/([^/]+\.json)$/)?.[1];
        if (!name || !files().includes(name)) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(join(dir, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dir, name)) });
      }
    },
  };
}

/**
 * A JSON file made at build time and shipped beside the page as `fileName`, fetched at run time
 * rather than bundled into the script; the dev server answers it the same way. Made once, when
 * first asked for.
 */
function builtJson(name: string, fileName: string, make: () => string): Plugin {
  let json: string | undefined;
  const made = () => (json ??= make());
  return {
    name,
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split('?')[0]?.endsWith(`/${fileName}`)) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(made());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: made() });
    },
  };
}

/** Europe's geometry, cut from world-atlas at build time (scripts/europeGeometry.ts). */
const europeGeometry = () => builtJson('europe-geometry', 'geo/europe.json', europeGeometryJson);

/** The importers' gazetteer of towns (scripts/gazetteer.ts), fetched only by the import worker when an export is opened. */
const townGazetteer = () => builtJson('town-gazetteer', 'geo/towns.json', gazetteerJson);

/**
 * The colour tokens (src/chart/theme.ts) as the page's custom properties, `virtual:theme.css`:
 * the page, the charts and the legends take their colours from the one set.
 */
function themeCss(): Plugin {
  const id = 'virtual:theme.css';
  const resolved = '\0theme.css';
  return {
    name: 'theme-css',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? themeStylesheet() : undefined),
  };
}

/**
 * The Content-Security-Policy of the built page, as a `<meta>` in index.html (a site can also
 * send it as a header). Scripts, styles, data, geometry and fonts come from the page's own
 * site only; no inline script but the one that decides whether the page drawn at build time
 * is shown (allowed by its hash, scripts/prerender.ts), no eval. Pictures may be `blob:`/`data:` (the PNG export draws
 * the chart's SVG through an image). Only in the build: the dev server injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, so it governs everything the page loads.
    transformIndexHtml: (html) =>
      html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Starts every download the first screen needs from index.html itself, so nothing waits on
 * anything else: the three views' chunks (and the chunks they import) as module preloads, the
 * built-in data file and Europe's geometry as fetch preloads (`crossorigin` so the app's own
 * `fetch` takes them over instead of asking again). Without them the page is a waterfall:
 * script → data → view chunks → geometry.
 */
export const PRELOADED_VIEWS = { map: '/src/map/MapView.svelte', budget: '/src/budget/BudgetView.svelte', timeline: '/src/timeline/TimelineView.svelte' } as const;
export const PRELOADED_FILES = ['data/innoindustry.json', 'geo/europe.json'];

function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const scripts = new Set<string>();
        const add = (chunk: OutputChunk) => {
          // The entry and what Vite already preloads for it are in the page as they are.
          if (chunk.isEntry || scripts.has(chunk.fileName) || html.includes(chunk.fileName)) return;
          scripts.add(chunk.fileName);
          for (const name of chunk.imports) add(byName.get(name)!);
        };
        for (const view of Object.values(PRELOADED_VIEWS)) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(view));
          if (!chunk) throw new Error(`no chunk for ${view}`);
          add(chunk);
        }
        return [
          ...PRELOADED_FILES.map((href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
          // Low priority, as in embed.html. In index.html the prerender step moves them into its gate
          // (scripts/prerender.ts): preloaded where the app draws the first screen, not where the drawing does.
          ...[...scripts].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `./${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/**
 * The built-in project drawn into index.html once the site is written (scripts/prerender.ts):
 * the page is readable at its first paint, before its scripts have run, and without them.
 */
function prerenderBuiltIn(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender-built-in',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    writeBundle: { order: 'post', sequential: true, handler: () => prerender(outDir) },
  };
}

/**
 * Chunk file names that say what is inside: `plot` (Observable Plot and the d3 it needs),
 * `chart-core` (the shared chart code), `map-chart` / `budget-chart` / `timeline-chart` (a
 * view's spec and renderer), instead of the name of whichever module happened to be first.
 */
function chunkFileName(chunk: PreRenderedChunk): string {
  const folders = chunk.moduleIds
    .filter((id) => !id.includes('node_modules') && id.includes('/src/'))
    .map((id) => id.split('/src/')[1]!.split('/')[0]!);
  let name = chunk.name;
  if (folders.length === 0 && chunk.moduleIds.some((id) => id.includes('@observablehq/plot'))) name = 'plot';
  else if (folders.length > 0 && ['render', 'spec', 'summary', 'sizes', 'readerState', 'src'].includes(name)) {
    const count = new Map<string, number>();
    for (const folder of folders) count.set(folder, (count.get(folder) ?? 0) + 1);
    const folder = [...count].sort((a, b) => b[1] - a[1])[0]![0];
    name = folder === 'chart' ? 'chart-core' : `${folder}-chart`;
  }
  return `assets/${name}-[hash].js`;
}

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of a web server.
  base: './',
  plugins: [svelte(), themeCss(), projectDataFiles(), europeGeometry(), townGazetteer(), contentSecurityPolicy(), preloadFirstScreen(), prerenderBuiltIn()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    // No warning that plugins take most of the build's time: they are meant to. The build draws the
    // built-in page in a headless Chromium (prerender-built-in, 2–3 s) and compiles the Svelte
    // components; bundling itself is a fraction of a second.
    rolldownOptions: { checks: { bundlerTimings: false }, output: { chunkFileNames: chunkFileName } },
  },
  test: {
    // Two files at a time on two cores. With pages handed from test to test (test/browser/harness.ts),
    // two workers keep both cores busy; a third only imports everything once more (measured, whole
    // `npm test`: 2 workers 184 s and 336 s of CPU, 3 workers 195 s and 375 s; 1 worker was 247 s;
    // again with each worker's pages kept from file to file: 2 workers 179 s, 3 workers 182 s).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Pure modules: one worker imports Plot, d3 and jsdom once for all its files rather than once per file (43 s → 24 s of imports).
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/*.test.ts'], environment: 'node', isolate: false, unstubGlobals: true },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'component', include: ['src/**/*.test.svelte.ts'], environment: 'jsdom', isolate: false, unstubGlobals: true },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Each file opens its own pages in its own browser contexts; the modules it imports to do so are shared.
          isolate: false,
          globalSetup: ['test/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page under a loaded machine (a full run on two cores) may take seconds to answer: a
          // condition polled for gets 10 s, not Vitest's 1 s (a broken feature still fails, later).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
