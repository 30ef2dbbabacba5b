/**
 * Lighthouse scores of the built site (performance, accessibility, best practices, SEO) on
 * a simulated phone and on a desktop, printed: `npm run lighthouse`. Figures, not a gate.
 * Each run as Lighthouse's own command line makes it (scripts/lighthouseRun.ts).
 */
import { serveSite } from './serveSite';
import { lighthouseFigures } from './lighthouseRun';

const site = await serveSite();
try {
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const { scores, metrics, below90 } = await lighthouseFigures(site.url, formFactor);
    console.log(`${formFactor}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}`);
    console.log(`  FCP ${metrics.fcp} ms, LCP ${metrics.lcp} ms, TBT ${metrics.tbt} ms, CLS ${metrics.cls}`);
    if (below90.length > 0) console.log(`  below 90: ${below90.join('; ')}`);
  }
} finally {
  await site.close();
}
