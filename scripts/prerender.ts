/**
 * The built-in project drawn at build time into `index.html`, so the page is readable at its
 * first paint, before any script has run (and with scripts off).
 *
 * After `vite build` has written the site, the built page is opened in headless Chromium, in
 * English, light colours, at a desktop width (1,280 px: every screen from 700 px up, the charts
 * scaled below the page's full 72rem) and a phone width (360 px: below 700 px); once the app has
 * drawn every view, its DOM is taken as HTML, cleaned (see `cleanSnapshot`) and written into
 * `index.html`, each copy in a closed declarative shadow root of its own (its ids stay its own,
 * and the app's DOM beside it never meets it), with the page's stylesheets linked inside.
 *
 * A small inline script in the head (`gateBefore`, allowed by its hash in the Content-Security-
 * Policy) decides before any of it is parsed or painted: the drawing is shown only where the app
 * would draw the same page — no parameter in the address but `?lang=` of its language, a
 * browser language that chooses it, no dark colours asked for. Elsewhere it is hidden, removed
 * by the script after it (`GATE_AFTER`), and the page starts with its loading line as before. The app then lays itself out unseen beneath the
 * drawing and takes its place in one frame (`src/main.ts`).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import simplify from 'simplify-js';
import type { Browser } from 'playwright-core';
import { EMBED_PAGE } from '../src/share/embedPage.ts';
import { GEOMETRY_PATH } from '../src/map/geometryPath.ts';
import { escapeMarkup } from '../src/chart/markup.ts';

export const PRERENDERED_LANGUAGE = 'en';
/** The widths drawn: `wide` shown from 700 px up, `narrow` below (the media query in src/app.css). */
export const PRERENDERED_WIDTHS = { wide: 1280, narrow: 360 } as const;
type Width = keyof typeof PRERENDERED_WIDTHS;

/**
 * Runs in the page before the drawing is parsed (so before any paint of it): says on the root
 * element whether the drawing is shown (`data-drawing="shown"`) or hidden, which the page's
 * styles follow. Shown only where the app would draw the same page. Where it is hidden the app
 * draws the first screen, so the views' code is preloaded at once (`viewPreloads`, taken out of
 * the head, and the map's geometry); where it is shown they are not: measured, their downloads held
 * the drawing's first paint back by ~80 ms (232 vs 312 ms) and the app was in charge no sooner with
 * them (627 vs 638 ms); and the app asks for a view's code only once it nears the screen.
 * It also defines `<dashboard-drawing>`, the drawing's hosts, so that the app can reach their
 * closed roots (`window.dashboardDrawings()`). Where the drawing is shown it answers a pointer
 * moved or pressed over a drawn map mark with the mark's tooltip (`answerPointer`: the lines the
 * build wrote on the mark, `data-tip`, see `drawingAt`), in the drawing and in the copies of it a
 * view kept drawn shows (also `<dashboard-drawing>` elements), until the app has the map.
 * Plain ES2017; the one name it leaves is that function.
 * The language rule is `initialLanguage` (src/i18n/language.ts); a unit test holds them equal.
 */
export const gateBefore = (drawnIn: string, viewPreloads: readonly string[] = [], filePreloads: readonly string[] = []) => `(function () {
  var drawings = [];
  customElements.define('dashboard-drawing', class extends HTMLElement {
    constructor() { super(); drawings.push(this.attachInternals()); }
  });
  window.dashboardDrawings = function () { return drawings.map(function (internals) { return internals.shadowRoot; }); };
  var query = new URLSearchParams(location.search), own = true, lang = query.get('lang');
  query.forEach(function (value, key) { if (key !== 'lang') own = false; });
  if (lang !== 'en' && lang !== 'lv') {
    lang = 'en';
    var preferred = navigator.languages || [navigator.language];
    for (var i = 0; i < preferred.length; i++) {
      var tag = String(preferred[i]).slice(0, 2).toLowerCase();
      if (tag === 'en' || tag === 'lv') { lang = tag; break; }
    }
  }
  var shown = own && lang === '${drawnIn}' && !matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.setAttribute('data-drawing', shown ? 'shown' : 'hidden');
  if (shown) return answerPointer();
  var views = ${JSON.stringify(viewPreloads)}, files = ${JSON.stringify(filePreloads)}, link, i;
  for (i = 0; i < views.length; i++) {
    link = document.createElement('link');
    link.rel = 'modulepreload'; link.crossOrigin = ''; link.href = views[i];
    document.head.appendChild(link);
  }
  for (i = 0; i < files.length; i++) {
    link = document.createElement('link');
    link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous'; link.href = files[i];
    document.head.appendChild(link);
  }

  function answerPointer() {
    var tip = null, tipKey = null, hideTimer = 0;
    function shownRoots() {
      return window.dashboardDrawings().filter(function (root) { return root && root.host.isConnected && root.host.getClientRects().length > 0; });
    }
    function hide() {
      clearTimeout(hideTimer);
      hideTimer = 0; tip = null; tipKey = null;
      window.dashboardDrawings().forEach(function (root) {
        if (root) root.querySelectorAll('[data-drawn-tip]').forEach(function (old) { old.remove(); });
      });
    }
    function markAt(x, y) {
      var roots = shownRoots(), point = new DOMPoint(x, y), svg = null, box = null, r, m, s;
      for (r = 0; r < roots.length; r++) {
        var marks = roots[r].querySelectorAll('[data-tip]');
        for (m = marks.length - 1; m >= 0; m--) {
          var mark = marks[m];
          // The chart's box, measured once for all its marks.
          if (mark.ownerSVGElement !== svg) { svg = mark.ownerSVGElement; box = svg && svg.getBoundingClientRect(); }
          if (!box || x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
          var shapes = mark instanceof SVGGeometryElement ? [mark] : mark.querySelectorAll('circle, rect, path, ellipse, polygon');
          for (s = 0; s < shapes.length; s++) {
            var matrix = shapes[s].getScreenCTM();
            if (matrix && shapes[s].isPointInFill(point.matrixTransform(matrix.inverse()))) return mark;
          }
        }
      }
      return null;
    }
    function show(mark) {
      var key = mark.getAttribute('data-key'), host = mark.closest('.chart-host'), lines;
      clearTimeout(hideTimer);
      hideTimer = 0;
      if (tip && tipKey === key && tip.isConnected && tip.getRootNode() === mark.getRootNode()) return;
      hide();
      if (!host) return;
      lines = mark.getAttribute('data-tip').split('\\n');
      tip = document.createElement('div');
      tip.className = 'tooltip';
      tip.setAttribute('aria-hidden', 'true');
      tip.setAttribute('data-drawn-tip', key);
      lines.forEach(function (text, index) {
        var line = document.createElement('div');
        if (index === 0) line.className = 'tooltip-title';
        line.textContent = text;
        tip.appendChild(line);
      });
      var box = mark.getBoundingClientRect(), frame = host.getBoundingClientRect(), left = box.left - frame.left + box.width / 2;
      tip.style.left = left + 'px';
      tip.style.top = box.top - frame.top + 'px';
      host.appendChild(tip);
      tipKey = key;
      var placed = tip.getBoundingClientRect(), overLeft = 8 - placed.left, overRight = placed.right - (document.documentElement.clientWidth - 8);
      if (overLeft > 0) tip.style.left = left + overLeft + 'px';
      else if (overRight > 0) tip.style.left = left - overRight + 'px';
    }
    function pointed(event) {
      var mark = markAt(event.clientX, event.clientY);
      if (mark) return show(mark);
      if (!tip || hideTimer) return;
      var over = tip.getBoundingClientRect();
      if (event.clientX < over.left || event.clientX > over.right || event.clientY < over.top || event.clientY > over.bottom) hideTimer = setTimeout(hide, 300);
    }
    document.addEventListener('pointermove', pointed, { capture: true, passive: true });
    document.addEventListener('pointerdown', pointed, { capture: true, passive: true });
    document.addEventListener('keydown', function (event) { if (event.key === 'Escape' && tip) hide(); }, true);
  }
})();`;

/**
 * Runs right after the drawing is parsed: a hidden one is removed; a shown one is made inert
 * (its controls do nothing until the app takes its place) and its moment marked for the benchmark.
 * Should the app not take its place within `APP_WAIT_MS` (its script failed, or never came),
 * the drawing is no longer inert: its links and tables work as they do without scripts.
 */
export const APP_WAIT_MS = 10_000;
export const GATE_AFTER = `(function () {
  var drawing = document.getElementById('prerendered');
  if (!drawing) return;
  if (document.documentElement.getAttribute('data-drawing') !== 'shown') { drawing.remove(); return; }
  var hosts = drawing.children, i;
  for (i = 0; i < hosts.length; i++) hosts[i].inert = true;
  performance.mark('dashboard:prerendered');
  setTimeout(function () { for (var j = 0; j < hosts.length; j++) hosts[j].inert = false; }, ${APP_WAIT_MS});
})();`;

/** `'sha256-…'` of an inline script, for the Content-Security-Policy. */
export const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** How far (px) a drawn outline may stray from the app's: the app's outline replaces it at the takeover. */
export const OUTLINE_TOLERANCE_PX = 1;

/**
 * A country outline (absolute M/L/Z from the map's outline writer) made small for the page:
 * whole pixels, relative steps, repeated points dropped, points within `OUTLINE_TOLERANCE_PX` of
 * the line through their neighbours dropped, rings wholly outside the `width`×`height` view and
 * rings that shrink to a line dropped. Anything else is returned as it is.
 */
export function compactOutline(d: string, width: number, height: number): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  const rings: string[] = [];
  for (const ring of d.match(/M[^M]*/g) ?? []) {
    const points = [...ring.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    if (points.length === 0) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    if (Math.max(...xs) < 0 || Math.min(...xs) > width || Math.max(...ys) < 0 || Math.min(...ys) > height) continue;
    const kept: [number, number][] = [];
    for (const [x, y] of points) {
      const point: [number, number] = [Math.round(x), Math.round(y)];
      const last = kept[kept.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) kept.push(point);
    }
    if (kept.length < 3) continue;
    // Points within a pixel of the line through their neighbours add nothing at this size (Douglas–Peucker).
    const closed = [...kept, kept[0]!].map(([x, y]) => ({ x, y }));
    const simple = simplify(closed, OUTLINE_TOLERANCE_PX, true).slice(0, -1);
    if (simple.length < 3) continue;
    kept.splice(0, kept.length, ...simple.map((p): [number, number] => [p.x, p.y]));
    let path = `M${kept[0]![0]},${kept[0]![1]}`;
    for (let i = 1; i < kept.length; i++) {
      const dx = kept[i]![0] - kept[i - 1]![0];
      const dy = kept[i]![1] - kept[i - 1]![1];
      path += `l${dx}${dy < 0 ? '' : ','}${dy}`;
    }
    rings.push(`${path}z`);
  }
  return rings.join('');
}

/**
 * The app's DOM as taken from the page, made ready to stand in index.html: comments (the
 * framework's anchors) and empty `style` attributes dropped, the hit-area flag dropped (the
 * drawing is not interactive), country outlines compacted. The page's Content-Security-Policy
 * allows no inline style, so a snapshot with one is refused rather than shown wrong.
 */
export function cleanSnapshot(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="snapshot">${html}</div></body></html>`);
  const root = document.getElementById('snapshot')!;
  const comments: ChildNode[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 8) comments.push(child as ChildNode);
      else walk(child);
    }
  };
  walk(root);
  for (const comment of comments) comment.remove();
  for (const element of root.querySelectorAll('[style]')) {
    if (element.getAttribute('style')!.trim() !== '') throw new Error(`prerender: an inline style on <${element.tagName.toLowerCase()}> would be refused by the page's Content-Security-Policy`);
    element.removeAttribute('style');
  }
  for (const element of root.querySelectorAll('[data-hit-areas]')) element.removeAttribute('data-hit-areas');
  for (const map of root.querySelectorAll('svg[data-map]')) {
    const [, , width, height] = (map.getAttribute('viewBox') ?? '').split(' ').map(Number);
    for (const outline of map.querySelectorAll('[data-layer="countries"] path[d]')) {
      const d = compactOutline(outline.getAttribute('d')!, width ?? 0, height ?? 0);
      if (d === '') outline.remove();
      else outline.setAttribute('d', d);
    }
  }
  return root.innerHTML;
}

/** The head's preload of the map's geometry (preloadFirstScreen in vite.config.ts). */
const GEOMETRY_PRELOAD = new RegExp(`\\s*<link rel="preload" href="${GEOMETRY_PATH.replace('.', '\\.')}"[^>]*>`);

/**
 * The page with its drawings: the first gate in the head, `#prerendered` after `#app`, the second
 * gate after it, the gates' hashes in the policy. Inside each shadow root, a `<noscript>` flag the
 * styles read: without scripts the controls that need them are not shown. Each copy's host is a
 * `<dashboard-drawing>`, an element the first gate defines so that it can hand the app the closed
 * roots (`window.dashboardDrawings()`, src/page/drawnViews.ts): the app keeps the drawing of the
 * views the reader cannot see yet until they near the screen. `title`, the app's title for the page
 * drawn, takes the place of the head's.
 */
export function withPrerendered(indexHtml: string, drawings: Record<Width, string>, stylesheets: string[], drawnOn: string, title?: string): string {
  // `crossorigin` as in the page's head, so each is the one download the head asked for.
  const links = stylesheets.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`).join('');
  // A stylesheet only a later chunk brings (a component's own styles) goes into the head too: the drawing needs it at its first paint.
  const head = stylesheets
    .filter((href) => !indexHtml.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}">\n  `)
    .join('');
  const copy = (width: Width) =>
    `<dashboard-drawing class="pre-${width}"><template shadowrootmode="closed">${links}<noscript><i class="no-script"></i></noscript><div class="prerendered-page prerendered-${width}">${drawings[width]}</div></template></dashboard-drawing>`;
  // The views' module preloads (preloadFirstScreen in vite.config.ts) and the map's geometry move from the head into the gate.
  const preload = /\s*<link rel="modulepreload" crossorigin fetchpriority="low" href="([^"]+)">/g;
  const viewPreloads = [...indexHtml.matchAll(preload)].map((m) => m[1]!);
  indexHtml = indexHtml.replace(preload, '');
  const filePreloads = GEOMETRY_PRELOAD.test(indexHtml) ? [GEOMETRY_PATH] : [];
  indexHtml = indexHtml.replace(GEOMETRY_PRELOAD, '');
  const before = gateBefore(PRERENDERED_LANGUAGE, viewPreloads, filePreloads);
  const block =
    `<div id="prerendered" data-lang="${PRERENDERED_LANGUAGE}" data-drawn="${drawnOn}">${copy('wide')}${copy('narrow')}</div>\n` +
    `    <script>${GATE_AFTER}</script>`;
  if (!indexHtml.includes('<div id="app">') || !/script-src 'self'/.test(indexHtml)) throw new Error('prerender: index.html has no #app or no script-src to allow the gate in');
  // The first gate goes in the head, right after the policy and before the stylesheet, so it runs at
  // once (a script after a stylesheet waits for it) and the views' code it preloads starts as early as the head's would.
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  if (!policy.test(indexHtml)) throw new Error('prerender: index.html has no Content-Security-Policy to put the gate after');
  // The page's title as the app gives it (the project's acronym, then the dashboard's name): a reader
  // without scripts, a bookmark and a link's preview name the project the page shows.
  if (title !== undefined) indexHtml = indexHtml.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeMarkup(title)}</title>`);
  const app = indexHtml.indexOf('<div id="app">');
  const appEnd = indexHtml.indexOf('</div>', app) + '</div>'.length;
  return (indexHtml.slice(0, appEnd) + `\n    ${block}` + indexHtml.slice(appEnd))
    .replace('</head>', `${head}</head>`)
    .replace(policy, (meta) => `${meta}\n    <script>${before}</script>`)
    .replace(/script-src 'self'/, `script-src 'self' ${scriptHash(before)} ${scriptHash(GATE_AFTER)}`);
}

/** Opens the built page at `width` and takes the app's DOM once every view is drawn. */
async function drawingAt(browser: Browser, url: string, width: number): Promise<{ html: string; stylesheets: string[]; title: string }> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', colorScheme: 'light', viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0, undefined, { timeout: 60_000 });
    if (errors.length > 0) throw new Error(`prerender: the page failed: ${errors.join('; ')}`);
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    return await page.evaluate(async (site) => {
      const app = document.getElementById('app')!;
      // Each map mark's tooltip, line by line, as the app shows it under the pointer: written on the
      // mark (`data-tip`), so the drawing answers a pointer before the app is there (the gate).
      const chart = app.querySelector<HTMLElement>('#map .chart-scroll')!;
      for (const mark of chart.querySelectorAll('svg[role="group"] [data-key]')) {
        mark.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
        await new Promise((done) => setTimeout(done));
        const tip = chart.closest('.chart-host')!.querySelector(':scope > .tooltip');
        const lines = tip ? [...tip.children].map((line) => line.textContent ?? '') : [];
        // One line of text each: a line break tells them apart.
        if (lines.length > 0) mark.setAttribute('data-tip', lines.map((line) => line.replace(/\s+/g, ' ')).join('\n'));
      }
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await new Promise((done) => setTimeout(done));
      if (app.querySelector('.tooltip')) throw new Error('prerender: a tooltip stayed open');
      // A checked box is a property, not an attribute: write it down so the HTML keeps it.
      for (const input of app.querySelectorAll('input')) input.toggleAttribute('checked', input.checked);
      const stylesheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => `./${link.href.slice(site.length)}`);
      return { html: app.innerHTML, stylesheets, title: document.title };
    }, url);
  } finally {
    await context.close();
  }
}

/**
 * The page for embeds: index.html without the preloads of the three views' code and of the map's
 * geometry. An embed shows one view, and asks for that one's code (and the map's, its geometry) itself:
 * a budget embed does not download the map.
 */
export function embedPage(indexHtml: string): string {
  return indexHtml
    .replace(/\s*<link rel="modulepreload" crossorigin fetchpriority="low" href="[^"]+">/g, '')
    .replace(GEOMETRY_PRELOAD, '');
}

/** Draws the built-in project into `outDir/index.html` (see the top of this file). */
export async function prerender(outDir: string): Promise<void> {
  const { serveSite } = await import('./serveSite.ts');
  const { launchBrowser } = await import('./browser.ts');
  const indexPath = join(outDir, 'index.html');
  const indexHtml = readFileSync(indexPath, 'utf8');
  if (indexHtml.includes('id="prerendered"')) return;
  // The page for embeds (src/share/links.ts): the same page without the drawing, which an embed never shows.
  writeFileSync(join(outDir, EMBED_PAGE), embedPage(indexHtml));
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    // A machine without a Chromium for this platform still builds a working site: the page starts
    // with its loading line, as embed.html does. (The tests, which need the browser too, will say so.)
    console.warn(`prerender: no browser to draw the built-in page with (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); index.html is left without it`);
    return;
  }
  const site = await serveSite(outDir);
  try {
    const wide = await drawingAt(browser, site.url, PRERENDERED_WIDTHS.wide);
    const narrow = await drawingAt(browser, site.url, PRERENDERED_WIDTHS.narrow);
    const drawings = { wide: cleanSnapshot(wide.html), narrow: cleanSnapshot(narrow.html) };
    const stylesheets = [...new Set([...wide.stylesheets, ...narrow.stylesheets])];
    writeFileSync(indexPath, withPrerendered(indexHtml, drawings, stylesheets, new Date().toISOString().slice(0, 10), wide.title));
  } finally {
    await browser.close();
    await site.close();
  }
}
