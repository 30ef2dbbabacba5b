/**
 * The editor of a project file, tried as a new user would: a project of three partners in three
 * countries, one event and a planned schedule made with the form alone, previewed beside it,
 * downloaded, and the file opened in the dashboard unchanged; the built-in project opened, changed
 * and previewed in Latvian; the draft kept over a reload; a damaged draft offered to discard; a
 * 500-partner file paged; the form at 360 px. Problems at their fields and in the list that jumps.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { audit, downloadedBytes, openPage, useBrowser } from './harness';
import { validateProjectText } from '../../src/data/validate';
import { generateProject, BENCH_LIMIT } from '../generate';
import { DRAFT_KEY } from '../../src/editor/storage';

const { browser, baseUrl } = useBrowser();
const axe = (page: Page) =>
  audit(page, { include: '[data-editor]', wcag22: true });

/** The message tied to a control by aria-describedby. */
async function description(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' | '),
  );
}

async function addPartner(page: Page, index: number, name: string, country: string, town: string) {
  await page.locator('[data-add-entry="partner"]').click();
  // The new entry is open with the focus in its first field.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`edit-partners-${index}-name`);
  await page.keyboard.type(name);
  await page.fill(`#edit-partners-${index}-country`, country);
  await page.press(`#edit-partners-${index}-country`, 'Tab');
  await page.fill(`#edit-partners-${index}-place`, town);
  await page.locator(`#edit-partners-${index}-location`).getByRole('button', { name: 'Find the town' }).click();
  await expect.poll(() => page.locator(`#edit-partners-${index}-location [role="status"]`).textContent()).toMatch(/^Placed at /);
}

describe('making a project file in the page', () => {
  test('three partners, one event and a planned schedule made with the form alone, previewed, downloaded and opened unchanged', async () => {
    const { page, errors, foreignRequests, close } = await openPage(browser(), `${baseUrl}?lang=en`, {}, { requests: true, views: ['map'] });
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    // The entry in the file menu opens the editor and names it in the address.
    await page.locator('.open-file summary').click();
    await page.getByRole('button', { name: 'Make or edit a project file' }).click();
    await page.locator('[data-editor]').waitFor();
    expect(new URL(page.url()).searchParams.has('edit')).toBe(true);
    await page.locator('[data-edit-new]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-acronym');
    // Nothing is valid yet: the list says what is missing, the download waits, the preview keeps the project shown before.
    await expect.poll(() => page.locator('#edit-problems-title').textContent()).toMatch(/^\d+ things to fix before the file can be downloaded$/);
    expect(await page.locator('[data-edit-download]').isDisabled()).toBe(true);
    expect(await page.locator('[data-preview-note]').textContent()).toContain('the draft appears here once it has no errors');

    await page.keyboard.type('TRIO');
    // The id follows the acronym until it is written by hand.
    expect(await page.inputValue('#edit-id')).toBe('trio');
    await page.fill('#edit-title', 'Three towns, one river');
    await page.fill('#edit-programme', 'Interreg Baltic Sea Region 2021-2027');
    // Money with the locale's separators, or none.
    await page.fill('#edit-budget-total', '1 000 000');
    await page.fill('#edit-budget-eu', '800,000.50');
    await page.press('#edit-budget-eu', 'Tab');
    expect(await page.inputValue('#edit-budget-eu')).toBe('800,000.50');
    await page.fill('#edit-schedule-planned-start', '2024-01-01');
    await page.fill('#edit-schedule-planned-end', '2026-12-31');

    await page.locator('[data-add-entry="source"]').click();
    await page.keyboard.type('Programme page of the project');
    await page.fill('#edit-sources-0-url', 'https://example.org/trio');
    expect(await page.inputValue('#edit-sources-0-id')).toBe('programme-page-of-the-project');
    await page.locator('#edit-budget-sources').getByLabel('Programme page of the project').check();

    await addPartner(page, 0, 'River Town Council', 'Latvia', 'Riga');
    await page.selectOption('#edit-partners-0-role', 'lead');
    expect(await page.isChecked('#edit-partners-0-location-approximate')).toBe(true);
    expect(Number(await page.inputValue('#edit-partners-0-location-lat'))).toBeCloseTo(56.946, 2);
    // The point moved on the country's map with the keyboard: about 1 km north, still approximate.
    await page.locator('#edit-partners-0-location').getByRole('button', { name: 'Move the point on a map' }).click();
    const point = page.locator('#edit-partners-0-location [data-location-point]');
    expect(await page.locator('#edit-partners-0-location svg').getAttribute('aria-label')).toBe('Map of Latvia: click to place the point');
    await point.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await page.inputValue('#edit-partners-0-location-lat'))).toBeCloseTo(56.955, 3);
    expect(await point.getAttribute('aria-label')).toMatch(/^Point at 56\.95\d*, 24\.10\d*\. Arrow keys move it/);
    // The partner's name in its own language too, in a box named by its language.
    await page.locator('#edit-partners-0-name-label ~ button', { hasText: 'Add a language' }).click();
    await page.locator('#edit-partners-0-name-label').locator('..').getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-partners-0-name-lv');
    await page.keyboard.type('Upes pilsētas dome');
    expect(await page.getAttribute('#edit-partners-0-name-lv', 'lang')).toBe('lv');
    expect(await page.inputValue('#edit-partners-0-name-en')).toBe('River Town Council');
    await addPartner(page, 1, 'Harbour Agency', 'Estonia', 'Tartu');
    // A country typed in part, in any case, is found by its name.
    await addPartner(page, 2, 'Forest Institute', 'lithua', 'Kaunas');
    expect(await page.inputValue('#edit-partners-2-country')).toBe('Lithuania (LT)');

    await page.locator('[data-add-entry="event"]').click();
    await page.keyboard.type('Kick-off in Tartu');
    await page.fill('#edit-events-0-start', '2024-02-15');
    await page.fill('#edit-events-0-country', 'Estonia');
    await page.press('#edit-events-0-country', 'Tab');
    await page.selectOption('#edit-events-0-partner', 'harbour-agency');

    // Complete: the download is offered and the preview is the draft, redrawn as typed.
    await expect.poll(() => page.locator('#edit-problems-title').textContent()).toBe('The file is complete and valid.');
    expect(await page.locator('[data-edit-download]').isDisabled()).toBe(false);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Three towns, one river');
    await expect.poll(() => page.locator('[data-preview-note]').textContent()).toContain('the draft, as you type');
    await expect.poll(() => page.locator('#map svg[role="group"] .partner').count()).toBe(3);
    // The views are drawn one per task, the timeline last: it is read once it has come.
    await expect.poll(() => page.locator('#timeline').textContent()).toContain('Kick-off in Tartu');
    await page.fill('#edit-title', 'Three towns, one sea');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Three towns, one sea');
    expect((await axe(page)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.locator('[data-edit-download]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('trio.json');
    const text = (await downloadedBytes(file)).toString('utf8');
    const validation = validateProjectText(text);
    expect(validation.ok && validation.warnings).toEqual([]);
    const saved = JSON.parse(text) as Record<string, unknown>;
    expect(saved).toMatchObject({
      schemaVersion: 1,
      id: 'trio',
      acronym: 'TRIO',
      title: 'Three towns, one sea',
      budget: { total: 1_000_000, eu: 800_000.5, sources: ['programme-page-of-the-project'] },
      schedule: { planned: { start: '2024-01-01', end: '2026-12-31' } },
      events: [{ id: 'kick-off-in-tartu', name: 'Kick-off in Tartu', kind: 'meeting', start: '2024-02-15', country: 'EE', partner: 'harbour-agency' }],
    });
    expect((saved.partners as { name: unknown }[])[0]!.name).toEqual({ en: 'River Town Council', lv: 'Upes pilsētas dome' });
    expect((saved.partners as { id: string; country: string; role: string; location: { approximate: boolean } }[]).map((p) => [p.id, p.country, p.role, p.location.approximate])).toEqual([
      ['river-town-council', 'LV', 'lead', true],
      ['harbour-agency', 'EE', 'partner', true],
      ['forest-institute', 'LT', 'partner', true],
    ]);

    // The downloaded file opens in the dashboard as it is: the same project, every view.
    await page.locator('[data-edit-close]').click();
    expect(new URL(page.url()).searchParams.has('edit')).toBe(false);
    await page.locator('.open-file summary').click();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'trio.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('[data-origin="other"]').textContent().catch(() => '')).toContain('trio.json');
    expect(await page.locator('main h1').textContent()).toBe('Three towns, one sea');
    await expect.poll(() => page.locator('#map svg[role="group"] .partner').count()).toBe(3);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  test('problems at their fields and in a list that jumps to them; undo and redo; two leads; a removed host partner', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=en&edit`);
    await page.locator('[data-edit-shown]').click();
    // The built-in file is valid as it is.
    await expect.poll(() => page.locator('#edit-problems-title').textContent()).toBe('The file is complete and valid.');
    const total = await page.inputValue('#edit-budget-total');
    expect(total).toMatch(/^1,6\d\d,\d{3}(\.\d\d)?$/);
    // Text pasted into an amount is kept as typed and named at its field.
    await page.fill('#edit-budget-total', 'about a million');
    await expect.poll(() => page.getAttribute('#edit-budget-total', 'aria-invalid')).toBe('true');
    expect(await description(page, '#edit-budget-total')).toContain('Expected an amount of 0 or more, such as 1\u00a0640\u00a0000 or 83\u00a0500.50 (found "about a million").');
    expect(await page.locator('[data-edit-download]').isDisabled()).toBe(true);
    // The preview keeps the last version without errors.
    expect(await page.locator('[data-preview-note]').textContent()).toContain('the last version of the draft without errors');
    const jump = page.locator('[data-edit-problems] [data-jump="budget.total"]');
    expect(await jump.textContent()).toBe('Budget › Total budget');
    await page.focus('#edit-acronym');
    await jump.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-budget-total');
    // Undo brings the amount back (outside a text box, Ctrl+Z; here the button).
    await page.locator('[data-undo]').click();
    await expect.poll(() => page.inputValue('#edit-budget-total')).toBe(total);
    await expect.poll(() => page.locator('#edit-problems-title').textContent()).toBe('The file is complete and valid.');
    // Redo, and undo again from the keyboard (outside a text box).
    await page.locator('[data-redo]').click();
    await expect.poll(() => page.inputValue('#edit-budget-total')).toBe('about a million');
    await page.focus('[data-undo]');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#edit-budget-total')).toBe(total);
    // Duplicated and moved: the copy is a partner with an id of its own, placed after the original.
    await page.locator('#edit-partners-0-entry').getByRole('button', { name: /^Duplicate/ }).click();
    expect(await page.locator('#edit-partners-1-entry summary').textContent()).toContain('Regional Development Agency Posavje · SI · partner');
    await page.locator('#edit-partners-1-entry').getByRole('button', { name: /^Move down/ }).click();
    expect(await page.locator('#edit-partners-2-entry summary').textContent()).toContain('Regional Development Agency Posavje');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-partners-2-down');
    await page.locator('[data-undo]').click();
    await page.locator('[data-undo]').click();
    expect(await page.locator('#edit-partners-1-entry summary').textContent()).toContain('ecoplus');

    // A second lead: said on the partners' list and in the list of problems, which opens the entry.
    await page.locator('#edit-partners-1-entry summary').click();
    await page.selectOption('#edit-partners-1-role', 'lead');
    await expect.poll(() => page.locator('#edit-partners-problem').textContent()).toBe('Expected exactly one partner with role "lead".');
    await page.locator('[data-undo]').click();

    // A partner that is highlighted and hosts events, removed: its references go with it, and it is said.
    const removing = page.locator('#edit-partners-0-entry [data-remove-entry]');
    await removing.click();
    expect(await page.locator('[data-entry-list="partners"] > p[role="status"]').textContent()).toBe(
      'Removed Regional Development Agency Posavje: it is no longer the host of 1 event. Undo brings it back.',
    );
    await expect.poll(() => page.locator('#edit-problems-title').textContent()).toBe('1 thing to fix before the file can be downloaded');
    expect(await page.locator('[data-edit-problems] li').first().textContent()).toContain('Expected exactly one partner with role "lead".');
    await page.locator('[data-undo]').click();
    await expect.poll(() => page.locator('#edit-problems-title').textContent()).toBe('The file is complete and valid.');
    expect(await page.locator('#edit-partners-0-entry summary').textContent()).toContain('Regional Development Agency Posavje');
    expect(errors).toEqual([]);
    await close();
  });

  test('the built-in project opened, changed and previewed in Latvian, its draft kept over a reload', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=lv&edit`);
    // A new project's empty lists say "none yet" agreeing with their nouns: a rate (likme) and a group (grupa) are feminine.
    await page.locator('[data-edit-new]').click();
    const none = (list: string) => page.locator(`[data-entry-list="${list}"] > p.field-help:not([role])`).textContent();
    expect([await none('programmeRates'), await none('stakeholderGroups'), await none('partners')]).toEqual(['Vēl nav nevienas.', 'Vēl nav nevienas.', 'Vēl nav neviena.']);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-discard]').click();
    await page.locator('[data-edit-shown]').click();
    expect(await page.locator('#editor-title').textContent()).toBe('Izveidot vai labot projekta failu');
    expect(await page.locator('label[for="edit-acronym"]').textContent()).toContain('Akronīms');
    expect(await page.locator('[data-entry-list="partners"] legend').first().textContent()).toBe('Partneri');
    // The list names an entry in the page's language where the file gives it one.
    const partners = page.locator('[data-entry-list="partners"] > ol > li summary');
    expect(await partners.nth(2).textContent()).toContain('Latvijas Republikas Ekonomikas ministrija · LV');
    // A name the file gives only in English is marked as English, for a voice to read it so; the Latvian one is not marked.
    expect(await partners.nth(1).locator('span:not(.visually-hidden)').first().evaluate((name) => [name.textContent, name.getAttribute('lang')])).toEqual(['ecoplus. The Business Agency of Lower Austria', 'en']);
    expect(await partners.nth(2).locator('span:not(.visually-hidden)').first().getAttribute('lang')).toBeNull();
    // The title is a Text in two languages: each in its own box, named by its language.
    const latvianTitle = page.locator('#edit-title-lv');
    expect(await latvianTitle.getAttribute('lang')).toBe('lv');
    expect(await page.locator('#edit-title-lv-lang').textContent()).toBe('latviešu');
    await latvianTitle.fill('Inovāciju politika Eiropā');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Inovāciju politika Eiropā');
    // A problem is said in Latvian.
    await page.fill('#edit-budget-total', 'ap. miljons');
    await expect.poll(() => description(page, '#edit-budget-total')).toContain('Gaidīts: summa, kas ir 0 vai vairāk');
    await page.fill('#edit-budget-total', '1 637 941');
    await page.press('#edit-budget-total', 'Tab');
    await expect.poll(() => page.getAttribute('#edit-budget-total', 'aria-invalid')).toBe(null);
    expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
    // Kept: a reload brings the draft back, said as such.
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key)?.includes('Inovāciju politika Eiropā') ?? false, DRAFT_KEY)).toBe(true);
    await page.reload();
    await page.locator('[data-restored]').waitFor();
    expect(await page.locator('[data-restored]').textContent()).toMatch(/^Jūsu melnraksts \(.+\) ir atjaunots/);
    expect(await page.inputValue('#edit-title-lv')).toBe('Inovāciju politika Eiropā');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Inovāciju politika Eiropā');
    expect(errors).toEqual([]);
    await close();
  });

  test('a damaged draft in storage is offered to discard, and the page keeps working', async () => {
    const context = await browser().newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"savedAt": "yesterday", "draft": [1, 2');
        sessionStorage.setItem('seeded', '1');
      }
    }, DRAFT_KEY);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}?lang=en&edit`);
    const notice = page.locator('[data-editor] .notice.error');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe('A draft kept in this browser could not be read (it is damaged). Discard it to start again.');
    // The dashboard is there all the same.
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    await notice.getByRole('button', { name: 'Discard the draft' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBe(null);
    expect(await page.locator('[data-edit-new]').isVisible()).toBe(true);
    // A file that is no project is refused with its name; nothing else changes.
    await page.locator('[data-edit-file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not JSON') });
    // The file is read asynchronously: wait for its notice.
    await expect.poll(() => page.locator('[data-editor] p.notice.error').textContent()).toBe('notes.json is no project file: it is not JSON. Open a .json file.');
    await page.locator('[data-edit-file]').setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]') });
    // The file is read asynchronously: wait for its notice.
    await expect.poll(() => page.locator('[data-editor] p.notice.error').textContent()).toBe('list.json is no project file: it holds no JSON object. Open a file that starts with “{”.');
    expect(await page.locator('[data-edit-new]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a 500-partner file opens in the editor a page at a time, and the form fits a 360 px phone', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=en&edit`, { viewport: { width: 360, height: 800 } });
    const large = JSON.stringify(generateProject(BENCH_LIMIT));
    await page.locator('[data-edit-file]').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(large) });
    const partners = page.locator('[data-entry-list="partners"] > ol > li');
    await expect.poll(() => partners.count()).toBe(20);
    expect(await page.locator('[data-entry-list="partners"] .list-search [role="status"]').textContent()).toBe('1–20 of 500');
    await page.locator('[data-entry-list="partners"] .list-search').getByRole('button', { name: 'Next' }).click();
    expect(await partners.first().getAttribute('data-entry')).toBe('20');
    // Typing in a field of an entry goes into the draft.
    await partners.first().locator('summary').click();
    await page.fill('#edit-partners-20-shortName', 'Twenty-one');
    await partners.first().locator('summary').click();
    await partners.first().locator('summary').click();
    expect(await page.inputValue('#edit-partners-20-shortName')).toBe('Twenty-one');
    // Nothing of the form is wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect((await axe(page)).violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
