/**
 * Lighthouse 12 runs of a page on a simulated phone or a desktop, made as its own command line
 * makes them, and reduced to the figures we keep from the median run (Lighthouse's own choice,
 * `computeMedianRun`: the run nearest the median first paint and time to interactive): the four
 * category scores, the paint and blocking metrics, and the audits below 90; with the range of the
 * performance score over the runs. Used by `npm run lighthouse` and `npm run bench`.
 *
 * What the standard tool measures, and how: each run is `lighthouse URL
 * --chrome-flags="--headless=new --no-sandbox" --only-categories=…` (with `--preset=desktop` for
 * the desktop): a Chromium of its own started by chrome-launcher with its default switches (the
 * two added because this machine has no display and runs as root), Lighthouse's default settings
 * (a simulated Moto G Power: 412 × 823 px, 4× slower CPU, slow 4G, the times simulated from the
 * page's trace) and, for the desktop, its desktop preset. Nothing of the test browser's set-up
 * (Playwright's switches, its connection) is in the run. Measured on one build, three runs each:
 * through the test browser as before, performance 91 (87–92), largest paint 1,988 ms; as the
 * command line, 91 (89–94), 1,851 ms: the scores agree within their spread (on a phone the
 * simulated blocking time, ~330 ms, moves most), and the largest paint is now the one the
 * command line reports.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch } from 'chrome-launcher';
import { chromiumPath } from './browser';

export type FormFactor = 'mobile' | 'desktop';

/** One run's report, as `lighthouse()` gives it. */
type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
/** Its declaration names Lighthouse's global `LH` types, which the package does not export: typed here. */
const medianRun = computeMedianRun as (runs: Result[]) => Result;

export interface LighthouseFigures {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** First and largest contentful paint, total blocking time (ms), layout shift. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** Audits that score below 90, with what they found. */
  below90: string[];
  /** How many runs, and the lowest and highest performance score among them. */
  runs: number;
  performanceRange: [number, number];
}

/** The switches the command line is given here: no display, and root. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** `runs`: how many runs (each in a Chromium of its own, as the command line does) the median is taken from. */
export async function lighthouseFigures(url: string, formFactor: FormFactor, runs = 1): Promise<LighthouseFigures> {
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) results.push(await lighthouseRun(url, formFactor));
  const lhr = medianRun(results);
  const score = (result: Result, id: string) => Math.round((result.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1);
  const performances = results.map((result) => score(result, 'performance'));
  return {
    scores: { performance: score(lhr, 'performance'), accessibility: score(lhr, 'accessibility'), bestPractices: score(lhr, 'best-practices'), seo: score(lhr, 'seo') },
    metrics: { fcp: numeric('first-contentful-paint'), lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') },
    below90: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`),
    runs,
    performanceRange: [Math.min(...performances), Math.max(...performances)],
  };
}

async function lighthouseRun(url: string, formFactor: FormFactor): Promise<Result> {
  const chrome = await launch({ chromePath: await chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result?.lhr) throw new Error('no Lighthouse result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}
