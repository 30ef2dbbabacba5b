/**
 * What every browser test needs: the run's one Chromium (started in serve.ts), pages opened with a pinned
 * locale and time zone, and a record of what would make a user's page go wrong
 * (uncaught errors, console errors, requests to any other host).
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, CDPSession, BrowserContextOptions, Download, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connectBrowser, everyView } from '../../scripts/browser';
import type { ViewName } from '../../src/page/parameters';

export { everyView };

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  /**
   * Requests that left 127.0.0.1, recorded where the page was opened with `{ requests: true }`
   * (each request crossing from the browser to the test costs a few messages, on every load);
   * read on a page opened without it, it throws rather than say none left.
   */
  readonly foreignRequests: string[];
  /**
   * A CDP session of the harness's own, for reading what the browser holds of the page (its
   * accessibility tree, its DOM with the closed shadow roots): detached when the page is handed
   * back, so the page goes to the next test. A test that changes the page through CDP opens its
   * own (`context.newCDPSession`), and the page is closed after it.
   */
  cdp(): Promise<CDPSession>;
  close(): Promise<void>;
}

/**
 * The worker's one connection to the run's Chromium, kept from test file to test file (the files of
 * a worker share this module): a file's pages handed back go to the next file's tests, which need
 * not pay for new ones.
 */
let connection: Promise<Browser> | undefined;

export function useBrowser(): { browser: () => Browser; baseUrl: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await (connection ??= connectBrowser(inject('browserEndpoint')));
  });
  afterAll(async () => {
    // What the file left open (a context a test made itself, a page not handed back) goes with it;
    // the pages waiting in the pool stay for the next file.
    if (!browser) return;
    const kept = new Set(waitingPages(browser).map((pooled) => pooled.context));
    await Promise.all(browser.contexts().filter((context) => !kept.has(context)).map((context) => context.close()));
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
    baseUrl: inject('baseUrl'),
  };
}

/**
 * What a test may do to a page that would outlive a navigation (scripts added to every document,
 * permissions, a fake clock, a CDP session): such a page is closed after its test, never handed to
 * another. Routes and media emulation are put back instead, and the viewport's size is set for the
 * next test (RESETTABLE).
 */
const LASTING_PAGE = ['addInitScript', 'exposeFunction', 'exposeBinding', 'routeFromHAR', 'routeWebSocket', 'setExtraHTTPHeaders', 'setDefaultTimeout', 'setDefaultNavigationTimeout', 'pause'];
const LASTING_CONTEXT = [...LASTING_PAGE, 'route', 'grantPermissions', 'clearPermissions', 'setGeolocation', 'setOffline', 'addCookies', 'setHTTPCredentials', 'newCDPSession', 'newPage'];
const RESETTABLE = ['route', 'emulateMedia', 'setViewportSize'] as const;
const LISTENING = ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener'];

/** A page with its context, and what is needed to hand it to the next test as if new. */
interface PooledPage {
  /** The options its test asked for, and the pool it goes back to (the context's options as JSON, the size left out). */
  options: BrowserContextOptions;
  key: string;
  context: BrowserContext;
  page: Page;
  /** What the harness's own listeners write to: the test holding the page now. */
  record: { errors: string[]; foreignRequests: string[] };
  /** A lasting change made (see LASTING_PAGE): the page is closed after its test. */
  changed: boolean;
  /** Listeners the test added, taken off when it hands the page back. */
  listeners: [string, (...args: never[]) => void][];
  /** The harness's own way to the page's CDP (a test's would mark the page changed). */
  session: () => Promise<CDPSession>;
  /** The harness's session for putting the page back, opened at the first hand-back and kept while the page lives. */
  resetting?: Promise<CDPSession>;
  /** Sessions handed to the test for reading (`OpenedPage.cdp`), detached when it hands the page back. */
  reading: CDPSession[];
  /** What the test changed that `handBack` puts back as the options had it (or the next openPage, for the size). */
  toReset: Set<(typeof RESETTABLE)[number]>;
  /** When it was last handed back (a count of hand-backs): the page waiting longest is closed first. */
  handedBack: number;
  /** The page's own methods, for putting back what the test changed. */
  own: Pick<Page, 'emulateMedia' | 'setViewportSize' | 'unrouteAll'>;
}

/** Pages handed back after their test, per connection and context options, until the next test asks for the same. */
const idle = new WeakMap<Browser, Map<string, PooledPage[]>>();
/** At most this many pages wait at once (a worker's files ask for about a dozen kinds of page; most for one). */
const MAX_IDLE_PAGES = 6;
/** Counts hand-backs, to tell which waiting page came back first. */
let handedBack = 0;

/** Every page waiting in the pool of a connection, whatever its options. */
function waitingPages(browser: Browser): PooledPage[] {
  return [...(idle.get(browser)?.values() ?? [])].flat();
}

/** Marks the pooled page changed whenever one of `methods` is called on `target` (the page, its context or its clock). */
function watchLasting(target: object, methods: readonly string[], pooled: PooledPage, mark: (name: string) => void = () => (pooled.changed = true)) {
  const methodsOf = target as Record<string, unknown>;
  for (const name of methods) {
    const original = methodsOf[name];
    if (typeof original !== 'function') continue;
    methodsOf[name] = (...args: unknown[]) => {
      mark(name);
      return (original as (...a: unknown[]) => unknown).apply(target, args);
    };
  }
}

async function newPooledPage(browser: Browser, options: BrowserContextOptions, key: string): Promise<PooledPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const newSession = context.newCDPSession.bind(context);
  const own = { emulateMedia: page.emulateMedia.bind(page), setViewportSize: page.setViewportSize.bind(page), unrouteAll: page.unrouteAll.bind(page) };
  const pooled: PooledPage = { options, key, context, page, record: { errors: [], foreignRequests: [] }, changed: false, listeners: [], session: () => newSession(page), reading: [], toReset: new Set(), handedBack: 0, own };
  // The record of Content-Security-Policy violations (recordViolations), in every document from its first script.
  await page.addInitScript(recordViolationsInPage);
  pooledPages.add(page);
  page.on('pageerror', (error) => pooled.record.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pooled.record.errors.push(message.text());
  });
  // From here on, what the test does: lasting changes are marked, listeners recorded.
  watchLasting(page, LASTING_PAGE, pooled);
  watchLasting(page, RESETTABLE, pooled, (name) => pooled.toReset.add(name as (typeof RESETTABLE)[number]));
  watchLasting(context, LASTING_CONTEXT, pooled);
  for (const clock of new Set([page.clock, context.clock])) watchLasting(clock, Object.getOwnPropertyNames(Object.getPrototypeOf(clock)).filter((name) => name !== 'constructor'), pooled);
  const events = page as unknown as Record<string, (event: string, listener: (...args: never[]) => void) => unknown>;
  for (const name of LISTENING) {
    const original = events[name]!;
    events[name] = (event, listener) => {
      pooled.listeners.push([event, listener]);
      return original.call(page, event, listener);
    };
  }
  return pooled;
}

/**
 * Hands a page back for the next test with the same context options, as a new page would be: its
 * listeners off, its routes and media put back (its size is the next test's, set by openPage), the
 * site's storage and cookies cleared, the mouse in the page's corner, on a blank document (no
 * timers left running) with no history before it. A page changed lastingly, or that cannot be
 * reset, is closed instead. A new page costs a new renderer process, about 0.4 s of CPU
 * (measured): most tests need not pay it.
 */
async function handBack(browser: Browser, pooled: PooledPage): Promise<void> {
  const { page, context, own, options } = pooled;
  await Promise.all(pooled.reading.splice(0).map((session) => session.detach().catch(() => undefined)));
  // A page the test opened beside it (a popup, a new tab) goes with its context.
  if (pooled.changed || page.isClosed() || context.pages().length > 1) return context.close();
  for (const [event, listener] of pooled.listeners.splice(0)) page.off(event as 'load', listener as () => void);
  try {
    if (pooled.toReset.has('route')) await own.unrouteAll({ behavior: 'ignoreErrors' });
    if (pooled.toReset.has('emulateMedia')) {
      await own.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference', forcedColors: options.forcedColors ?? 'none' });
    }
    // The size is set again by the next test to take the page (openPage); a page whose context set none keeps what the test set.
    if (pooled.toReset.has('setViewportSize') && !options.viewport) return context.close();
    pooled.toReset.clear();
    await page.mouse.move(0, 0);
    await page.goto('about:blank');
    // Each step is a message to the browser and back, the cost of a hand-back: one session kept for
    // them all, and the site's data (cookies among it) cleared in one step.
    const session = await (pooled.resetting ??= pooled.session());
    await session.send('Storage.clearDataForOrigin', { origin: new URL(inject('baseUrl')).origin, storageTypes: 'all' });
    // Its history as a new page's: the blank document alone, none of the test's addresses.
    await session.send('Page.resetNavigationHistory');
  } catch {
    return context.close();
  }
  let pool = idle.get(browser)?.get(pooled.key);
  if (!pool) {
    const byKey = idle.get(browser) ?? new Map<string, PooledPage[]>();
    idle.set(browser, byKey);
    byKey.set(pooled.key, (pool = []));
  }
  pooled.handedBack = ++handedBack;
  pool.push(pooled);
  // Each page waiting keeps a renderer: past MAX_IDLE_PAGES, the one waiting longest is closed.
  const waiting = waitingPages(browser);
  if (waiting.length > MAX_IDLE_PAGES) {
    const oldest = waiting.reduce((a, b) => (a.handedBack < b.handedBack ? a : b));
    const list = idle.get(browser)!.get(oldest.key)!;
    list.splice(list.indexOf(oldest), 1);
    await oldest.context.close();
  }
}

/**
 * A page at `url`, opened with a pinned locale and time zone, recording errors and foreign
 * requests. `close()` hands it back for the next test that asks for the same options.
 * `firstVisit`: a page no test has used (its own context: nothing cached, a new renderer), for
 * what a reader's first visit must show, such as nothing moving while the page comes in.
 * Where the page drawn at build time is shown, the app takes over a view only as it nears the
 * screen: the views are asked for as a reader would (`everyView`), so that every view is the
 * app's, or those named in `views`, for a test that reads only them; `asLoaded` leaves the page
 * as it loaded, for what the load itself must show. `requests`: record the requests that leave
 * 127.0.0.1 (`foreignRequests`).
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  { firstVisit = false, asLoaded = false, views, requests = false }: { firstVisit?: boolean; asLoaded?: boolean; views?: readonly ViewName[]; requests?: boolean } = {},
): Promise<OpenedPage> {
  const full: BrowserContextOptions = { locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 }, ...options };
  // Pages are told apart by their context's options; the viewport's size is the page's own, set for each test.
  const key = JSON.stringify({ ...full, viewport: full.viewport && 'sized for each test' });
  const pooled = (!firstVisit && idle.get(browser)?.get(key)?.pop()) || (await newPooledPage(browser, full, key));
  const size = pooled.page.viewportSize();
  if (full.viewport && (size?.width !== full.viewport.width || size.height !== full.viewport.height)) await pooled.own.setViewportSize(full.viewport);
  pooled.options = full;
  const record: PooledPage['record'] = (pooled.record = { errors: [], foreignRequests: [] });
  if (requests) {
    // As a listener of the test's own, taken off when the page is handed back.
    pooled.page.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (protocol.startsWith('http') && hostname !== '127.0.0.1') record.foreignRequests.push(request.url());
    });
  }
  await pooled.page.goto(url);
  if (!asLoaded) await everyView(pooled.page, { views });
  let handed = false;
  return {
    page: pooled.page,
    errors: record.errors,
    cdp: async () => {
      const session = await pooled.session();
      pooled.reading.push(session);
      return session;
    },
    get foreignRequests() {
      if (!requests) throw new Error('foreignRequests: open the page with { requests: true } to record them');
      return record.foreignRequests;
    },
    close: async () => {
      if (handed) return;
      handed = true;
      await handBack(browser, pooled);
    },
  };
}

/**
 * One page per address for a file's read-only checks: opened on first use, shared by every test
 * that only reads it (no input, no change of state), closed after the file. A page load is the
 * costliest step of a browser test; checks that read the same page need not each pay for one.
 * `views`: the views the file's checks read (openPage), where the page drawn at build time is shown.
 */
export function useSharedPages(browser: () => Browser, { views }: { views?: readonly ViewName[] } = {}): (url: string) => Promise<OpenedPage> {
  const pages = new Map<string, Promise<OpenedPage>>();
  afterAll(async () => {
    // Before the run's browser connection is closed (after hooks run last-registered first).
    for (const opened of pages.values()) await (await opened).close().catch(() => undefined);
  });
  return (url) => {
    let opened = pages.get(url);
    if (!opened) pages.set(url, (opened = openPage(browser(), url, {}, { requests: true, views })));
    return opened;
  };
}

/** A desktop's, a tablet's and a phone's width. */
export const WIDTHS = [1280, 800, 360] as const;

/**
 * Opens `url` at the first of WIDTHS (900 px high), or at the last with `backwards` (files taken
 * in turn go there and back, so each loads at the width checked first), then takes the page to
 * each width in turn by resizing it, not loading it again, and runs `check` at each once
 * `drawnForWidth` holds in the page. A reader turning a tablet or narrowing a window gets the
 * same: a chart redrawn for a width is the chart drawn anew at that width (compared once, SVG for
 * SVG: the same but for generated ids), and a resize costs a fraction of a load.
 */
export async function atEachWidth(
  page: Page,
  url: string,
  ready: { loaded: string; drawnForWidth: () => boolean; backwards?: boolean },
  check: (width: number) => Promise<void>,
): Promise<void> {
  const widths = ready.backwards ? [...WIDTHS].reverse() : WIDTHS;
  await page.setViewportSize({ width: widths[0]!, height: 900 });
  await page.goto(url);
  await everyView(page);
  await page.locator(ready.loaded).first().waitFor();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForFunction(ready.drawnForWidth);
    await check(width);
  }
}

/** Taps a chart mark and waits until its tooltip lies wholly inside a screen `width` px wide. */
export async function tapKeepsTooltipOnScreen(page: Page, mark: Locator, view: string, width: number): Promise<void> {
  await mark.scrollIntoViewIfNeeded();
  await mark.tap({ force: true });
  const tooltip = page.locator(`#${view} .tooltip`);
  await tooltip.waitFor();
  await expect
    .poll(async () => {
      const box = (await tooltip.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= width;
    })
    .toBe(true);
}

/** Keeps every `securitypolicyviolation` event of the document in `window.violations`, from its first script on. */
function recordViolationsInPage() {
  const seen: string[] = [];
  (window as unknown as { violations: string[] }).violations = seen;
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
}

/** The pages the harness made: each records its violations from the start (newPooledPage). */
const pooledPages = new WeakSet<Page>();

/**
 * The `securitypolicyviolation` events of the page's document from its first script on. A page
 * from openPage records them already; on any other page the record starts with its next document.
 */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  if (!pooledPages.has(page)) await page.addInitScript(recordViolationsInPage);
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** A download's bytes, read over the connection to the run's browser (which may not share this process's disk). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Waits until the page has painted `frames` more frames: for "nothing changed" checks, a render's time rather than a clock's. */
export async function afterFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate((count) => new Promise<void>((done) => {
    const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), frames);
}

/** The WCAG 2.1 AA rules, with or without axe's best practices. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's minified build, of the version the builder carries (resolved from it, not from
 * whatever copy another package hoisted). The builder sends the script it is given to the page
 * twice an audit; its default is the unminified build, twice the size: every byte crosses the test,
 * the relay and Chromium, and is compiled in the page (measured: 1.0 s of CPU an audit against 1.3 s).
 */
let axeSource: string | undefined;
function minifiedAxe(): string {
  return (axeSource ??= readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8'));
}

/**
 * An axe-core audit of the page (or the part `include` selects) for violations. Axe runs in the
 * page itself ("legacy mode"): the pages audited hold no frames, and the default mode would open
 * a blank page of its own for each audit to put the frames' results together (measured: 3.1 s of
 * CPU an audit against 1.2 s, the same rules and results).
 */
export function audit(page: Page, { include, bestPractice = true, wcag22 = false }: { include?: string; bestPractice?: boolean; wcag22?: boolean } = {}): ReturnType<AxeBuilder['analyze']> {
  const builder = new AxeBuilder({ page, axeSource: minifiedAxe() }).setLegacyMode(true);
  if (include) builder.include(include);
  return builder
    .withTags([...WCAG, ...(wcag22 ? ['wcag22aa'] : []), ...(bestPractice ? ['best-practice'] : [])])
    .options({ resultTypes: ['violations'] })
    .analyze();
}
