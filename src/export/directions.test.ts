/**
 * A file's names in Arabic or Hebrew, and names holding a mark that reorders text (a right-to-left
 * override, an isolate's end with no start), in every picture of every view, in both languages and
 * with the partner and the event that hold them opened: each stands in an isolate of its own, so it
 * reads in its own direction and leaves the chart's words around it in theirs. And a name with
 * dozens of marks on each letter shows four at most, so it cannot cover the lines around it.
 */
import { describe, expect, test } from 'vitest';
import { countries, document } from '../../test/europe';
import { SLIDE_SIZES, SLIDE_VIEWS, slideChart } from './slides';
import { readerState } from './readerState';
import { formatsFor } from '../i18n/format';
import { THEMES } from '../chart/theme';
import { tableMeasure } from '../chart/measure';
import { en } from '../i18n/en';
import { lv } from '../i18n/lv';
import { loadProject } from '../../test/projects';
import { directionLeaks, stackedMarks } from '../../test/directions';
import { textIn } from '../data/text';

const project = loadProject('test/fixtures/directions.json');
// The name with dozens of marks on each letter, as shown: its first letter and that letter's first four marks.
const zalgoStart = [...textIn(project.partners.find((p) => p.id === 'zalgo')!.name, 'en')].slice(0, 5).join('');

describe('names written right to left, or that try to reorder the chart', () => {
  for (const [lang, t] of [['en', en], ['lv', lv]] as const) {
    test(`${lang}: every text of every picture, at the largest and smallest offered size, keeps each name in an isolate and no letter with more than four marks, with nothing opened and the lead's event chosen, and the budget in shares`, () => {
      const words = { lang, t, f: formatsFor(t.locale, project.currency, t.compactDisplay, t.monthsInText), today: '2026-12-03' as const };
      const leaks: string[] = [];
      const shown: string[] = [];
      for (const reader of [readerState({}), readerState({ partner: 'evil', event: 'kick', measure: 'share' }), readerState({ partner: 'stray', event: 'ws' })]) {
        for (const view of SLIDE_VIEWS) for (const size of [SLIDE_SIZES[0]!, SLIDE_SIZES.at(-1)!]) {
          const chart = slideChart(view, { ...size, theme: THEMES.light, measure: tableMeasure }, { project, words, countries, document, reader });
          for (const text of [chart.title, chart.summary, chart.description, chart.source, ...[...chart.svg.querySelectorAll('text, title, desc')].map((element) => element.textContent ?? '')]) {
            leaks.push(...[...directionLeaks(text), ...stackedMarks(text)].map((leak) => `${view}: ${leak}`));
            shown.push(text);
          }
        }
      }
      expect(leaks).toEqual([]);
      // The names are there to be kept in order: the test reads the pictures that show them.
      for (const name of ['Evil\u202E Corp', 'جامعة الاختبار (فرع 2)', 'אוניברסיטת מבחן', 'Kick\u202Eoff meeting', 'ورشة عمل 1', zalgoStart]) expect(shown.some((text) => text.includes(name))).toBe(true);
    });
  }
});
