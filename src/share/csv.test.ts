import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { innoIndustry } from '../../test/projects';
import { budgetCsv, eventsCsv, partnersCsv, projectZip, scheduleCsv } from './csv';

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
