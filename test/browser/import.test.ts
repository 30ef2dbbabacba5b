/**
 * Bringing a project in from an export, as a ministry would: "Open a file…" with a keep.eu
 * workbook of several projects, the list searched and one picked, the project shown with its
 * notice and what is missing, its project file downloaded and opened again unchanged; CORDIS's
 * two files together on the Latvian page; files that are no export refused with what was
 * expected while the project shown stays; a 2,000-project export listed with the page answering.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { strToU8 } from 'fflate';
import { audit, downloadedBytes, openPage, recordViolations, useBrowser } from './harness';
import { CORDIS_ORGANISATION_CSV, CORDIS_PROJECT_CSV, keepWorkbook, otherWorkbook } from '../importFixtures';
import { validateProjectText } from '../../src/data/validate';

const { browser, baseUrl } = useBrowser();
let workbook: Buffer;
let large: Buffer;
beforeAll(async () => {
  workbook = Buffer.from(await keepWorkbook());
  large = Buffer.from(await keepWorkbook({ extraProjects: 2_000, partnersEach: 10 }));
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('importing an export in the page', () => {
  test('keep.eu: pick from the list, see the project with its notice and what is missing, download its file and open it again unchanged', async () => {
    const { page, errors, foreignRequests, close } = await openPage(browser(), `${baseUrl}?lang=en`, {}, { requests: true });
    const violations = await recordViolations(page);
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'keep-search.xlsx', mimeType: XLSX, buffer: workbook });
    const picker = page.locator('[data-import-picker]');
    await picker.waitFor();
    expect(await picker.locator('h2').textContent()).toBe('Choose a project from the keep.eu export (4 projects)');
    // The search box has the focus and narrows the list by acronym, title or programme.
    await page.keyboard.type('twin lithuania');
    await expect.poll(() => picker.locator('[data-import-project]').count()).toBe(2);
    expect(await picker.locator('.count').textContent()).toBe('2 of 4 projects shown; type to narrow the list');
    const axe = () => audit(page);
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    await picker.locator('[data-import-project="LLI-00001"]').click();
    const notice = page.locator('[data-import-notice]');
    await notice.waitFor();
    expect(await page.locator('h1').textContent()).toBe('Twin rivers (made-up)');
    expect(await notice.locator('#import-notice').textContent()).toMatch(/^Imported from the keep\.eu export keep-search\.xlsx on \d{1,2} \w+ 2\d{3}, not checked: compare it with its sources before publishing it\.$/);
    await notice.locator('summary').click();
    expect((await axe()).violations.map((v) => v.id)).toEqual([]);
    const notes = await notice.locator('[data-import-notes] li').allTextContents();
    expect(notes).toContain('The export has no work phases: the timeline shows the project’s dates only.');
    expect(notes).toContain('The export has no events: none are shown.');
    expect(notes.some((n) => n.startsWith('River town (made-up): placed at Valka'))).toBe(true);
    // Every view draws the imported project: both partners on the map, the budget, the schedule.
    await expect.poll(() => page.locator('#map svg[role="group"] .partner').count()).toBe(2);
    expect(await page.locator('#budget').textContent()).toContain('800');
    expect(await page.locator('#timeline').textContent()).toContain('2025');
    // The project file, downloaded, is valid and opens as it is.
    const download = page.waitForEvent('download');
    await notice.locator('[data-import-download]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('twin.json');
    const text = (await downloadedBytes(file)).toString('utf8');
    const validation = validateProjectText(text, text.length);
    expect(validation.ok).toBe(true);
    // What the export lacks is completed in the editor, starting from the imported project.
    await notice.locator('[data-import-edit]').click();
    await page.locator('[data-edit-shown]').click();
    expect(await page.inputValue('#edit-acronym')).toBe('TWIN');
    expect(await page.locator('[data-entry-list="partners"] > ol > li').count()).toBe(2);
    await page.locator('[data-edit-close]').click();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'twin.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('[data-origin="other"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Twin rivers (made-up)');
    expect(await page.locator('[data-import-notice]').count()).toBe(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await close();
  });

  test('in Latvian: CORDIS project.csv and organization.csv together; one alone names the other', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=lv`);
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    await page.getByLabel('Atvērt failu…').setInputFiles([
      { name: 'project.csv', mimeType: 'text/csv', buffer: Buffer.from(strToU8(CORDIS_PROJECT_CSV)) },
      { name: 'organization.csv', mimeType: 'text/csv', buffer: Buffer.from(strToU8(CORDIS_ORGANISATION_CSV)) },
    ]);
    const picker = page.locator('[data-import-picker]');
    await picker.waitFor();
    expect(await picker.locator('h2').textContent()).toBe('Izvēlieties projektu no CORDIS eksporta (projekti: 2)');
    await picker.locator('[data-import-project="101000001"]').click();
    await page.locator('[data-import-notice]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('A made-up grid project (made-up)');
    expect(await page.locator('#import-notice').textContent()).toContain('Ievests no CORDIS eksporta project.csv, organization.csv');
    expect(await page.locator('.project-header').textContent()).toContain('HORIZON EU contribution');
    await page.getByLabel('Atvērt failu…').setInputFiles({ name: 'project.csv', mimeType: 'text/csv', buffer: Buffer.from(strToU8(CORDIS_PROJECT_CSV)) });
    const alert = page.locator('[data-import-failed]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('CORDIS ievešanai vajag gan project.csv, gan organization.csv: trūkst organization.csv.');
    expect(await alert.textContent()).toContain('Iepriekš parādītais projekts paliek');
    expect(await page.locator('h1').textContent()).toBe('A made-up grid project (made-up)');
    expect(errors).toEqual([]);
    await close();
  });

  test('a spreadsheet that is no export, and a damaged one: refused naming what was expected; the project shown stays', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=en`);
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    const title = await page.locator('h1').textContent();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'budget.xlsx', mimeType: XLSX, buffer: Buffer.from(await otherWorkbook()) });
    const alert = page.locator('[data-import-failed]');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('budget.xlsx could not be imported');
    expect(await alert.textContent()).toContain('Expected keep.eu: the sheets “Search results, projects” and “Search results, partners”');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByLabel('Open a file…').setInputFiles({ name: 'broken.xlsx', mimeType: XLSX, buffer: Buffer.from('PK\u0003\u0004 not really') });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('broken.xlsx cannot be opened: it is damaged');
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('#map [data-partner]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('2,000 projects and 20,000 partners: listed, with the page answering input while the export is read', async () => {
    const { page, errors, close } = await openPage(browser(), `${baseUrl}?lang=en`, { viewport: { width: 360, height: 800 } });
    await page.locator('#map svg[role="group"] .partner').first().waitFor();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByLabel('Open a file…').setInputFiles({ name: 'all-projects.xlsx', mimeType: XLSX, buffer: large });
    // The export is read in a worker, so the page's own thread is free: the language switch answers while it reads.
    await page.locator('.load-status').waitFor();
    await page.getByLabel('Latviešu').check();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('lv');
    const picker = page.locator('[data-import-picker]');
    await picker.waitFor({ timeout: 30_000 });
    expect(workers.filter((url) => /\/assets\/worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(await picker.locator('h2').textContent()).toBe('Izvēlieties projektu no keep.eu eksporta (projekti: 2004)');
    // A list of 50 at a time, not 2,003 buttons.
    expect(await picker.locator('[data-import-project]').count()).toBe(50);
    await picker.locator('input').fill('GEN1999');
    await expect.poll(() => picker.locator('[data-import-project]').count()).toBe(1);
    await picker.locator('[data-import-project]').click();
    await page.locator('[data-import-notice]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Generated project 1999 (made-up)');
    expect(errors).toEqual([]);
    await close();
  });
});
