/**
 * Lighthouse 12 runs of a page on a simulated phone or a desktop, reduced to the figures we keep
 * from the median run (Lighthouse's own choice, `computeMedianRun`: the run nearest the median
 * first paint and time to interactive): the four category scores, the paint and blocking metrics,
 * and the audits below 90; with the range of the performance score over the runs.
 * Used by `npm run lighthouse` and `npm run bench`.
 */
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

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

/** `port`: the remote-debugging port of an already launched Chromium; `runs`: how many runs the median is taken from. */
export async function lighthouseFigures(url: string, port: number, formFactor: FormFactor, runs = 1): Promise<LighthouseFigures> {
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) results.push(await lighthouseRun(url, port, formFactor));
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

async function lighthouseRun(url: string, port: number, formFactor: FormFactor): Promise<Result> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error' },
    {
      extends: 'lighthouse:default',
      settings: {
        formFactor,
        screenEmulation:
          formFactor === 'mobile'
            ? { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false }
            : { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        ...(formFactor === 'desktop' ? { throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 } } : {}),
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
    },
  );
  if (!result?.lhr) throw new Error('no Lighthouse result');
  return result.lhr;
}
