/**
 * The ministry's page the project began from, whole: the EU emblem and acknowledgement on
 * arrival, the national expert working group, the aims and expected result, what the page said
 * when, and a truthful "as of" under every chart.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';

const { browser, baseUrl } = useBrowser();

const ALLOWED_FONTS = ['Arial', 'Verdana', 'Tahoma', 'Trebuchet MS', 'Calibri', 'Ubuntu', 'Garamond', 'Auto'];
const FIRST_SCREEN = { 360: 640, 1280: 720 } as const;

/** Where the acknowledgement is, what it says and how it is set. */
async function acknowledgementSeen(page: Page) {
  const ack = page.locator('.project-header [data-eu-acknowledgement]');
  await ack.waitFor();
  return page.evaluate(() => {
    const root = document.querySelector('.project-header [data-eu-acknowledgement]')!;
    const emblem = root.querySelector('svg')!;
    const words = root.querySelector('.eu-words')!;
    const style = getComputedStyle(words);
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    return {
      emblem: box(emblem),
      words: box(words),
      emblemName: emblem.getAttribute('aria-label'),
      fills: [...emblem.querySelectorAll('[fill]')].map((e) => e.getAttribute('fill')),
      statement: root.querySelector('[data-eu-statement]')?.textContent,
      fund: root.querySelector('[data-eu-fund]')?.textContent,
      font: style.fontFamily,
      colour: style.color,
      italic: style.fontStyle,
      decoration: style.textDecorationLine,
    };
  });
}

describe('the EU emblem and acknowledgement', () => {
  for (const [lang, statement, fund] of [
    ['en', 'European Union', 'European Regional Development Fund'],
    ['lv', 'Eiropas Savienība', 'Eiropas Reģionālās attīstības fonds'],
  ] as const) {
    test(`in ${lang}: drawn to its specification, the Union and the fund written out, in the first screen at 360 and 1280 px`, async () => {
      const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=${lang}`, { viewport: { width: 1280, height: FIRST_SCREEN[1280] } }, { views: [] });
      for (const width of [1280, 360] as const) {
        await page.setViewportSize({ width, height: FIRST_SCREEN[width] });
        const seen = await acknowledgementSeen(page);
        expect(seen.statement).toBe(statement);
        expect(seen.fund).toBe(fund);
        expect(seen.emblemName).toBe(lang === 'en' ? 'Emblem of the European Union' : 'Eiropas Savienības emblēma');
        expect(seen.fills).toEqual(['#003399', '#FFCC00']);
        // 3:2, on arrival without scrolling, the words beside the emblem and not over it.
        expect(seen.emblem.width / seen.emblem.height).toBeCloseTo(1.5, 1);
        expect(seen.emblem.height).toBeGreaterThanOrEqual(24);
        expect(seen.emblem.top).toBeGreaterThanOrEqual(0);
        expect(seen.words.bottom).toBeLessThanOrEqual(FIRST_SCREEN[width]);
        expect(seen.emblem.bottom).toBeLessThanOrEqual(FIRST_SCREEN[width]);
        expect(seen.words.left).toBeGreaterThanOrEqual(seen.emblem.right);
        expect(ALLOWED_FONTS.some((font) => seen.font.split(',')[0]!.replace(/"/g, '').trim() === font)).toBe(true);
        expect(seen.colour).toBe('rgb(0, 51, 153)');
        expect(seen.italic).toBe('normal');
        expect(seen.decoration).toBe('none');
      }
      expect(errors).toEqual([]);
      await close();
    });
  }

  test('white words on the dark page', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?theme=dark`, {}, { views: [] });
    expect((await acknowledgementSeen(page)).colour).toBe('rgb(255, 255, 255)');
    await close();
  });

  test('a 2021-2027 programme says "Co-funded by the European Union"; a programme without its period the neutral words; a file names its own fund', async () => {
    for (const [file, lang, statement, fund] of [
      ['programme-2021-2027', 'en', 'Co-funded by the European Union', undefined],
      ['programme-2021-2027', 'lv', 'Līdzfinansē Eiropas Savienība', undefined],
      ['other-project', 'en', 'Co-funded by the European Union', undefined],
      ['horizon', 'en', 'Co-funded by the European Union', 'Horizon 2020 research and innovation programme'],
      ['horizon', 'lv', 'Līdzfinansē Eiropas Savienība', 'pētniecības un inovācijas pamatprogramma “Apvārsnis 2020”'],
    ] as const) {
      const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/${file}.json&lang=${lang}`);
      const seen = await acknowledgementSeen(page);
      expect({ file, lang, statement: seen.statement, fund: seen.fund }).toEqual({ file, lang, statement, fund });
      await close();
    }
  });

  test('an embed carries it, compact, in its footer', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}embed.html?embed=budget&lang=lv`);
    const footer = page.locator('main > [data-eu-acknowledgement].compact');
    await footer.waitFor();
    expect(await footer.locator('[data-eu-statement]').textContent()).toBe('Eiropas Savienība');
    expect(await footer.locator('[data-eu-fund]').textContent()).toBe('Eiropas Reģionālās attīstības fonds');
    expect(await footer.locator('svg').getAttribute('aria-label')).toBe('Eiropas Savienības emblēma');
    const below = await page.evaluate(() => {
      const chart = document.querySelector('#budget')!.getBoundingClientRect();
      const ack = document.querySelector('main > [data-eu-acknowledgement]')!.getBoundingClientRect();
      return ack.top >= chart.bottom;
    });
    expect(below).toBe(true);
    await close();
  });
});

describe('what the ministry began from', () => {
  test('in Latvian: the expert group by its Latvian names, ending "u.c.", with its source; the aims and result; what the page said when', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=lv`, {}, { views: [] });
    const group = page.locator('[data-stakeholder-group="national-expert-group"]');
    await group.waitFor();
    expect(await group.getByRole('heading', { level: 2 }).textContent()).toBe('Nacionāla līmeņa ekspertu darba grupa');
    const members = await group.locator('.group-members li').allTextContents();
    expect(members).toEqual([
      'Izglītības un zinātnes ministrija (IZM)',
      'Vides aizsardzības un reģionālās attīstības ministrija (VARAM)',
      'Latvijas Investīciju un attīstības aģentūra (LIAA)',
      'Latvijas Darba devēju konfederācija (LDDK)',
      'Latvijas IT klasteris',
    ]);
    expect(await group.locator('h3').allTextContents()).toEqual(['Valsts iestādes', 'Nozares organizācijas']);
    expect(await group.locator('[data-incomplete]').textContent()).toContain('u.c.');
    expect(await group.textContent()).toContain('Latvijas Republikas Ekonomikas ministrija');
    expect(await group.locator('.source-refs a').getAttribute('href')).toBe('#source-em-gov-lv');
    // Names in the page's language carry no lang of their own.
    expect(await group.locator('.group-members [lang]').count()).toBe(0);

    const aims = page.locator('[data-objectives]');
    expect(await aims.getByRole('heading', { level: 2 }).textContent()).toBe('Mērķi un sagaidāmais rezultāts');
    expect(await aims.locator('ol li').count()).toBe(2);
    expect(await aims.locator('ol li').first().textContent()).toContain('Pieredzes apmaiņa');
    expect(await aims.locator('ul li').first().textContent()).toContain('profesionālā kompetence');

    const history = await page.locator('.status-history li').allTextContents();
    expect(history).toEqual([
      'Lapā «INNOINDUSTRY projekts, Ekonomikas ministrija» 2020. gada 13. septembrī bija norādīts: īstenošanā',
      'Pabeigts 2023. gada 31. janvārī, 6 mēnešus vēlāk, nekā plānots',
    ]);
    expect(errors).toEqual([]);
    await close();
  });

  test('in English: the group by its English names, "and others"; what the page said on 13 September 2020 beside the completion; every chart dated by its check, never 13 Sept 2020', async () => {
    const { page, close } = await openPage(browser(), baseUrl);
    const group = page.locator('[data-stakeholder-group="national-expert-group"]');
    await group.waitFor();
    expect(await group.locator('.group-members li').first().textContent()).toBe('Ministry of Education and Science');
    expect(await group.locator('[data-incomplete]').textContent()).toContain('and others');
    expect(await page.locator('.status-history li').allTextContents()).toEqual([
      'The page “InnoIndustry project page, Ministry of Economics of Latvia” said on 13 September 2020: in implementation',
      'Completed on 31 January 2023, 6 months after the planned end',
    ]);
    for (const view of ['map', 'budget', 'timeline']) {
      const source = (await page.locator(`#${view} .view-source`).textContent()) ?? '';
      expect(source).toContain('checked 26 Nov 2026');
      expect(source).not.toMatch(/13 Sept 2020|data as of/);
    }
    await close();
  });

  test('a group that names no member is shown with a warning, and says so', async () => {
    const { page, close } = await openPage(browser(), `${baseUrl}?data=fixtures/programme-2021-2027.json`);
    const group = page.locator('[data-stakeholder-group="empty-group"]');
    await group.waitFor();
    expect(await group.textContent()).toContain('The file names no members of this group.');
    expect(await page.locator('.notice.warning').textContent()).toContain('stakeholderGroups[0].members');
    await close();
  });
});
