/**
 * Every text of every chart, for the built-in file and generated ones (budgets from EUR 10
 * thousand to 50 million, names of 3 to 120 characters, 1 to 40 partners), at three widths
 * in both languages: inside its SVG, and over no other text. Each language is one page that
 * opens the files in turn and takes each to the three widths by resizing (see `atEachWidth`).
 */
import { describe, expect, test } from 'vitest';
import { atEachWidth, openPage, useBrowser } from './harness';
import { GENERATED } from '../generate';

const { browser, baseUrl } = useBrowser();
const FILES = ['', ...Object.keys(GENERATED).map((name) => `fixtures/${name}.json`)];

interface Finding {
  chart: string;
  texts: number;
  outside: string[];
  overlaps: string[];
}

/** Every chart drawn for its host's width: the SVG as wide as its host, or wider where the chart scrolls sideways. */
const drawnForWidth = () =>
  [...document.querySelectorAll('[data-view] .chart-host')].every((host) => {
    const svg = host.querySelector('.chart-scroll > svg');
    const drawn = Number(svg?.getAttribute('width'));
    return svg !== null && (drawn === host.clientWidth || (host.querySelector('.scroll-hint') !== null && drawn > host.clientWidth));
  });

describe('chart text', () => {
  test.each(['en', 'lv'])('in %s, at every width, no chart text sticks out of its chart or overlaps another', async (lang) => {
    // Opened blank: each file below is its own load.
    const { page, errors, close } = await openPage(browser(), 'about:blank');
    for (const [index, file] of FILES.entries()) {
      await atEachWidth(page, `${baseUrl}?lang=${lang}${file ? `&data=${file}` : ''}`, { loaded: '#timeline .chart-host svg [data-key="project"]', drawnForWidth, backwards: index % 2 === 1 }, async (width) => {
        const findings: Finding[] = await page.$$eval('[data-view] .chart-scroll > svg', (charts) =>
          charts.map((chart) => {
            const frame = chart.getBoundingClientRect();
            // A map label's halo is the same text drawn behind it.
            const texts = [...chart.querySelectorAll('text:not([data-halo])')]
              .filter((t) => (t.textContent ?? '').trim() !== '')
              .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
              .filter((t) => t.box.width > 0);
            const outside = texts
              .filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1)
              .map((t) => t.text);
            const overlaps = texts.flatMap((a, i) =>
              texts
                .slice(i + 1)
                .filter(({ box: b }) => a.box.left < b.right - 1 && b.left < a.box.right - 1 && a.box.top < b.bottom - 1 && b.top < a.box.bottom - 1)
                .map((b) => `"${a.text}" × "${b.text}"`),
            );
            return { chart: chart.closest('[data-view]')?.getAttribute('data-view') ?? '?', texts: texts.length, outside, overlaps };
          }),
        );
        const label = `${file || 'built-in'}, ${lang}, ${width} px`;
        // The budget and the timeline always carry text (axes at least): a test that found none would prove nothing.
        expect(findings.filter((f) => f.chart !== 'map').every((f) => f.texts > 2), label).toBe(true);
        expect(findings.filter((f) => f.chart === 'timeline')).toHaveLength(1);
        expect(findings.flatMap((f) => f.outside.map((text) => `${f.chart}: ${text}`)), label).toEqual([]);
        expect(findings.flatMap((f) => f.overlaps.map((pair) => `${f.chart}: ${pair}`)), label).toEqual([]);
        // Where the timeline scrolls (a phone), the row names it keeps in view take at most two fifths of what the reader sees (the body's 10.5 em on a 360 px phone), however long.
        const column = await page.$eval('#timeline .chart-host', (host) => {
          const strip = host.querySelector('[data-pinned] > svg');
          return strip ? Number(strip.getAttribute('width')) / host.clientWidth : undefined;
        });
        if (width < 620) expect(column, label).toBeLessThanOrEqual(0.4);
      });
    }
    expect(errors).toEqual([]);
    await close();
  });
});
