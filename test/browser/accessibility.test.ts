import { describe, expect, test } from 'vitest';
import { audit, openPage, useBrowser } from './harness';

const { browser, baseUrl } = useBrowser();

describe('accessibility audit (axe-core, WCAG 2.1 AA)', () => {
  test.each([
    ['English, desktop', '?lang=en', 1280],
    // In the dark theme: its colours are audited as well as the light ones.
    ['Latvian, desktop, dark', '?lang=lv&theme=dark', 1280],
    ['English, phone', '?lang=en', 360],
    ['a broken file', '?data=fixtures/broken.json', 1280],
  ])('%s has no violations', async (_name, query, width) => {
    const { page, close } = await openPage(browser(), `${baseUrl}${query}`, { viewport: { width, height: 800 } });
    await page.locator('h1, [role="alert"]').first().waitFor();
    await page.locator('#budget svg [data-key], [role="alert"]').first().waitFor();
    // Open every data table, so their markup is audited too.
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await audit(page);
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(violations).toEqual([]);
    await close();
  });
});

describe('on a phone', () => {
  test('nothing is wider than a 360 px screen', async () => {
    const { page, close } = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 800 } });
    await page.locator('#budget svg').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await close();
  });
});
