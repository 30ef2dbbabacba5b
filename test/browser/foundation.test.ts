import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyView, openPage, useBrowser } from './harness';

const { browser, baseUrl } = useBrowser();

describe('the site under test', () => {
  test('is the production build `npm run build` ships: no Svelte development code in any of its scripts', () => {
    const assets = join('test-results', 'site', 'sub', 'path', 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const development = scripts.filter((name) => readFileSync(join(assets, name), 'utf8').includes('%c[svelte]'));
    expect(development).toEqual([]);
  });
});

describe('the default page', () => {
  test('on a phone in Latvian, every checkbox and radio button stands beside the first line of its label, however many lines the label takes', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=lv`, { viewport: { width: 360, height: 800 } });
    await page.locator('#budget input[type="radio"]').first().waitFor();
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.locator('[data-embed-follow]').first().waitFor();
    const placed = await page.$$eval('label:has(> input[type="checkbox"]), label:has(> input[type="radio"])', (labels) =>
      labels
        .filter((label) => label.getClientRects().length > 0)
        .map((label) => {
          const box = label.querySelector('input')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(label);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0 && rect.left >= box.right);
          const first = lines.reduce((top, rect) => (rect.top < top.top ? rect : top), lines[0]!);
          const middle = box.top + box.height / 2;
          const height = Math.max(...lines.map((rect) => rect.bottom)) - first.top;
          return { label: label.textContent!.trim().slice(0, 30), lines: Math.round(height / first.height), beside: middle >= first.top && middle <= first.bottom };
        }),
    );
    // A test where no label wrapped would prove little: the embed's and the slide's options take two lines or more here.
    expect(placed.filter((p) => p.lines > 1).length).toBeGreaterThanOrEqual(2);
    expect(placed.filter((p) => !p.beside)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('shows the InnoIndustry header, its status as completed, the three views and the sources', async () => {
    const { page, errors, foreignRequests, close } = await openPage(browser(), baseUrl, {}, { requests: true });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Improving innovation delivery of policies within 4.0 industry in Europe',
    );
    expect(await page.locator('.acronym').textContent()).toBe('InnoIndustry');
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('completed');
    expect(await page.locator('[data-status]').textContent()).toBe('completed');
    const header = (await page.locator('.project-header').textContent()) ?? '';
    expect(header).toContain('Interreg Europe 2014-2020');
    expect(header).toContain('10 partners in 10 countries');
    expect(header).toMatch(/36\s+months/);
    expect(header).toMatch(/42 months, extended by 6 months/);
    for (const name of ['Map', 'Budget', 'Timeline', 'Sources']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.sources a[href="https://www.em.gov.lv/lv/projekts/innoindustry-projekts"]').count()).toBe(1);
    // The five key figures in one row at a desktop width, none alone on a second; the website's address breaks after a separator.
    const tops = await page.locator('.key-figures > div').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size).toBe(1);
    const website = page.locator('.facts a[href^="https://www.interregeurope.eu"]');
    expect(await website.textContent()).toBe('https://www.interregeurope.eu/innoindustry/');
    expect(await website.locator('wbr').count()).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  test('is in Latvian with ?lang=lv, and the switch changes the language and the URL', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Inovāciju politikas uzlabošana Eiropā Industrijas 4.0. ietvaros',
    );
    expect(await page.locator('[data-status]').textContent()).toBe('pabeigts');
    for (const name of ['Karte', 'Budžets', 'Laika grafiks', 'Avoti']) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    // Five key figures in a row, none broken inside a word ("1,64 milj. EU" / "R"): each word of a figure on one line.
    const broken = await page.locator('.key-figures strong').evaluateAll((figures) =>
      figures.flatMap((figure) => {
        const text = figure.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const words = [...(text.textContent ?? '').matchAll(/[^\s\u00a0]+/g)];
        return words.filter((word) => {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        }).map((word) => word[0]);
      }),
    );
    expect(broken).toEqual([]);
    await page.getByLabel('English').check();
    await page.getByRole('heading', { level: 2, name: 'Budget', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await close();
  });

  test('says the project is running when today falls inside its dates', async () => {
    const context = await browser().newContext({ locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2021-05-01T12:00:00Z'));
    await page.goto(baseUrl);
    await page.locator('[data-status]').waitFor();
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('running');
    await context.close();
  });
});

describe('loading another file', () => {
  test('?data= shows another project', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/other-project.json`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('.acronym').textContent()).toBe('TestHarbours');
    expect(await page.locator('.project-header').textContent()).toContain('4 partners in 3 countries');
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('running');
    expect(errors).toEqual([]);
    await close();
  });

  test('the smallest valid file (one partner, no location, zero budget, a one-day schedule) shows every view', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/minimal.json`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('#map svg .partner').waitFor();
    await page.locator('#timeline svg [data-key="project"]').waitFor();
    expect(await page.locator('#budget [data-summary]').textContent()).toBe('The total budget is 0, so there is no split to draw.');
    expect(await page.locator('.project-header').textContent()).toContain('1 partner in 1 country');
    expect(await page.locator('#map svg .partner.country').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  test('warnings (an event before the schedule, an unknown field) are listed and the project is shown', async () => {
    const file = JSON.parse(readFileSync('test/fixtures/thirty-countries.json', 'utf8')) as Record<string, unknown>;
    file.colour = 'blue';
    const { page, errors, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'with-warnings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('.acronym', { hasText: 'TestThirty' }).waitFor();
    const status = page.locator('.notice.warning');
    expect(await status.locator('h2').textContent()).toBe('The file with-warnings.json is shown, with 2 warnings');
    expect(await status.locator('code.path').allTextContents()).toEqual(expect.arrayContaining(['colour', 'events[0].start']));
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('a broken file shows every problem with its path, in the UI language, and no project', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/broken.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('broken.json');
    for (const path of [
      'schemaVersion',
      'id',
      'acronym',
      'budget.eu',
      'budget.sources[0]',
      'focusPartner',
      'partners[0].country',
      'partners[1].id',
      'partners[1].role',
      'schedule.planned.start',
      'sources[0].url',
    ]) {
      expect(await alert.locator('code.path', { hasText: new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}$`) }).count(), path).toBeGreaterThan(0);
    }
    expect(text).toContain('a real calendar date written YYYY-MM-DD');
    expect(text).toContain('"XX"');
    expect(await page.locator('.project-header').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('EU project dashboard');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await close();
  });

  test('the same problems are told in Latvian with ?lang=lv', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?lang=lv&data=fixtures/broken.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Failu broken.json nevar parādīt');
    expect(text).toContain('īsts kalendāra datums formā GGGG-MM-DD');
    await close();
  });

  test('a missing file and a file on another site are refused with a clear message', async () => {
    const missing = await openPage(browser(), `${baseUrl}?data=fixtures/nothing-here.json`);
    await missing.page.getByRole('alert').waitFor();
    expect(await missing.page.getByRole('alert').textContent()).toContain('HTTP 404');
    await missing.close();

    const foreign = await openPage(browser(), `${baseUrl}?data=https://example.org/project.json`, {}, { requests: true });
    await foreign.page.getByRole('alert').waitFor();
    expect(await foreign.page.getByRole('alert').textContent()).toContain('other sites are not loaded');
    expect(foreign.foreignRequests).toEqual([]);
    await foreign.close();
  });

  test('"Open a file…" reads a local file; a broken one keeps the project on screen', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Open a file…').setInputFiles('test/fixtures/broken.json');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('The project shown before stays on the page.');
    expect(await page.locator('.acronym').textContent()).toBe('InnoIndustry');

    await page.getByLabel('Open a file…').setInputFiles('test/fixtures/other-project.json');
    await page.locator('.acronym', { hasText: 'TestHarbours' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await close();
  });

  test('a file dropped on the page is opened', async () => {
    const { page, close } = await openPage(browser(), baseUrl, {}, { views: [] });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const content = await import('node:fs').then((fs) => fs.readFileSync('test/fixtures/other-project.json', 'utf8'));
    const transfer = await page.evaluateHandle((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return data;
    }, content);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.locator('.acronym', { hasText: 'TestHarbours' }).waitFor();
    await close();
  });

  test('a view whose script fails to load says so, the others keep working, and Try again loads it', async () => {
    const context = await browser().newContext({ locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    let fail = true;
    await page.route(/MapView-[^/]*\.js$/, (route) => (fail ? route.abort() : route.continue()));
    await page.goto(baseUrl);
    await everyView(page);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('This view could not be loaded');
    await page.locator('#budget svg').first().waitFor();
    await page.locator('#timeline svg').first().waitFor();
    fail = false;
    await page.locator('[data-failed-view="map"]').getByRole('button', { name: 'Try again' }).click();
    await page.locator('#map svg .partner').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  test('markup in any string shows as text and never runs', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?data=fixtures/markup.json`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('<img src=x onerror="window.__pwned=true">Title');
    expect(await page.locator('.acronym').textContent()).toBe('<b>Bold</b>');
    expect(await page.locator('main img, main b, main script, main u').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await close();
  });
});
