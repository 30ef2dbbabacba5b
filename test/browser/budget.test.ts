import { describe, expect, test } from 'vitest';
import { openPage, useBrowser, useSharedPages } from './harness';

const { browser, baseUrl } = useBrowser();
/** The default page, shared by the checks that only read it. */
const shared = useSharedPages(browser, { views: ['budget'] });
const spaces = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function widths(page: import('playwright-core').Page): Promise<Record<string, number>> {
  return page.$$eval('#budget svg [data-key]', (marks) =>
    Object.fromEntries(marks.filter((m) => ['focus-eu', 'other-eu', 'own'].includes((m as SVGElement).dataset.key ?? '')).map((m) => [(m as SVGElement).dataset.key, m.getBoundingClientRect().width])),
  );
}

describe('the budget of InnoIndustry', () => {
  test('the table gives every figure exactly, in English', async () => {
    const { page, errors } = await shared(baseUrl);
    await page.locator('#budget svg').first().waitFor();
    const table = page.locator('#budget table.budget-table');
    const cell = async (figure: string, column: number) => spaces(await table.locator(`tr[data-figure="${figure}"] td`).nth(column).textContent());
    expect(await cell('total', 0)).toBe('1,637,941.00');
    expect(await cell('eu', 0)).toBe('1,328,386.25');
    expect(await cell('eu', 1)).toBe('81.1%');
    expect(await cell('own', 0)).toBe('309,554.75');
    expect(await cell('focus-eu', 0)).toBe('83,500.00');
    expect(await cell('focus-eu', 1)).toBe('6.3% of the ERDF');
    expect(await cell('focus-total', 0)).toBe('not published');
    expect(await cell('own', 2)).toContain('derived');
    expect(errors).toEqual([]);
  });

  test('the summary says it in plain words', async () => {
    const { page } = await shared(baseUrl);
    const summary = spaces(await page.locator('#budget [data-summary]').textContent()).replace(/\s+/g, ' ');
    expect(summary).toContain('Of EUR 1.64 million, EUR 1.33 million (81.1%) comes from the ERDF (European Regional Development Fund)');
    expect(summary).toContain('Ministry of Economics of the Republic of Latvia holds EUR 83.5 thousand of it — 6.3% of the ERDF');
    expect(summary).toContain('Of every EUR 100, EUR 81 is EU money.');
    expect(spaces(await page.locator('#budget .programme-note').textContent())).toContain('81.1%, sits between them');
  });

  test('in Latvian the figures are in Latvian formats', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`, {}, { views: ['budget'] });
    await page.locator('#budget svg').first().waitFor();
    const table = page.locator('#budget table.budget-table');
    expect(spaces(await table.locator('tr[data-figure="total"] td').first().textContent())).toBe('1 637 941,00');
    expect(spaces(await table.locator('tr[data-figure="eu"] td').first().textContent())).toBe('1 328 386,25');
    expect(spaces(await table.locator('tr[data-figure="own"] td').first().textContent())).toBe('309 554,75');
    expect(spaces(await table.locator('tr[data-figure="focus-eu"] td').first().textContent())).toBe('83 500,00');
    const summary = spaces(await page.locator('#budget [data-summary]').textContent()).replace(/\s+/g, ' ');
    expect(summary).toContain('Projekta kopbudžets ir 1,64 milj. EUR. No tā 1,33 milj. EUR (81,1%) nāk no ERAF (Eiropas Reģionālās attīstības fonda)');
    expect(summary).toContain('6,3% no ERAF');
    await close();
  });

  test('the bar parts are in the ratio of the amounts, in amounts and in shares; the switch changes the axis', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    await page.locator('#budget svg [data-key="own"]').waitFor();
    const axis = () => page.$$eval('#budget figure > .chart-host svg g[data-plot="x-axis tick label"] text', (ticks) => ticks.map((t) => t.textContent ?? ''));
    const labels: Record<string, string[]> = {};
    for (const [measure, unit] of [['Amounts', /^EUR/], ['Shares of the total', /%$/]] as const) {
      await page.locator('#budget').getByLabel(measure).check();
      await expect.poll(async () => (await axis()).at(-1) ?? '').toMatch(unit);
      labels[measure] = await axis();
      const w = await widths(page);
      const eu = (w['focus-eu'] ?? 0) + (w['other-eu'] ?? 0);
      expect(w['focus-eu']! / eu).toBeCloseTo(83_500 / 1_328_386.25, 2);
      expect(w['own']! / (eu + w['own']!)).toBeCloseTo(309_554.75 / 1_637_941, 2);
    }
    // A switch that did nothing would leave the axis as it was.
    expect(labels['Amounts']!.every((label) => /^EUR/.test(spaces(label)))).toBe(true);
    expect(labels['Shares of the total']!.every((label) => /%$/.test(label))).toBe(true);
    await close();
  });

  test('the parts are reachable by keyboard and tell their figures in the one form of the page', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: ['budget'] });
    const focusPart = page.locator('#budget svg [data-key="focus-eu"]');
    await focusPart.waitFor();
    await focusPart.focus();
    expect(spaces(await page.locator('#budget .tooltip').textContent())).toContain('EUR 83.5 thousand');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset.key)).toBe('own');
    expect(spaces(await page.locator('#budget .tooltip').textContent())).toContain('EUR 310 thousand');
    await close();
  });

  test('nine partners are listed as not published, and none is drawn as zero', async () => {
    const { page } = await shared(baseUrl);
    await page.locator('#budget svg').first().waitFor();
    expect(await page.locator('#budget .not-published li').count()).toBe(9);
    expect(await page.locator('#budget .partner-budgets svg [data-key]').count()).toBe(1);
  });
});

describe('other files', () => {
  test('a focus partner without a budget: "not published", no error', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/other-project.json`);
    await page.locator('#budget svg').first().waitFor();
    expect(await page.locator('#budget [data-summary]').textContent()).toContain('The budget of Harbour B (test) is not published.');
    expect(await page.locator('#budget tr[data-figure="focus-eu"] td').first().textContent()).toBe('not published');
    expect(await page.locator('#budget svg [data-key="focus-eu"]').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('a file in another currency says its figures in it everywhere: the title, the summary, the chart, the table', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/thirty-countries.json&lang=lv`, {}, { views: ['budget'] });
    await page.locator('#budget svg [data-key="own"]').waitFor();
    const said = [
      await page.locator('#budget figure h3, #budget figure .title').first().textContent(),
      await page.locator('#budget [data-summary]').textContent(),
      (await page.locator('#budget svg text').allTextContents()).join(' '),
      await page.locator('#budget table thead').first().textContent(),
    ].map(spaces);
    for (const text of said) {
      expect(text).toContain('SEK');
      expect(text).not.toContain('EUR');
    }
    expect(errors).toEqual([]);
    await close();
  });

  test('no focus partner: the view says so and still draws the budget and the partner bars', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/no-focus.json`);
    await page.locator('#budget svg').first().waitFor();
    expect(await page.locator('#budget [data-summary]').textContent()).toContain('No partner is highlighted.');
    expect(await page.locator('#budget .partner-budgets svg [data-key]').count()).toBe(2);
    expect(await page.locator('#budget .not-published li').count()).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });
});
