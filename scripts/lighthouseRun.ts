/**
 * One Lighthouse 12 run of a page on a simulated phone or a desktop, reduced to the figures
 * we keep: the four category scores, the paint and blocking metrics, and the audits below 90.
 * Used by `npm run lighthouse` and `npm run bench`.
 */
import lighthouse from 'lighthouse';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseFigures {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** First and largest contentful paint, total blocking time (ms), layout shift. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** Audits that score below 90, with what they found. */
  below90: string[];
}

/** `port`: the remote-debugging port of an already launched Chromium. */
export async function lighthouseFigures(url: string, port: number, formFactor: FormFactor): Promise<LighthouseFigures> {
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
  const lhr = result?.lhr;
  if (!lhr) throw new Error('no Lighthouse result');
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1);
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    metrics: { fcp: numeric('first-contentful-paint'), lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') },
    below90: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`),
  };
}
