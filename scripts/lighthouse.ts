/**
 * Lighthouse scores of the built site (performance, accessibility, best practices, SEO) on
 * a simulated phone and on a desktop, printed: `npm run lighthouse`. Figures, not a gate.
 */
import { serveSite } from './serveSite';
import { launchBrowser } from './browser';
import { lighthouseFigures } from './lighthouseRun';

const PORT = 9333;
const site = await serveSite();
const browser = await launchBrowser({ args: [`--remote-debugging-port=${PORT}`] });
try {
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const { scores, metrics, below90 } = await lighthouseFigures(site.url, PORT, formFactor);
    console.log(`${formFactor}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}`);
    console.log(`  FCP ${metrics.fcp} ms, LCP ${metrics.lcp} ms, TBT ${metrics.tbt} ms, CLS ${metrics.cls}`);
    if (below90.length > 0) console.log(`  below 90: ${below90.join('; ')}`);
  }
} finally {
  await browser.close();
  await site.close();
}
