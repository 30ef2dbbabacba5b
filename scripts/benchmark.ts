/**
 * Speed and size, measured and printed (never asserted): `npm run bench`.
 *
 * For the built-in project, a generated large one (200 partners in 40 countries, 500 events,
 * 8 phases) and one at the limits the dashboard accepts (500 partners, 2,000 events: the
 * longest task is what counts there), in headless Chromium on this machine, cold loads (a new
 * browser context each, so nothing is cached), medians of `--runs` loads (5 by default):
 * - bytes transferred by type (script, style, data, geometry, page) and the request count;
 *   bytes each view needs before it can start drawing (from the build's chunk graph);
 * - time to the header and to each chart, from the app's performance marks; the longest task;
 *   the JS heap after load (after a garbage collection);
 * - the tooltip's latency (the app's `dashboard:tooltip` measure: pointer event → the frame
 *   that shows it) and the hover, keyboard step, zoom and language switch as the Event Timing
 *   API sees them (input → next paint; it reports only events of 16 ms or more), each the median
 *   over 3 fresh pages;
 * - the four Lighthouse 12 scores on a simulated phone and on a desktop, from the median of
 *   `--lighthouse-runs` runs (3 by default; Lighthouse's own median run), with the range of the
 *   performance score (`--no-lighthouse` skips them).
 * - the same for the reference the budgets are ratios of: the three InnoIndustry charts built
 *   with Vega-Lite and vega-embed (`bench/reference/`), built and measured in the same run.
 * - pictures and the deck: a click on a PNG (2×, 1920 × 1080), an SVG or the deck until the file
 *   is there, per view, and `npm run export` on the command line (`scripts/benchPictures.ts`).
 * `--only pictures` measures the pictures alone; `--only loads` the built-in project's loads and the
 * reference alone (neither writes the figures).
 * The budgets of issue 14 are printed beside the figures. The figures are written to
 * `bench/latest.json` (the previous file is compared with, then replaced) and
 * `bench/README.md`.
 */
import { build, type Rollup } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, tmpdir, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serveSite } from './serveSite';
import { everyView, launchBrowser } from './browser';
import { lighthouseFigures, type LighthouseFigures } from './lighthouseRun';
import { BENCH_LARGE, BENCH_LIMIT, generateProject } from '../test/generate';
import { TIMING } from '../src/page/timing';
import { PRELOADED_FILES, PRELOADED_VIEWS } from '../vite.config';
import { keepWorkbook } from '../test/importFixtures';
import { openExport, projectFileOf } from '../src/import/index';
import { Gazetteer } from '../src/import/gazetteer';
import { gazetteerFile } from './gazetteer';
import { editorFigures, type EditorFigures } from './benchEditor';
import { pictureFigures, type PictureFigures } from './benchPictures';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const RUNS = Number(option('--runs') ?? 5);
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
/** One Lighthouse run's performance score moves by ~±5 on this machine: the median of several is kept. */
const LIGHTHOUSE_RUNS = Number(option('--lighthouse-runs') ?? 3);
/** `--only pictures`: the pictures alone; `--only loads`: the built-in project's loads and the reference alone. Neither writes the figures. */
const ONLY = option('--only');
const PICTURES_ONLY = ONLY === 'pictures';
const LOADS_ONLY = ONLY === 'loads';
const VIEWS = ['map', 'budget', 'timeline'] as const;
type View = (typeof VIEWS)[number];

/** The budgets of issue 14, in the units printed. */
const BUDGET = {
  allCharts: 165,
  header: 80,
  map: 120,
  totalKB: 175,
  beforeFirstChartKB: 60,
  heapMB: 8,
  tooltip: 16,
  largeAllCharts: 1000,
  largeInteraction: 50,
  largeHeapMB: 50,
  lighthousePerformance: 95,
  /** Issue 13: the main thread never held longer than about this on the largest accepted file. */
  limitLongestTask: 200,
  /** Issue 24: a PNG at 2× made in the page, median. */
  png2x: 250,
} as const;

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]!;
};
/** The median of each figure of a record over the runs. */
function medians<T extends Record<string, number>>(records: T[]): T {
  return Object.fromEntries(Object.keys(records[0]!).map((key) => [key, median(records.map((record) => record[key]!))])) as T;
}
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gz = (content: string | Uint8Array) => gzipSync(content, { level: 6 }).length;

// --- Build -----------------------------------------------------------------------------------
const built = (await build({ logLevel: 'silent' })) as Rollup.RollupOutput | Rollup.RollupOutput[];
const output = (Array.isArray(built) ? built : [built]).flatMap((o) => o.output);
mkdirSync('dist/bench', { recursive: true });
writeFileSync('dist/bench/large.json', JSON.stringify(generateProject(BENCH_LARGE)));
writeFileSync('dist/bench/limit.json', JSON.stringify(generateProject(BENCH_LIMIT)));
// The reference: the same charts with Vega-Lite (bench/reference/), beside the site, on its own config.
await build({ configFile: false, root: 'bench/reference', base: './', logLevel: 'silent', build: { outDir: resolve('dist/reference'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 } });
copyFileSync('node_modules/world-atlas/countries-110m.json', 'dist/reference/countries-110m.json');

/**
 * What a view needs before it can start drawing: the page, its styles, the entry script and
 * everything it imports, the view's chunk and everything that imports, the data file and (for
 * the map) the geometry. Gzipped sizes from the build, so they do not depend on a run.
 */
function bytesBeforeDrawing(dataFile: string): Record<View, number> {
  const chunks = new Map(output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (start: Rollup.OutputChunk, into = new Set<string>()) => {
    if (into.has(start.fileName)) return into;
    into.add(start.fileName);
    for (const name of start.imports) closure(chunks.get(name)!, into);
    return into;
  };
  const entry = [...chunks.values()].find((c) => c.isEntry)!;
  const page = gz(readFileSync('dist/index.html')) + gz(readFileSync(`dist/${[...(entry.viteMetadata?.importedCss ?? [])][0]}`));
  const data = gz(readFileSync(dataFile));
  const geometry = gz(readFileSync('dist/geo/europe.json'));
  const files = (view: View) => {
    const chunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(PRELOADED_VIEWS[view]))!;
    return new Set([...closure(entry), ...closure(chunk)]);
  };
  const scripts = (view: View) => [...files(view)].reduce((sum, name) => sum + gz(chunks.get(name)!.code), 0);
  return Object.fromEntries(VIEWS.map((view) => [view, page + scripts(view) + data + (view === 'map' ? geometry : 0)])) as Record<View, number>;
}

/** What index.html's drawing of the page needs before it is on screen: the page and the stylesheets its head links. */
function bytesBeforeDrawingShown(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const styles = [...head.matchAll(/<link rel="stylesheet"[^>]* href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return gz(html) + styles.reduce((sum, file) => sum + gz(readFileSync(`dist/${file}`)), 0);
}

// --- Loads -----------------------------------------------------------------------------------
interface LoadFigures {
  bytes: { script: number; style: number; data: number; geometry: number; page: number; total: number };
  requests: number;
  /**
   * When each is on screen. Where index.html's drawing of the page is shown (the built-in
   * project, scripts/prerender.ts), that is the first paint once the drawing is parsed, for all
   * of them; `appInCharge` is when the app has taken its place (every chart interactive).
   * `drawn` is 1 where the drawing was shown.
   */
  ms: { header: number; map: number; budget: number; timeline: number; allCharts: number; appInCharge: number; longestTask: number };
  drawn: number;
  heapMB: number;
}

/** Watches long tasks and input events from before the page's first script. */
function watchPage() {
  const seen = { longTasks: [] as number[], events: [] as { name: string; start: number; duration: number }[] };
  (window as unknown as { __bench: typeof seen }).__bench = seen;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.longTasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration }))).observe({
    type: 'event',
    buffered: true,
    durationThreshold: 16,
  } as PerformanceObserverInit);
}

/** A cold browser context (nothing cached) with the tests' locale and time zone, `width` px wide. */
const coldContext = (width = 1280, height = 900) => browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width, height } });

async function openProject(url: string, width = 1280, height = 900): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await coldContext(width, height);
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, TIMING.interactive, { timeout: 60_000 });
  return { page, close: () => context.close() };
}

/** The phone Lighthouse simulates (a Moto G Power), in CSS pixels. */
const PHONE = { width: 412, height: 823 };

async function load(url: string, dataPath: string, screen = { width: 1280, height: 900 }): Promise<LoadFigures> {
  const { page, close } = await openProject(url, screen.width, screen.height);
  await page.waitForTimeout(500); // let the last tasks finish and report
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const inPage = await page.evaluate(
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    ({ names, dataPath }) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const bytes = { script: 0, style: 0, data: 0, geometry: 0, page: navigation.encodedBodySize, total: 0 };
      for (const resource of resources) {
        const path = new URL(resource.name).pathname;
        const type = path.endsWith('.js') ? 'script' : path.endsWith('.css') ? 'style' : path.endsWith(dataPath) ? 'data' : path.includes('/geo/') ? 'geometry' : 'page';
        bytes[type] += resource.encodedBodySize;
      }
      bytes.total = Object.values(bytes).reduce((a, b) => a + b, 0);
      const bench = (window as unknown as { __bench: { longTasks: number[] } }).__bench;
      const drawing = performance.getEntriesByName(names.prerendered)[0]?.startTime;
      const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      // The drawing is on screen at the first paint after it is parsed (the paint may come before, with part of it).
      const drawingShown = drawing === undefined ? undefined : Math.max(drawing, firstPaint ?? drawing);
      return {
        bytes,
        requests: resources.length + 1,
        times: names.shown.map((name) => drawingShown ?? performance.getEntriesByName(name)[0]?.startTime ?? NaN),
        appInCharge: performance.getEntriesByName(names.interactive)[0]?.startTime ?? NaN,
        drawn: drawing === undefined ? 0 : 1,
        longestTask: Math.max(0, ...bench.longTasks),
      };
    },
    { names: { shown: [TIMING.header, ...VIEWS.map((v) => TIMING.chart(v))], prerendered: TIMING.prerendered, interactive: TIMING.interactive }, dataPath },
  );
  await close();
  const [header, map, budget, timeline] = inPage.times as [number, number, number, number];
  return {
    bytes: inPage.bytes,
    requests: inPage.requests,
    ms: { header, map, budget, timeline, allCharts: Math.max(map, budget, timeline), appInCharge: inPage.appInCharge, longestTask: inPage.longestTask },
    drawn: inPage.drawn,
    heapMB: heap.usedSize / 1024 / 1024,
  };
}

/** The Vega-Lite page: bytes transferred and when each chart is drawn (its `reference:chart:<view>` marks). */
interface ReferenceFigures {
  bytes: number;
  requests: number;
  ms: { map: number; budget: number; timeline: number; allCharts: number };
  /** A tooltip on a map mark on screen, from navigation start (`firstInputAnswered`). */
  firstInputMs?: number;
}
async function loadReference(url: string): Promise<ReferenceFigures> {
  const context = await coldContext();
  const page = await context.newPage();
  await page.goto(url);
  const names = VIEWS.map((view) => `reference:chart:${view}`);
  await page.waitForFunction((names) => names.every((name) => performance.getEntriesByName(name).length > 0), names, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const figures = await page.evaluate((names) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      bytes: navigation.encodedBodySize + resources.reduce((sum, resource) => sum + resource.encodedBodySize, 0),
      requests: resources.length + 1,
      times: names.map((name) => performance.getEntriesByName(name)[0]!.startTime),
    };
  }, names);
  await context.close();
  const [map, budget, timeline] = figures.times as [number, number, number];
  return { bytes: figures.bytes, requests: figures.requests, ms: { map, budget, timeline, allCharts: Math.max(map, budget, timeline) } };
}

// --- The first input answered -----------------------------------------------------------------
/**
 * How soon a reader's first input is answered: on a cold load, the pointer is moved over a map
 * mark from the moment the page starts arriving (a real mouse move every ~10 ms, by a pixel each
 * time) until a tooltip is on screen, the app's or the drawing's (where the page drawn at build time
 * is shown, its marks answer the pointer before the app is there); the figure is the frame that
 * shows it, from navigation start.
 * The mark is found first on a page already loaded (its place is the same on every load), the
 * highest on the page; the window, the same for both pages, is tall enough to show it without
 * scrolling (`FIRST_INPUT_HEIGHT`: the dashboard's first map mark is below a 900 px screen). The
 * same for the Vega-Lite page (its tooltips are vega-embed's own), so the two are compared alike.
 */
const FIRST_INPUT_HEIGHT = 1400;
async function firstInputAnswered(url: string, markSelector: string, tipSelector: string): Promise<number> {
  const probe = await coldContext(1280, FIRST_INPUT_HEIGHT);
  const page = await probe.newPage();
  await page.goto(url);
  await page.locator(markSelector).first().waitFor({ timeout: 60_000 });
  // The mark nearest the top of the page (the first screen's, where there is one).
  const boxes = (await Promise.all((await page.locator(markSelector).all()).map((mark) => mark.boundingBox()))).filter((box): box is NonNullable<typeof box> => box !== null && box.width > 0);
  await probe.close();
  const box = boxes.sort((a, b) => a.y - b.y)[0];
  if (!box || box.y + box.height > FIRST_INPUT_HEIGHT) throw new Error(`no mark ${markSelector} on the first screen of ${url} (the highest at ${box?.y} px)`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await coldContext(1280, FIRST_INPUT_HEIGHT);
    const cold = await context.newPage();
    await cold.addInitScript((selector) => {
      const seen = { at: undefined as number | undefined };
      (window as unknown as { __firstTip: typeof seen }).__firstTip = seen;
      // Looked for in each frame, in the page and in the drawing made at build time (whose closed
      // roots its gate hands out, scripts/prerender.ts): the frame it is first found in shows it.
      // (Held in an array, not named: tsx would wrap a named function in a helper the page does not have.)
      const look: FrameRequestCallback[] = [];
      look.push(() => {
        const drawings = (window as unknown as { dashboardDrawings?: () => (ShadowRoot | null)[] }).dashboardDrawings?.() ?? [];
        const tips = [document.querySelector<HTMLElement>(selector), ...drawings.map((root) => root?.querySelector<HTMLElement>('.tooltip') ?? null)];
        if (tips.some((tip) => tip !== null && tip.getBoundingClientRect().width > 0 && getComputedStyle(tip).visibility !== 'hidden')) seen.at = performance.now();
        else requestAnimationFrame(look[0]!);
      });
      requestAnimationFrame(look[0]!);
    }, tipSelector);
    await cold.goto(url, { waitUntil: 'commit' });
    const started = Date.now();
    let at: number | null | undefined;
    for (let step = 0; Date.now() - started < 30_000; step++) {
      await cold.mouse.move(x + (step % 2), y);
      at = await cold.evaluate(() => (window as unknown as { __firstTip?: { at?: number } }).__firstTip?.at ?? null).catch(() => null);
      if (typeof at === 'number' && !Number.isNaN(at)) break;
      await cold.waitForTimeout(10);
    }
    await context.close();
    if (typeof at !== 'number' || Number.isNaN(at)) throw new Error(`no tooltip on ${url} within 30 s`);
    times.push(at);
  }
  return median(times);
}

// --- Interactions ----------------------------------------------------------------------------
/** Pages the interactions are tried on: each is one event, which moves by a frame or two between tries. */
const INTERACTION_RUNS = 3;

/** The median of each interaction over fresh pages (an event under 16 ms, which Event Timing does not report, counts as none). */
async function interactionsMedian(url: string): Promise<InteractionFigures> {
  const runs: InteractionFigures[] = [];
  for (let run = 0; run < INTERACTION_RUNS; run++) runs.push(await interactions(url));
  const event = (key: keyof InteractionFigures['eventMs']) => median(runs.map((r) => r.eventMs[key] ?? 0)) || null;
  return {
    tooltipMs: median(runs.map((r) => r.tooltipMs)),
    eventMs: { hover: event('hover'), keyboardStep: event('keyboardStep'), zoom: event('zoom'), languageSwitch: event('languageSwitch') },
  };
}

interface InteractionFigures {
  /** The app's measure, pointer event → frame, median of hovering several marks. */
  tooltipMs: number;
  /** Longest input → next paint the Event Timing API saw; null: every event under 16 ms. */
  eventMs: { hover: number | null; keyboardStep: number | null; zoom: number | null; languageSwitch: number | null };
}

async function interactions(url: string): Promise<InteractionFigures> {
  const { page, close } = await openProject(url);
  await page.waitForTimeout(500);
  /** Runs `act`, then reads the longest event since it began. */
  const timed = async (act: () => Promise<void>) => {
    const since = await page.evaluate(() => performance.now());
    await act();
    await page.waitForTimeout(400);
    return page.evaluate((since) => {
      const events = (window as unknown as { __bench: { events: { start: number; duration: number }[] } }).__bench.events.filter((e) => e.start >= since);
      return events.length === 0 ? null : Math.max(...events.map((e) => e.duration));
    }, since);
  };
  // The views further down the page are the app's once they near the screen or are used.
  await everyView(page);
  const marks = page.locator('#budget svg [data-key]');
  await marks.first().scrollIntoViewIfNeeded();
  let hover: number | null = null;
  const count = Math.min(6, await marks.count());
  for (let i = 0; i < count; i++) {
    const box = await marks.nth(i).boundingBox();
    if (!box) continue;
    const took = await timed(() => page.mouse.move(box.x + box.width / 2, box.y + box.height / 2));
    if (took !== null) hover = Math.max(hover ?? 0, took);
  }
  const tooltipMs = median(await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), TIMING.tooltip));
  const keyboardStep = await timed(async () => {
    await page.locator('#timeline svg [data-key][tabindex="0"]').first().focus();
    await page.keyboard.press('ArrowRight');
  });
  const zoom = await timed(async () => {
    await page.locator('#map svg').first().scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Zoom in' }).click();
  });
  const languageSwitch = await timed(async () => {
    await page.locator('.app-bar input[value="lv"]').check();
    await page.locator('html[lang="lv"]').waitFor({ state: 'attached' });
  });
  await close();
  return { tooltipMs, eventMs: { hover, keyboardStep, zoom, languageSwitch } };
}

// --- Run -------------------------------------------------------------------------------------
type Kind = 'built-in' | 'large' | 'limit';
interface ProjectFigures {
  kind: Kind;
  name: string;
  loads: LoadFigures;
  bytesBeforeDrawingKB: Record<View, number>;
  /** Where the drawing made at build time is shown: the bytes it needs to be on screen. */
  bytesBeforeDrawingShownKB?: number;
  interactions: InteractionFigures;
  /** The built-in project: a tooltip on a map mark on screen, from navigation start (`firstInputAnswered`). */
  firstInputMs?: number;
  /** The built-in project loaded on a phone's screen (`PHONE`): what it transfers, and when the app is in charge. */
  phone?: { bytes: LoadFigures['bytes']; requests: number; appInChargeMs: number };
  lighthouse?: Record<'mobile' | 'desktop', LighthouseFigures>;
}

/** Importing a 2,000-project, 20,000-partner keep.eu export: in Node (what the command line does, and the whole command) and in the page. */
interface ImportFigures {
  fileKB: number;
  nodeReadMs: number;
  nodeBuildMs: number;
  cliMs: number;
  pageListedMs: number;
  pageShownMs: number;
}

async function importFigures(url: string): Promise<ImportFigures> {
  const workbook = await keepWorkbook({ extraProjects: 2_000, partnersEach: 10 });
  const path = join(tmpdir(), 'bench-keep-2000.xlsx');
  writeFileSync(path, workbook);
  const gazetteer = new Gazetteer(gazetteerFile());
  const reads: number[] = [];
  const builds: number[] = [];
  const clis: number[] = [];
  const listed: number[] = [];
  const shown: number[] = [];
  for (let run = 0; run < 3; run++) {
    let started = performance.now();
    const opened = await openExport([{ name: 'keep.xlsx', bytes: workbook }], async () => gazetteer);
    reads.push(performance.now() - started);
    if (!opened.ok) throw new Error('the bench export did not open');
    started = performance.now();
    projectFileOf(opened.projects.at(-1)!, { fileName: 'keep.xlsx', downloaded: '2026-12-03', gazetteer });
    builds.push(performance.now() - started);
    started = performance.now();
    execFileSync('npx', ['tsx', 'scripts/import.ts', path, '--project', 'GEN1999'], { stdio: 'ignore' });
    clis.push(performance.now() - started);
    const { page, close } = await openProject(url, 1280);
    await everyView(page);
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    started = performance.now();
    await page.locator('input[type=file]').setInputFiles({ name: 'keep.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) });
    await page.locator('[data-import-picker]').waitFor({ timeout: 60_000 });
    listed.push(performance.now() - started);
    await page.locator('[data-import-picker] input').fill('GEN1999');
    started = performance.now();
    await page.locator('[data-import-project]').first().click();
    await page.locator('[data-import-notice]').waitFor({ timeout: 60_000 });
    shown.push(performance.now() - started);
    await close();
  }
  return { fileKB: kb(workbook.byteLength), nodeReadMs: median(reads), nodeBuildMs: median(builds), cliMs: median(clis), pageListedMs: median(listed), pageShownMs: median(shown) };
}

const site = await serveSite();
const browser = await launchBrowser();
/** The browser measured with, by its version (not where this machine keeps it). */
const chromiumVersion = browser.version();
const projects: { kind: Kind; name: string; url: string; dataPath: string; file: string }[] = [
  { kind: 'built-in', name: 'built-in (InnoIndustry)', url: site.url, dataPath: PRELOADED_FILES[0]!, file: `dist/${PRELOADED_FILES[0]}` },
  { kind: 'large', name: 'large (200 partners, 40 countries, 500 events, 8 phases)', url: `${site.url}?data=bench/large.json`, dataPath: 'bench/large.json', file: 'dist/bench/large.json' },
  { kind: 'limit', name: 'at the limits (500 partners, 40 countries, 2,000 events, names up to 120 characters)', url: `${site.url}?data=bench/limit.json`, dataPath: 'bench/limit.json', file: 'dist/bench/limit.json' },
];
const results: ProjectFigures[] = [];
let reference: ReferenceFigures | undefined;
let imported: ImportFigures | undefined;
let edited: EditorFigures | undefined;
let pictured: PictureFigures | undefined;
try {
  if (!LOADS_ONLY) pictured = await pictureFigures(browser, site.url);
  if (PICTURES_ONLY) projects.length = 0;
  if (LOADS_ONLY) projects.length = 1;
  if (ONLY === undefined) {
    imported = await importFigures(site.url);
    edited = await editorFigures(browser, site.url, generateProject(BENCH_LIMIT));
  }
  if (!PICTURES_ONLY) {
    const referenceRuns: ReferenceFigures[] = [];
    for (let run = 0; run < RUNS; run++) referenceRuns.push(await loadReference(`${site.url}reference/`));
    reference = {
      bytes: median(referenceRuns.map((r) => r.bytes)),
      requests: median(referenceRuns.map((r) => r.requests)),
      ms: medians(referenceRuns.map((r) => r.ms)),
      firstInputMs: await firstInputAnswered(`${site.url}reference/`, '#map svg .mark-symbol.role-mark path', '#vg-tooltip-element.visible'),
    };
  }
  for (const project of projects) {
    const runs: LoadFigures[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await load(project.url, project.dataPath));
    const loads: LoadFigures = {
      bytes: medians(runs.map((l) => l.bytes)),
      requests: median(runs.map((l) => l.requests)),
      ms: medians(runs.map((l) => l.ms)),
      drawn: median(runs.map((l) => l.drawn)),
      heapMB: median(runs.map((l) => l.heapMB)),
    };
    const before = bytesBeforeDrawing(project.file);
    const figures: ProjectFigures = {
      kind: project.kind,
      name: project.name,
      loads,
      bytesBeforeDrawingKB: { map: kb(before.map), budget: kb(before.budget), timeline: kb(before.timeline) },
      ...(loads.drawn === 1 ? { bytesBeforeDrawingShownKB: kb(bytesBeforeDrawingShown()) } : {}),
      interactions: await interactionsMedian(project.url),
      ...(project.kind === 'built-in' ? { firstInputMs: await firstInputAnswered(project.url, '#map svg[role="group"] .partner [data-hit-area]', '.chart-host .tooltip') } : {}),
    };
    if (project.kind === 'built-in') {
      const phoneRuns: LoadFigures[] = [];
      for (let run = 0; run < RUNS; run++) phoneRuns.push(await load(project.url, project.dataPath, PHONE));
      figures.phone = { bytes: medians(phoneRuns.map((l) => l.bytes)), requests: median(phoneRuns.map((l) => l.requests)), appInChargeMs: median(phoneRuns.map((l) => l.ms.appInCharge)) };
    }
    if (LIGHTHOUSE && project.kind !== 'limit') {
      figures.lighthouse = {
        mobile: await lighthouseFigures(project.url, 'mobile', LIGHTHOUSE_RUNS),
        desktop: await lighthouseFigures(project.url, 'desktop', LIGHTHOUSE_RUNS),
      };
    }
    results.push(figures);
  }
} finally {
  await browser.close();
  await site.close();
}

// --- Report ----------------------------------------------------------------------------------
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.versions.node}, Chromium ${chromiumVersion}`;
const report = { date: new Date().toISOString().slice(0, 10), machine, runs: RUNS, budgets: BUDGET, reference, imported, edited, pictured, projects: results };
const previous = existsSync('bench/latest.json') ? (JSON.parse(readFileSync('bench/latest.json', 'utf8')) as typeof report) : undefined;

const ms = (value: number | null) => (value === null ? '< 16 ms' : `${Math.round(value)} ms`);
const mark = (ok: boolean) => (ok ? '✓' : '✗');
function lines(figures: ProjectFigures): string[] {
  const isLarge = figures.kind === 'large';
  const builtIn = figures.kind === 'built-in';
  const { bytes, requests, ms: t, heapMB } = figures.loads;
  const first = figures.bytesBeforeDrawingShownKB ?? Math.min(...VIEWS.map((v) => figures.bytesBeforeDrawingKB[v]));
  const drawn = figures.loads.drawn === 1;
  const shown = drawn ? 'on screen (drawn at build time)' : 'drawn';
  const out = [
    `### ${figures.name}`,
    '',
    `| figure | value | budget |`,
    `| --- | --- | --- |`,
    `| transferred (gzip): script / style / data / geometry / page | ${kb(bytes.script)} / ${kb(bytes.style)} / ${kb(bytes.data)} / ${kb(bytes.geometry)} / ${kb(bytes.page)} KB | |`,
    `| transferred in all, requests | ${kb(bytes.total)} KB, ${requests} requests | ${mark(kb(bytes.total) <= BUDGET.totalKB)} ≤ ${BUDGET.totalKB} KB |`,
    ...(drawn ? [`| needed before the page drawn at build time is on screen (page and styles) | ${figures.bytesBeforeDrawingShownKB} KB | ${mark(first <= BUDGET.beforeFirstChartKB)} ≤ ${BUDGET.beforeFirstChartKB} KB (first chart) |`] : []),
    `| needed before the app can start drawing a chart: map / budget / timeline | ${VIEWS.map((v) => figures.bytesBeforeDrawingKB[v]).join(' / ')} KB | ${drawn ? '' : `${mark(first <= BUDGET.beforeFirstChartKB)} ≤ ${BUDGET.beforeFirstChartKB} KB (first chart)`} |`,
    `| header and key figures ${shown} | ${Math.round(t.header)} ms | ${builtIn ? `${mark(t.header <= BUDGET.header)} ≤ ${BUDGET.header} ms` : ''} |`,
    `| map / budget / timeline ${shown} | ${Math.round(t.map)} / ${Math.round(t.budget)} / ${Math.round(t.timeline)} ms | ${builtIn ? `${mark(t.map <= BUDGET.map)} map ≤ ${BUDGET.map} ms` : ''} |`,
    `| all three charts ${shown} | ${Math.round(t.allCharts)} ms | ${isLarge ? `${mark(t.allCharts <= BUDGET.largeAllCharts)} ≤ ${BUDGET.largeAllCharts} ms` : builtIn ? `${mark(t.allCharts <= BUDGET.allCharts)} ≤ ${BUDGET.allCharts} ms` : ''} |`,
    `| the app in charge: every chart drawn by it and interactive | ${Math.round(t.appInCharge)} ms | |`,
    ...(builtIn && reference
      ? [
          `| all three charts ${shown} ÷ the Vega-Lite page's (same run) | ${Math.round(t.allCharts)} ÷ ${Math.round(reference.ms.allCharts)} ms = ${(t.allCharts / reference.ms.allCharts).toFixed(2)} | ${mark(t.allCharts <= reference.ms.allCharts / 2)} ≤ ½ |`,
          ...(figures.firstInputMs !== undefined && reference.firstInputMs !== undefined
            ? [`| first input answered (a tooltip on a map mark on screen) ÷ the Vega-Lite page's (same run) | ${Math.round(figures.firstInputMs)} ÷ ${Math.round(reference.firstInputMs)} ms = ${(figures.firstInputMs / reference.firstInputMs).toFixed(2)} | ${mark(figures.firstInputMs <= reference.firstInputMs / 2)} ≤ ½ |`]
            : []),
          ...(figures.phone
            ? [
                `| on a phone's screen (${PHONE.width} × ${PHONE.height}): transferred in all, requests; the app in charge | ${kb(figures.phone.bytes.total)} KB, ${figures.phone.requests} requests; ${Math.round(figures.phone.appInChargeMs)} ms | |`,
                `| on a phone's screen: transferred ÷ the Vega-Lite page's (same run) | ${kb(figures.phone.bytes.total)} ÷ ${kb(reference.bytes)} KB = ${(figures.phone.bytes.total / reference.bytes).toFixed(2)} | ${mark(figures.phone.bytes.total <= reference.bytes / 2.5)} ≤ 1/2.5 |`,
              ]
            : []),
          `| transferred ÷ the Vega-Lite page's (same run) | ${kb(bytes.total)} ÷ ${kb(reference.bytes)} KB = ${(bytes.total / reference.bytes).toFixed(2)} | ${mark(bytes.total <= reference.bytes / 2.5)} ≤ 1/2.5 |`,
        ]
      : []),
    `| longest task | ${Math.round(t.longestTask)} ms | ${figures.kind === 'limit' ? `${mark(t.longestTask <= BUDGET.limitLongestTask)} ≤ ~${BUDGET.limitLongestTask} ms (issue 13)` : ''} |`,
    `| JS heap after load | ${heapMB.toFixed(1)} MB | ${builtIn ? `${mark(heapMB <= BUDGET.heapMB)} ≤ ${BUDGET.heapMB} MB` : `${mark(heapMB <= BUDGET.largeHeapMB)} ≤ ${BUDGET.largeHeapMB} MB`} |`,
    `| tooltip shown after the pointer event | ${ms(figures.interactions.tooltipMs)} | ${builtIn ? `${mark(figures.interactions.tooltipMs <= BUDGET.tooltip)} ≤ ${BUDGET.tooltip} ms` : ''} |`,
  ];
  const events = figures.interactions.eventMs;
  const worst = Math.max(...Object.values(events).map((v) => v ?? 0));
  out.push(
    `| input → next paint: hover / keyboard step / zoom / language switch | ${ms(events.hover)} / ${ms(events.keyboardStep)} / ${ms(events.zoom)} / ${ms(events.languageSwitch)} | ${isLarge ? `${mark(worst <= BUDGET.largeInteraction)} ≤ ${BUDGET.largeInteraction} ms` : ''} |`,
  );
  for (const [formFactor, lh] of Object.entries(figures.lighthouse ?? {})) {
    const s = lh.scores;
    const ok = s.performance >= BUDGET.lighthousePerformance && s.accessibility === 100 && s.bestPractices === 100 && s.seo === 100;
    out.push(
      `| Lighthouse ${formFactor === 'mobile' ? 'phone' : 'desktop'}: performance / accessibility / best practices / SEO | ${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo} (FCP ${lh.metrics.fcp} ms, LCP ${lh.metrics.lcp} ms, TBT ${lh.metrics.tbt} ms, CLS ${lh.metrics.cls}; the median of ${lh.runs} run${lh.runs === 1 ? '' : 's'}, performance ${lh.performanceRange[0]}–${lh.performanceRange[1]}) | ${mark(ok)} ≥ ${BUDGET.lighthousePerformance}, 100, 100, 100 |`,
    );
  }
  return out;
}

const referenceLines = reference
  ? [
      '### reference: the same three charts with Vega-Lite 5 and vega-embed 6 (`bench/reference/`, Natural Earth 1:110m)',
      '',
      '| figure | value |',
      '| --- | --- |',
      `| transferred in all, requests | ${kb(reference.bytes)} KB, ${reference.requests} requests |`,
      `| map / budget / timeline drawn | ${Math.round(reference.ms.map)} / ${Math.round(reference.ms.budget)} / ${Math.round(reference.ms.timeline)} ms |`,
      `| all three charts drawn | ${Math.round(reference.ms.allCharts)} ms |`,
      ...(reference.firstInputMs !== undefined ? [`| first input answered (a tooltip on a map mark on screen) | ${Math.round(reference.firstInputMs)} ms |`] : []),
      '',
    ]
  : [];
const importLines = imported
  ? [
      `### importing a keep.eu export of 2,000 projects and 20,000 partners (${imported.fileKB} KB .xlsx), median of 3`,
      '',
      '| figure | value |',
      '| --- | --- |',
      `| read and joined in Node (the command line's work) | ${Math.round(imported.nodeReadMs)} ms |`,
      `| one project made into a file (places from the gazetteer) | ${Math.round(imported.nodeBuildMs)} ms |`,
      `| \`npm run import -- FILE --project GEN1999\`, the whole command (tsx start, gazetteer built from the package) | ${Math.round(imported.cliMs)} ms |`,
      `| in the page: file opened → list of projects shown (read in a worker) | ${Math.round(imported.pageListedMs)} ms |`,
      `| in the page: project picked → shown with its notice (the gazetteer fetched) | ${Math.round(imported.pageShownMs)} ms |`,
      '',
    ]
  : [];
const editorLines = edited
  ? [
      '### the editor with a file at the limits (500 partners, 2,000 events), median of 3',
      '',
      '| figure | value |',
      '| --- | --- |',
      `| the whole draft checked once, in Node (runs a quarter second after typing stops) | ${Math.round(edited.nodeCheckMs)} ms |`,
      `| in the page: file opened → its partners listed in the form | ${Math.round(edited.pageOpenedMs)} ms |`,
      `| in the page: a key typed into a field → next paint (Event Timing's duration, 8 ms steps) | ${Math.round(edited.keyToPaintMs)} ms |`,
      `| in the page: typing stops → the preview shows the change (the pause, the check, three views redrawn) | ${Math.round(edited.previewMs)} ms |`,
      '',
    ]
  : [];
const pictureLines = pictured
  ? [
      `### pictures and the deck of the built-in project (click → file in the page, median of ${pictured.runs} after the first)`,
      '',
      '| figure | value | budget |',
      '| --- | --- | --- |',
      `| PNG 2× (3840 × 2160): map / budget / timeline | ${VIEWS.map((v) => Math.round(pictured!.pngMs[v])).join(' / ')} ms | ${mark(Math.max(...VIEWS.map((v) => pictured!.pngMs[v])) <= BUDGET.png2x)} ≤ ${BUDGET.png2x} ms |`,
      `| the page's first PNG (picture code and geometry loaded then) | ${Math.round(pictured.firstPngMs)} ms | |`,
      `| SVG: map / budget / timeline | ${VIEWS.map((v) => Math.round(pictured!.svgMs[v])).join(' / ')} ms | |`,
      `| the deck of all charts (.pptx) | ${Math.round(pictured.deckMs)} ms | |`,
      `| \`npm run export -- --scale 2\`: the whole command (tsx, jsdom, Chromium started) | ${Math.round(pictured.cliMs)} ms | |`,
      `| on the command line, per file: SVG / PNG 2× / deck | ${Math.round(pictured.cliPerFileMs.svg)} / ${Math.round(pictured.cliPerFileMs.png)} / ${Math.round(pictured.cliPerFileMs.deck)} ms | |`,
      '',
    ]
  : [];
const table = [...results.flatMap((figures) => [...lines(figures), '']), ...referenceLines, ...importLines, ...editorLines, ...pictureLines];
console.log(`\n# npm run bench — ${report.date}, ${machine}\n# ${RUNS} cold loads per project, medians\n`);
console.log(table.join('\n'));
if (previous && ONLY === undefined) {
  console.log(`Compared with the previous run (${previous.date}):`);
  results.forEach((figures, index) => {
    const before = previous.projects[index];
    if (!before) return;
    const delta = (now: number, then: number, unit: string) => `${now >= then ? '+' : ''}${Math.round((now - then) * 10) / 10} ${unit}`;
    console.log(
      `  ${figures.name}: transferred ${delta(kb(figures.loads.bytes.total), kb(before.loads.bytes.total), 'KB')}, all charts ${delta(figures.loads.ms.allCharts, before.loads.ms.allCharts, 'ms')}, heap ${delta(figures.loads.heapMB, before.loads.heapMB, 'MB')}`,
    );
  });
}

if (ONLY !== undefined) process.exit(0);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/latest.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(
  'bench/README.md',
  [
    '# Benchmark figures',
    '',
    `The latest \`npm run bench\`: ${report.date}, on ${machine}; headless Chromium, cold loads (no cache),`,
    `median of ${RUNS} loads per project; the served files gzipped as \`vite preview\` sends them. Budgets from issue 14`,
    '(✓ met, ✗ not met). Times are from navigation start, read from the app\'s performance marks; where the page drawn',
    'at build time is shown (the built-in project), "on screen" is the first paint once that drawing is parsed. The same figures',
    'as JSON: `latest.json` (each run compares itself with the previous one, then replaces it).',
    '',
    '"First input answered": on a cold load in a 1280 × 1400 window (tall enough to show the dashboard\'s highest map mark',
    'without scrolling; the same window for the Vega-Lite page), the mouse is moved by a pixel every ~10 ms over that mark from',
    'the moment the page starts arriving, until a tooltip is on screen: the frame that shows it, from navigation start. Where',
    'the page drawn at build time is shown, the drawing answers the pointer on its map marks before the app has the map (its',
    'gate shows the tooltip the app would, written into the drawing at build time): that tooltip counts, as the reader sees it.',
    '',
    'Lighthouse is run as its own command line runs it: `lighthouse URL --chrome-flags="--headless=new --no-sandbox"` with the',
    'four categories (and `--preset=desktop` for the desktop), each run in a Chromium of its own started by chrome-launcher with',
    'its default switches, Lighthouse\'s default settings (a simulated Moto G Power: 412 × 823 px, 4× slower CPU, slow 4G, times',
    'simulated from the trace); the median run of three, with the range of the performance score (`scripts/lighthouseRun.ts`).',
    '',
    ...table,
  ].join('\n'),
);
console.log('wrote bench/latest.json and bench/README.md');
