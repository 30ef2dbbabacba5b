/**
 * The budget in words is composed once: the page's summary and the slide's speaker notes say the
 * same, whether a partner is highlighted, its budget unpublished, or none highlighted, in both
 * languages (the slide's notes had lost the last two sentences).
 */
import { describe, expect, test } from 'vitest';
import { budgetSummary, budgetSummaryWords } from './summary';
import { plainText } from '../chart/phrase';
import { prepareProject } from '../project/prepared';
import { slideChart } from '../export/slides';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { innoIndustry, validGenerated } from '../../test/projects';
import { document, WORDS } from '../../test/europe';
import type { Project } from '../data/schema';

const builtIn = innoIndustry();
const FOCUS = 'ministry-of-economics-lv';

function variant(change: (file: Project) => void): Project {
  const file = structuredClone(builtIn);
  change(file);
  return validGenerated(file as unknown as Record<string, unknown>);
}

const CASES: [string, Project, Record<'en' | 'lv', RegExp>][] = [
  ['a highlighted partner with its budget', builtIn, { en: /Ministry of Economics of the Republic of Latvia holds EUR 83\.5 thousand of it/, lv: /Latvijas Republikas Ekonomikas ministrija no tā pārvalda 83,5 tūkst\. EUR/ }],
  ['no partner highlighted', variant((file) => delete file.focusPartner), { en: /No partner is highlighted\./, lv: /Neviens partneris nav izcelts\./ }],
  [
    'a highlighted partner whose budget is not published',
    variant((file) => delete file.partners.find((p) => p.id === FOCUS)!.budget),
    { en: /The budget of Ministry of Economics of the Republic of Latvia is not published\./, lv: /Izceltā partnera budžets nav publiskots: Latvijas Republikas Ekonomikas ministrija\./ },
  ],
];

describe.each(['en', 'lv'] as const)('in %s, the budget in words', (lang) => {
  test.each(CASES)('with %s: the page and the slide\'s notes say the same', (_name, project, expected) => {
    const summary = budgetSummary(prepareProject(project, WORDS[lang]));
    const page = plainText(budgetSummaryWords(summary));
    // Amounts keep their figure and unit together with a no-break space.
    expect(page.replace(/\s/g, ' ')).toMatch(expected[lang]);
    expect(plainText(summary.perHundred ?? []).replace(/\s/g, ' ')).toBe(lang === 'en' ? 'Of every EUR 100, EUR 81 is EU money.' : 'No katriem 100 EUR 81 EUR ir ES nauda.');
    const slide = slideChart('budget', { width: 1280, height: 720, theme: THEMES.light, measure: tableMeasure }, { project, words: WORDS[lang], countries: [], document });
    expect(slide.summary).toBe(page);
    expect(slide.description).toContain(page);
  });

  test('a name left in another language is marked with it; one in the page\'s is not, and no space stands alone', () => {
    const inPageLanguage = budgetSummary(prepareProject(builtIn, WORDS[lang])).body;
    expect(inPageLanguage.filter((part) => part.lang)).toEqual([]);
    // Words in the page's language that meet are one part (a lone space between two elements is not read).
    expect(inPageLanguage).toHaveLength(1);
    // The Slovenian lead's name is written in English and Slovenian only: on the Latvian page it is read in English.
    const lead = variant((file) => (file.focusPartner = 'rra-posavje'));
    const body = budgetSummary(prepareProject(lead, WORDS[lang])).body;
    expect(body.filter((part) => part.lang)).toEqual(lang === 'en' ? [] : [{ text: 'Regional Development Agency Posavje', lang: 'en' }]);
    expect(body.every((part) => part.text.trim() !== '')).toBe(true);
    expect(plainText(body)).toContain(lang === 'en' ? 'themselves. The budget of Regional Development Agency Posavje is not published.' : 'sedz paši. Izceltā partnera budžets nav publiskots: Regional Development Agency Posavje.');
  });
});
