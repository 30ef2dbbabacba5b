/**
 * Speed and size, measured and printed (not asserted): `npm run bench`.
 * - sizes of what a reader downloads (script, styles, geometry, data), raw and gzipped;
 * - validation time for the shipped file and for a large synthetic one;
 * - time until each view is drawn in headless Chromium, median of 5 loads, with and
 *   without a 4× CPU slowdown (a mid-range phone).
 */
import { build } from 'vite';
import { serveSite } from './serveSite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { launchBrowser } from './browser';
import { validateProjectText } from '../src/data/validate';
import { europeGeometryJson } from './europeGeometry';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

console.log('# Build');
let started = performance.now();
await build({ logLevel: 'silent' });
console.log(`vite build: ${(performance.now() - started).toFixed(0)} ms`);
started = performance.now();
europeGeometryJson();
console.log(`geometry cut (world-atlas 1:50m → Europe): ${(performance.now() - started).toFixed(0)} ms`);

console.log('\n# What a reader downloads');
let total = 0;
let totalGz = 0;
for (const path of files('dist').sort()) {
  const content = readFileSync(path);
  const gz = gzipSync(content).length;
  total += content.length;
  totalGz += gz;
  console.log(`${path.padEnd(44)} ${kb(content.length).padStart(10)}  gzip ${kb(gz).padStart(9)}`);
}
console.log(`${'total'.padEnd(44)} ${kb(total).padStart(10)}  gzip ${kb(totalGz).padStart(9)}`);

console.log('\n# Validation');
const shipped = readFileSync('data/innoindustry.json', 'utf8');
const runs = 200;
started = performance.now();
for (let i = 0; i < runs; i++) validateProjectText(shipped);
console.log(`innoindustry.json: ${((performance.now() - started) / runs).toFixed(2)} ms per file`);
const big = JSON.parse(shipped) as { partners: object[]; events: object[]; budget: { total: number } };
big.budget.total = 1e9;
big.partners = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}`, country: 'LV', role: i === 0 ? 'lead' : 'partner', location: { lat: 50 + (i % 10), lon: i % 30 } }));
big.events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, name: `Event ${i}`, kind: 'meeting', start: `2020-${String((i % 12) + 1).padStart(2, '0')}-10` }));
const bigText = JSON.stringify({ ...big, focusPartner: 'p1' });
started = performance.now();
const result = validateProjectText(bigText);
console.log(`300 partners, 2000 events (${kb(bigText.length)}): ${(performance.now() - started).toFixed(0)} ms, ok=${result.ok}`);

console.log('\n# Time to draw (median of 5 loads, ms from navigation)');
const site = await serveSite();
const browser = await launchBrowser();
const marks = { header: 'h1', budget: '#budget svg', timeline: '#timeline svg [data-key="project"]', map: '#map svg .partner' };
for (const slowdown of [1, 4]) {
  const times: Record<string, number[]> = { header: [], budget: [], timeline: [], map: [] };
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    // Each time is taken inside the page, by a MutationObserver, the moment the selector first matches.
    await page.addInitScript((selectors: Record<string, string>) => {
      const seen: Record<string, number> = {};
      (window as unknown as { __drawn: Record<string, number> }).__drawn = seen;
      new MutationObserver(() => {
        for (const [name, selector] of Object.entries(selectors)) {
          if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    }, marks);
    await page.goto(site.url, { waitUntil: 'commit' });
    for (const selector of Object.values(marks)) await page.locator(selector).first().waitFor();
    const drawn = await page.evaluate(() => (window as unknown as { __drawn: Record<string, number> }).__drawn);
    for (const name of Object.keys(marks)) times[name]!.push(drawn[name] ?? NaN);
    await context.close();
  }
  console.log(
    `CPU ${slowdown}×: ` + Object.entries(times).map(([name, values]) => `${name} ${median(values).toFixed(0)}`).join(', '),
  );
}
await browser.close();
await site.close();
