import { serveSite } from './serveSite';
import { launchBrowser } from './browser';
const site = await serveSite();
const browser = await launchBrowser();
const out: string[] = [];
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard:interactive').length > 0);
  out.push(await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; const css = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => r.name.endsWith('.css'))!; return `html ${Math.round(n.responseEnd)} css ${Math.round(css.responseEnd)} mark ${Math.round(performance.getEntriesByName('dashboard:prerendered')[0]!.startTime)} fcp ${Math.round(performance.getEntriesByName('first-contentful-paint')[0]!.startTime)} dcl ${Math.round(n.domContentLoadedEventStart)}`; }));
  await context.close();
}
console.log(out.join('\n'));
await browser.close(); await site.close();
