import { describe, expect, test } from 'vitest';
import { jsonErrorOffset, placeOf } from './jsonError';

describe('where a text stops being JSON', () => {
  test.each([
    ['{"a": ,}', 6],
    ['{"a":1', 6],
    ['[1,]', 3],
    ['', 0],
    ['{"a":1}}', 7],
    ['{a:1}', 1],
    ['{"a" 1}', 5],
    ['["x\ny"]', 3],
    ['["\\q"]', 2],
    ['[01]', 2],
    ['[tru]', 1],
    ['{"a":[1,2}', 9],
  ])('%j fails at %i, as JSON.parse agrees', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"text"', '0'])('%j is valid', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  test('any depth, without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonErrorOffset(deep)).toBe(-1);
    expect(jsonErrorOffset(deep.slice(0, -1))).toBe(deep.length - 1);
  });

  test('the place: line and column from 1, and the text around it', () => {
    expect(placeOf('{\n  "a": ,\n}', 9)).toEqual({ line: 2, column: 8, excerpt: '{ "a": , }' });
  });
});
