/**
 * Screenshots of the built site, as a reader sees it: `npm run screenshots`.
 * Serves dist/ locally, opens each view in English and Latvian, and writes PNGs to
 * docs/screenshots/ (the README shows the map one). Usage: tsx scripts/screenshot.ts [outDir]
 */
import { serveSite } from './serveSite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { everyView, launchBrowser } from './browser';

const outDir = process.argv[2] ?? join('docs', 'screenshots');
const shots: { name: string; query: string; selector: string; width: number }[] = [
  { name: 'page-en', query: '?lang=en', selector: 'body', width: 1280 },
  { name: 'map-en', query: '?lang=en', selector: '#map', width: 1280 },
  { name: 'budget-en', query: '?lang=en', selector: '#budget', width: 1280 },
  { name: 'timeline-en', query: '?lang=en', selector: '#timeline', width: 1280 },
  { name: 'map-lv', query: '?lang=lv', selector: '#map', width: 1280 },
  { name: 'budget-lv', query: '?lang=lv', selector: '#budget', width: 1280 },
  { name: 'timeline-lv', query: '?lang=lv', selector: '#timeline', width: 1280 },
  { name: 'phone-en', query: '?lang=en', selector: 'body', width: 360 },
  { name: 'map-phone-lv', query: '?lang=lv', selector: '#map', width: 360 },
  { name: 'map-phone-en', query: '?lang=en', selector: '#map', width: 360 },
  { name: 'budget-phone-lv', query: '?lang=lv', selector: '#budget', width: 360 },
  { name: 'timeline-phone-en', query: '?lang=en', selector: '#timeline', width: 360 },
  { name: 'page-dark-en', query: '?lang=en&theme=dark', selector: 'body', width: 1280 },
  { name: 'phone-dark-lv', query: '?lang=lv&theme=dark', selector: 'body', width: 360 },
];

mkdirSync(outDir, { recursive: true });
const site = await serveSite();
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: shot.width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${shot.query}`);
    await everyView(page);
    await page.locator('h1').waitFor();
    await page.locator('#map svg .partner').first().waitFor();
    await page.locator('#timeline svg').first().waitFor();
    await page.locator('#budget svg [data-key]').first().waitFor();
    const path = join(outDir, `${shot.name}.png`);
    await page.locator(shot.selector).screenshot({ path });
    console.log(`wrote ${path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
