/**
 * Lighthouse scores of the built site (performance, accessibility, best practices, SEO) on
 * a simulated phone and on a desktop, printed: `npm run lighthouse`. Figures, not a gate.
 */
import { serveSite } from './serveSite';
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser';

const PORT = 9333;
const site = await serveSite();
const browser = await launchBrowser({ args: [`--remote-debugging-port=${PORT}`] });
try {
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const result = await lighthouse(
      site.url,
      { port: PORT, output: 'json', logLevel: 'error' },
      {
        extends: 'lighthouse:default',
        settings: {
          formFactor,
          screenEmulation:
            formFactor === 'mobile'
              ? { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false }
              : { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
      },
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no Lighthouse result');
    const scores = Object.values(lhr.categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    console.log(`${formFactor}: ${scores.join(', ')}`);
    console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
    if (failing.length > 0) console.log(`  below 90: ${failing.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join('; ')}`);
  }
} finally {
  await browser.close();
  await site.close();
}
