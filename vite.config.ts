/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { europeGeometryJson } from './scripts/europeGeometry.ts';
import { themeStylesheet } from './src/chart/theme.ts';

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
 * Europe's geometry, cut from world-atlas at build time (scripts/europeGeometry.ts) and
 * shipped as `geo/europe.json`, fetched at run time rather than bundled into the script.
 */
function europeGeometry(): Plugin {
  const fileName = 'geo/europe.json';
  let json: string | undefined;
  const geometry = () => (json ??= europeGeometryJson());
  return {
    name: 'europe-geometry',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.split('?')[0]?.endsWith(`/${fileName}`)) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(geometry());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: geometry() });
    },
  };
}

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
 * site only; no inline script, no eval. Pictures may be `blob:`/`data:` (the PNG export draws
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

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of a web server.
  base: './',
  plugins: [svelte(), themeCss(), projectDataFiles(), europeGeometry(), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: { name: 'component', include: ['src/**/*.test.svelte.ts'], environment: 'jsdom' },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
