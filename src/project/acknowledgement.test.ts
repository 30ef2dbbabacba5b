import { describe, expect, test } from 'vitest';
import { innoIndustry } from '../../test/projects';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import { acknowledgement, programmePeriod } from './acknowledgement';
import type { Project } from '../data/schema';

describe('the programming period a programme names', () => {
  test.each([
    ['Interreg Europe 2014-2020', '2014-2020'],
    ['Interreg V-A Latvia–Lithuania 2014–2020', '2014-2020'],
    ['Interreg Baltic Sea Region 2021-2027', '2021-2027'],
    ['Interreg VI-A 2021–27', '2021-2027'],
    ['Horizon 2020', 'unknown'],
    ['Interreg Europe', 'unknown'],
    ['Interreg IVC 2007-2013', 'unknown'],
    ['Programme 2014-2021', 'unknown'],
  ])('%s: %s', (programme, period) => {
    expect(programmePeriod(programme)).toBe(period);
  });
});

const withProgramme = (change: Partial<Project>): Project => ({ ...innoIndustry(), ...change });

describe('the words beside the emblem', () => {
  test('InnoIndustry (2014-2020, ERDF): "European Union" and the fund written out, in English and Latvian', () => {
    expect(acknowledgement(innoIndustry(), en.eu, 'en')).toEqual({ period: '2014-2020', statement: { text: 'European Union' }, fund: { text: 'European Regional Development Fund' } });
    expect(acknowledgement(innoIndustry(), lv.eu, 'lv')).toEqual({ period: '2014-2020', statement: { text: 'Eiropas Savienība' }, fund: { text: 'Eiropas Reģionālās attīstības fonds' } });
  });

  test.each([
    ['Interreg Baltic Sea Region 2021-2027', 'ERDF', 'Co-funded by the European Union', undefined],
    ['Interreg Europe', 'ERDF', 'Co-funded by the European Union', undefined],
    ['ESF Operational Programme 2014-2020', 'ESF', 'European Union', 'European Social Fund'],
    ['Some programme 2014-2020', 'XYZ', 'European Union', 'XYZ'],
    // A directly managed programme is not co-financed by the ERDF the format's default names.
    ['Horizon 2020 (2014-2020)', 'ERDF', 'European Union', 'Horizon 2020 (2014-2020)'],
  ])('%s with %s: %s', (programme, fund, statement, fundLine) => {
    const ack = acknowledgement(withProgramme({ programme, fund }), en.eu, 'en');
    expect(ack.statement.text).toBe(statement);
    expect(ack.fund?.text).toBe(fundLine);
  });

  test('the file can name its own statement and fund, in the page language where it has it', () => {
    const project = withProgramme({ acknowledgement: { statement: { en: 'Funded by the European Union', lv: 'Finansē Eiropas Savienība' }, fund: { en: 'Horizon Europe' } } });
    expect(acknowledgement(project, lv.eu, 'lv')).toEqual({ period: '2014-2020', statement: { text: 'Finansē Eiropas Savienība', lang: undefined }, fund: { text: 'Horizon Europe', lang: 'en' } });
  });
});
