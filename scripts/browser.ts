/**
 * Finds a Chromium for the browser tests and scripts: CHROME_PATH, else the system's
 * /usr/bin/chromium, else the one the @sparticuz/chromium devDependency carries (it
 * unpacks offline on first use), so `npm install` is all a machine needs. And, for the tests and
 * the tool scripts alike, a page's every view brought in where the page drawn at build time keeps
 * the views below the first screen drawn (`everyView`).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions, type Page } from 'playwright-core';
import type { ViewName } from '../src/page/parameters';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Without these, a sandboxed root Chromium refuses to start or spends its time on closed network calls.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: ARGS, ...options });
}

/**
 * One Chromium for a whole test run: test files connect to it (`connectBrowser`) instead of
 * each starting its own, and each opens its own contexts, so no state is shared between them.
 * A page loaded again keeps its renderer for the new document (the RenderDocument feature off):
 * what a page shows is the same either way, and a load costs about a quarter less CPU (measured:
 * 0.37 s against 0.49 s a load of the built-in page, 12 loads, two runs each way), a test run's
 * largest cost.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const executablePath = await chromiumPath();
  const disabled = await defaultDisabledFeatures(executablePath);
  return chromium.launchServer({ executablePath, headless: true, args: [...ARGS, `--disable-features=${[...disabled, 'RenderDocument'].join(',')}`] });
}

/**
 * The features Playwright itself turns off. Chromium takes only the last `--disable-features`
 * switch, so one of ours must carry Playwright's list too, read from the command line of a
 * Chromium it starts.
 */
async function defaultDisabledFeatures(executablePath: string): Promise<string[]> {
  const probe = await chromium.launchServer({ executablePath, headless: true, args: ARGS });
  try {
    return disabledFeatures(probe.process().spawnargs);
  } finally {
    await probe.close();
  }
}

/** The features a Chromium command line turns off: those of its last `--disable-features`. */
export function disabledFeatures(switches: readonly string[]): string[] {
  const last = switches.findLast((arg) => arg.startsWith('--disable-features='));
  return last ? last.slice('--disable-features='.length).split(',').filter(Boolean) : [];
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/**
 * Where the page drawn at build time is shown: waits for the app to take over, then asks for each
 * view that still shows the drawing (or those named in `views`), and waits until the app has taken
 * them over. Elsewhere it returns at once. A view is asked for as focus entering it asks (a
 * `focusin`, without moving the page), or with `scroll`, as a reader scrolling down asks: each
 * scrolled into view in turn and kept there until it has come, then back to the top.
 *
 * The waits are the page's own events (a performance mark, a change to the page), not a check
 * run on every frame: a page waited on costs nothing until it changes. A page that never gets
 * there fails after `timeout` ms, saying what it waited for.
 */
export async function everyView(page: Page, { scroll = false, views, timeout = 30_000 }: { scroll?: boolean; views?: readonly ViewName[]; timeout?: number } = {}): Promise<void> {
  const failure = await page.evaluate(
    async ({ scroll, views, timeout }) => {
      if (document.documentElement.dataset.drawing !== 'shown') return undefined;
      // Helpers as methods, not named arrow functions: the function goes to the page as its source,
      // where the name-keeping helpers of a TypeScript runner (tsx) do not exist.
      const wait = {
        kept(name: string) {
          return document.querySelector(`[data-drawn-view="${name}"]`) !== null;
        },
        interactive() {
          return performance.getEntriesByName('dashboard:interactive').length > 0;
        },
        /** Resolves true once `done()` holds, checked again each time `watch` hears of something; false after `timeout`. */
        until(done: () => boolean, watch: (heard: () => void) => { disconnect(): void }) {
          return new Promise<boolean>((resolve) => {
            if (done()) return resolve(true);
            const watcher = watch(() => {
              if (!done()) return;
              watcher.disconnect();
              clearTimeout(timer);
              resolve(true);
            });
            const timer = setTimeout(() => {
              watcher.disconnect();
              resolve(false);
            }, timeout);
          });
        },
        /** Hears each change to the page. */
        changes(heard: () => void) {
          const observer = new MutationObserver(heard);
          observer.observe(document, { childList: true, subtree: true, attributes: true });
          return observer;
        },
        /** Hears each performance mark: the app's mark that it is in charge comes with no change to the page of its own. */
        marks(heard: () => void) {
          const observer = new PerformanceObserver(heard);
          observer.observe({ entryTypes: ['mark', 'measure'] });
          return observer;
        },
      };
      const inCharge = await wait.until(wait.interactive, wait.marks);
      if (!inCharge) return 'the app never took over the page drawn at build time';
      const asked = [...document.querySelectorAll<HTMLElement>('[data-drawn-view]')].filter((place) => !views || views.includes(place.dataset.drawnView as ViewName));
      for (const place of asked) {
        const name = place.dataset.drawnView!;
        if (!scroll) {
          place.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
          continue;
        }
        // On screen until it has come, as a reader stops to read it: what moves as it comes is on the screen.
        place.scrollIntoView();
        if (!(await wait.until(() => !wait.kept(name), wait.changes))) return `the ${name} never came`;
        await new Promise((painted) => requestAnimationFrame(painted));
      }
      if (scroll) window.scrollTo(0, 0);
      for (const place of asked) {
        const name = place.dataset.drawnView!;
        if (!(await wait.until(() => !wait.kept(name), wait.changes))) return `the ${name} never came`;
      }
      return undefined;
    },
    { scroll, views, timeout },
  );
  if (failure) throw new Error(`everyView: ${failure}`);
}
