/**
 * One voice: the Latvian page is Latvian (text left in another language says so), one figure
 * has one form outside the tables, date ranges say their month once, the header gives the key
 * figures, and each title states what its chart shows — for the built-in file and another.
 */
import { describe, expect, test } from 'vitest';
import { openPage, tapKeepsTooltipOnScreen, useBrowser, useSharedPages } from './harness';

const { browser, baseUrl } = useBrowser();
/** Pages shared by the checks that only read them (opening the tables is all they do). */
const shared = useSharedPages(browser);
const spaces = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ');

/** Words of the English interface; none may show on the Latvian page outside text marked as another language. */
const ENGLISH_UI = ['Show', 'Budget', 'Timeline', 'Sources', 'Amounts', 'thousand', 'million', 'ERDF', 'Zoom', 'lead', 'not published', 'Planned', 'Actual', 'Semesters', 'Events', 'Partners', 'partners', 'Try again', 'months', 'events', 'Source', 'Map', 'table', 'focus', 'highlighted', 'today', 'completed', 'Programme', 'Fund', 'Status', 'Duration', 'Total', 'Key figures', 'own contribution'];
/** What a chart library says of itself; never part of an accessible name. */
const LIBRARY_WORDS = /\b(x-axis|y-axis|tick|rect|rule|dot|frame|bar|text|area|line)\b/;

async function openAllTables(page: import('playwright-core').Page) {
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

describe('the Latvian page', () => {
  test('shows no English interface word outside text marked as English, and no chart-library word in any accessible name', async () => {
    const { page, errors } = await shared(`${baseUrl}?lang=lv`);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await page.locator('#map svg .partner').first().waitFor();
    await openAllTables(page);
    const leaks = await page.evaluate((words) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest('script, style, [aria-hidden="true"][data-halo]')) continue;
        const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('lv')) continue;
        // Letters beyond ASCII count as letters: "Fundão" holds no "Fund".
        for (const word of words) if (new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(node.textContent ?? '')) found.push(`${word}: "${(node.textContent ?? '').trim().slice(0, 60)}"`);
      }
      return found;
    }, ENGLISH_UI);
    expect(leaks).toEqual([]);
    const names = await page.$$eval('[aria-label]', (all) => all.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.filter((name) => name.trim() === '')).toEqual([]);
    expect(names.filter((name) => LIBRARY_WORDS.test(name))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the lead's name and a Slovene source title carry their language", async () => {
    const { page, cdp: reading } = await shared(`${baseUrl}?lang=lv`);
    await page.locator('#map svg .partner').first().waitFor();
    await openAllTables(page);
    expect(await page.locator('#map [data-summary] [lang="en"]').textContent()).toBe('Regional Development Agency Posavje');
    expect(await page.locator('.sources [lang="sl"]', { hasText: 'RRA Posavje uspešno zaključila' }).count()).toBe(1);
    // The ministry has a Latvian name, and the page uses it.
    expect(await page.locator('#budget .partner-budgets .chart-scroll > svg').textContent()).toContain('Ekonomikas ministrija');
    // A date in running text takes the locative.
    expect(spaces(await page.locator('.sources').textContent())).toContain('publicēts 2020. gada 11. martā');
    // The Spanish partner's English name carries its language in the marker's accessible name too,
    // and the name read out is the whole sentence, as in English.
    const marker = page.locator('#map svg .partner[data-partner="amuebla"]');
    const labelledBy = await marker.getAttribute('aria-labelledby');
    expect(labelledBy).toBeTruthy();
    expect(await marker.getAttribute('aria-label')).toBeNull();
    const name = page.locator(`#map svg [id="${labelledBy}"]`);
    expect(await name.locator('tspan[lang="en"]').textContent()).toMatch(/^AMUEBLA – Association of furniture manufacturers of the Region of Murcia,$/);
    // What the browser gives a screen reader (its accessibility tree).
    const cdp = await reading();
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const said = nodes.filter((node) => node.role?.value === 'image').map((node) => node.name?.value ?? '');
    expect(said.filter((value) => /^AMUEBLA – Association of furniture manufacturers of the Region of Murcia, partneris · .*Spānija/.test(value))).toHaveLength(1);
    // A name in the page's language keeps a plain label.
    expect(await page.locator('#map svg .partner[data-partner="ministry-of-economics-lv"]').getAttribute('aria-label')).toMatch(/^Latvijas Republikas Ekonomikas ministrija/);
  });
});

describe('one figure, one form', () => {
  test.each(['en', 'lv'])("in %s the ministry's EU money reads the same in sentence, legend and tooltip; no cents outside the tables", async (lang) => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=${lang}`, {}, { views: ['budget'] });
    const mark = page.locator('#budget svg [data-key="focus-eu"]');
    await mark.waitFor();
    const figure = lang === 'en' ? 'EUR 83.5 thousand' : '83,5 tūkst. EUR';
    expect(spaces(await page.locator('#budget [data-summary]').textContent())).toContain(figure);
    expect(spaces(await page.locator('#budget li[data-legend="focus-eu"]').textContent())).toContain(figure);
    await mark.focus();
    expect(spaces(await page.locator('#budget .tooltip').textContent())).toContain(figure);
    expect(spaces(await page.locator('.key-figures [data-figure="highlighted"]').textContent())).toContain(figure);
    const outsideTables = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('table, .data-table').forEach((element) => element.remove());
      return clone.textContent ?? '';
    });
    expect(spaces(outsideTables).match(/\d[.,]\d{3}[.,]\d{2}\b|\d \d{3},\d{2}\b|\d[.,]\d{2} ?EUR|EUR ?[\d,. ]+[.,]\d{2}(?!\d| ?(million|thousand))/g)).toBeNull();
    await close();
  });

  test('no date range repeats its month and year', async () => {
    const { page } = await shared(baseUrl);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    await openAllTables(page);
    const text = spaces(await page.locator('body').textContent());
    expect(text).toMatch(/3 ?– ?4 Sept 2019/);
    expect(text.match(/(\d{1,2}) (\w+) (\d{4}) ?– ?\d{1,2} \2 \3/g)).toBeNull();
  });
});

describe('up front', () => {
  test.each([
    { file: '', rate: '81.1%', leadCountry: 'Slovenia', total: 'EUR 1.64 million', duration: '42 months' },
    { file: 'fixtures/other-project.json', rate: null, leadCountry: 'Greece', total: null, duration: null },
  ])('the header gives the key figures; the titles state the findings ($leadCountry)', async ({ file, rate, leadCountry, total, duration }) => {
    const { page } = await shared(`${baseUrl}${file ? `?data=${file}` : ''}`);
    await page.locator('#map svg .partner').first().waitFor();
    const project = await page.evaluate(async (url) => (await fetch(url)).json(), file ? `${baseUrl}${file}` : `${baseUrl}data/innoindustry.json`);
    const expectedRate = rate ?? new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(project.budget.eu / project.budget.total);
    const card = (figure: string) => page.locator(`.key-figures [data-figure="${figure}"]`);
    for (const figure of ['total', 'eu', 'duration', 'partners']) expect(await card(figure).count()).toBe(1);
    if (total) expect(spaces(await card('total').textContent())).toContain(total);
    if (duration) expect(spaces(await card('duration').textContent())).toContain(duration);
    expect(spaces(await card('eu').textContent())).toContain(expectedRate);
    expect(spaces(await page.locator('#budget .figure-title').textContent())).toContain(expectedRate);
    expect(await page.locator('#map .figure-title').textContent()).toContain(leadCountry);
    expect(await page.locator('#map h2').textContent()).toBe('Map');
  });

  test('the timeline says how it ended', async () => {
    const { page } = await shared(baseUrl);
    await page.locator('#timeline svg').first().waitFor();
    expect(await page.locator('#timeline .figure-title').textContent()).toBe('Finished in January 2023, 6 months later than planned');
  });
});

describe('on a phone', () => {
  test('every tapped mark of the budget keeps its tooltip on the screen; the wide timeline says it scrolls', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`, { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    await page.locator('#budget svg [data-key]').first().waitFor();
    const marks = await page.locator('#budget svg [data-key][role="img"]').all();
    expect(marks.length).toBeGreaterThan(2);
    for (const mark of marks) await tapKeepsTooltipOnScreen(page, mark, 'budget', 360);
    expect(await page.locator('#timeline .scroll-hint').textContent()).toContain('ritiniet');
    await close();
  });
});

describe('captions describe what is drawn', () => {
  test('a file without a highlighted partner, partner budgets, events or phases is not told about them', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/minimal.json`);
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    const caption = async (view: string) => spaces(await page.locator(`#${view} figcaption`).textContent());
    expect(await caption('budget')).not.toMatch(/orange|highlighted/);
    expect(await caption('timeline')).not.toMatch(/Diamonds|phases/);
    expect(await page.locator('#budget .partner-budgets .note').count()).toBe(0);
    expect(await page.locator('#timeline .timeline-legend li[data-legend="event"]').count()).toBe(0);
    await page.goto(`${baseUrl}?data=fixtures/no-focus.json`);
    await page.locator('#budget svg [data-key]').first().waitFor();
    expect(await caption('budget')).not.toMatch(/orange/);
    expect(spaces(await page.locator('#budget [data-summary]').textContent())).not.toMatch(/focus|file/);
    await close();
  });
});
