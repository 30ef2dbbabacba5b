import { describe, expect, test } from 'vitest';
import { prepareProject } from './prepared';
import { innoIndustry } from '../../test/projects';
import { WORDS } from '../../test/europe';

const project = innoIndustry();

describe('a prepared project', () => {
  test('is made once per file, language and day, and again for another of any', () => {
    const first = prepareProject(project, WORDS.en);
    expect(prepareProject(project, { ...WORDS.en, selection: { partner: 'rra-posavje' } })).toBe(first);
    expect(prepareProject(project, WORDS.lv)).not.toBe(first);
    expect(prepareProject(project, { ...WORDS.en, today: '2021-01-01' })).not.toBe(first);
    expect(prepareProject(structuredClone(project), WORDS.en)).not.toBe(first);
  });

  test.each([
    ['en', 'ERDF', 'ERDF (European Regional Development Fund)', 'The project is completed: the axis ends at its last day (31 Jan 2023).'],
    ['lv', 'ERAF', 'ERAF (Eiropas Reģionālās attīstības fonda)', 'Projekts ir pabeigts: ass beidzas ar tā pēdējo dienu (2023. gada 31. janv.).'],
  ] as const)('in %s, names the fund and says where the project stands', (lang, name, spelledOut, status) => {
    const prepared = prepareProject(project, WORDS[lang]);
    expect(prepared.fund).toEqual({ code: 'ERDF', name, spelledOut });
    expect(prepared.status).toBe(status);
    expect(prepared.figures.status).toBe('completed');
    expect(prepared.figures.eu).toBe(project.budget.eu);
  });

  test('gives each view the source line of its own figures', () => {
    const { source } = prepareProject(project, WORDS.en);
    for (const line of Object.values(source)) expect(line).toMatch(/^Source: /);
    // The budget's figures come from its own sources; the map's from the partners'.
    expect(source.budget).not.toBe(source.timeline);
  });
});
