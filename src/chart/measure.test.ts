import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ellipsis, tableMeasure, wrapBalanced, wrapsWhole, wrapText } from './measure';
import { BOLD, FALLBACK, NORMAL } from './fontWidths';
import { propertyRuns } from '../../test/runs';

const measure = tableMeasure;

describe('text measured from the font table', () => {
  test('wider letters measure wider, and bold wider than normal', () => {
    expect(measure('MMMM', 12)).toBeGreaterThan(measure('iiii', 12));
    expect(measure('Budget', 12, true)).toBeGreaterThan(measure('Budget', 12));
  });
  test('width grows with the font size', () => {
    expect(measure('EUR 83.5 thousand', 24)).toBeCloseTo(measure('EUR 83.5 thousand', 12) * 2, 5);
  });
  test('Latvian letters are in the table, unknown ones take a full em', () => {
    expect(measure('ā', 10)).toBeLessThan(10);
    expect(measure('漢', 10)).toBe(10);
  });
  test('the marks that set direction take no room, so an isolated name measures as the name', () => {
    expect(measure('\u2068Evil\u202E Corp\u2069\u200E\u200F\u061C\u202A\u202C\u2066\u2067', 12)).toBe(measure('Evil Corp', 12));
  });
});

describe('wrapping to a measured width', () => {
  test.each([
    { text: 'Regional Development Agency Posavje', width: 120, lines: 2 },
    { text: 'starpreģionu mācīšanās', width: 80, lines: 2 },
    { text: 'Supercalifragilisticexpialidocious organisation', width: 60, lines: 3 },
    { text: 'a', width: 30, lines: 1 },
    { text: 'x'.repeat(120), width: 100, lines: 2 },
  ])('"$text" in $width px over at most $lines lines: no line wider than the room', ({ text, width, lines }) => {
    const wrapped = wrapText(text, width, measure, 12, lines);
    expect(wrapped.length).toBeGreaterThan(0);
    expect(wrapped.length).toBeLessThanOrEqual(lines);
    for (const line of wrapped) expect(measure(line, 12)).toBeLessThanOrEqual(width);
  });
  test('text that fits stays whole; text that does not ends in an ellipsis', () => {
    expect(wrapText('RRA Posavje', 200, measure, 12)).toEqual(['RRA Posavje']);
    const cut = wrapText('Ministry of Economics of the Republic of Latvia', 100, measure, 12, 1);
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/…$/);
  });
  test('words are kept apart by spaces, so a screen reader hears them apart', () => {
    expect(wrapText('interregional learning', 90, measure, 12, 2).join(' ')).toBe('interregional learning');
  });
  test('whole means every word on a line of its own width, in no more lines than allowed', () => {
    const name = 'Phase 2: monitoring of the action plans';
    const oneLine = measure(name, 12);
    expect(wrapsWhole(name, oneLine, measure, 12, 1)).toBe(true);
    expect(wrapsWhole(name, oneLine - 1, measure, 12, 1)).toBe(false);
    expect(wrapsWhole(name, oneLine * 0.6, measure, 12, 2)).toBe(true);
    // A word wider than the room is not whole, even where `wrapText` would cut it over the lines allowed.
    expect(wrapsWhole('starpreģionu', measure('starpreģionu', 12) - 1, measure, 12, 3)).toBe(false);
  });
});

describe('lines evened out', () => {
  test('as many lines as the greedy break, none left with one short word where the line before had room', () => {
    // Greedy, at 170 px: "Phase 2: monitoring of the action" and "plans" alone.
    const name = 'Phase 2: monitoring of the action plans';
    const room = measure('Phase 2: monitoring of the action', 12) + 1;
    expect(wrapText(name, room, measure, 12, 2)).toEqual(['Phase 2: monitoring of the action', 'plans']);
    const balanced = wrapBalanced(name, room, measure, 12, 2);
    expect(balanced).toHaveLength(2);
    expect(balanced.join(' ')).toBe(name);
    const [first, second] = balanced.map((line) => measure(line, 12));
    expect(Math.abs(first! - second!)).toBeLessThan(measure('monitoring', 12));
  });
  test('any text: the same words in the same order, no more lines than the greedy break, none wider than the room', () => {
    const word = fc.stringMatching(/^[A-Za-zāēīūļņšž]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 9 }), fc.integer({ min: 60, max: 300 }), fc.integer({ min: 1, max: 3 }), (words, room, lines) => {
        const text = words.join(' ');
        const greedy = wrapText(text, room, measure, 12, lines);
        const balanced = wrapBalanced(text, room, measure, 12, lines);
        for (const line of balanced) expect(measure(line, 12)).toBeLessThanOrEqual(room);
        expect(balanced.length).toBeLessThanOrEqual(greedy.length);
        if (wrapsWhole(text, room, measure, 12, lines)) expect(balanced.join(' ')).toBe(text);
        else expect(balanced).toEqual(greedy);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});

describe('a name cut to fit', () => {
  /** One measurement per character, from the end: the plain way, for reference. */
  const plainEllipsis = (text: string, fits: (line: string) => boolean) => {
    if (fits(text)) return text;
    const characters = [...text];
    for (let end = characters.length - 1; end > 0; end--) {
      const candidate = `${characters.slice(0, end).join('').trimEnd()}…`;
      if (fits(candidate)) return candidate;
    }
    return fits('…') ? '…' : '';
  };
  test('is the longest cut that fits, as measuring every cut would find, in a few measurements', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aāMi W.šž-1 '), maxLength: 160 }), fc.integer({ min: 0, max: 400 }), (text, room) => {
        let measured = 0;
        const fits = (line: string) => (measured++, measure(line, 12) <= room);
        const cut = ellipsis(text, fits);
        expect(cut).toBe(plainEllipsis(text, (line) => measure(line, 12) <= room));
        expect(measured).toBeLessThanOrEqual(3 + Math.ceil(Math.log2(text.length + 1)));
      }),
      { numRuns: propertyRuns(1000), seed: 96 },
    );
  });
});

describe('the font table', () => {
  test('gives each character its width, and any other (an emoji, a lone surrogate, a character it lacks) the fallback once', () => {
    const byCharacter = (text: string, bold: boolean) => [...text].reduce((em, character) => em + ((bold ? BOLD : NORMAL)[character] ?? FALLBACK), 0);
    expect(tableMeasure('Rīga – Ķekava', 10)).toBeCloseTo(byCharacter('Rīga – Ķekava', false) * 10, 9);
    expect(tableMeasure('a😀b', 1)).toBeCloseTo(NORMAL.a! + FALLBACK + NORMAL.b!, 9);
    expect(tableMeasure('\ud83d', 1, true)).toBe(FALLBACK);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, bold) => Math.abs(tableMeasure(text, 12, bold) - byCharacter(text, bold) * 12) < 1e-9),
      { numRuns: propertyRuns(10_000), seed: 5 },
    );
  });
});
