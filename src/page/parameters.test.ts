import { describe, expect, test } from 'vitest';
import { readParameters, writeParameters } from './parameters';

describe('the page state in the address', () => {
  test('every parameter is read', () => {
    expect(readParameters('?lang=lv&data=x.json&partner=p-1&theme=dark&embed=budget&present=timeline&measure=share&event=e-1&places=hidden&embedId=b1&transparent', [])).toEqual({
      lang: 'lv',
      data: 'x.json',
      partner: 'p-1',
      theme: 'dark',
      embed: 'budget',
      present: 'timeline',
      measure: 'share',
      event: 'e-1',
      places: 'hidden',
      embedId: 'b1',
      transparent: true,
    });
  });
  test('unknown values are dropped; the language falls back to the browser', () => {
    expect(readParameters('?theme=purple&embed=pie&present', ['lv-LV'])).toMatchObject({ lang: 'lv', data: undefined, partner: undefined, theme: undefined, embed: undefined, present: '', measure: undefined, transparent: undefined });
  });
  test('written back in a fixed order, other parameters kept', () => {
    expect(writeParameters('?utm=1&lang=en', { lang: 'lv', theme: 'dark', partner: 'a' })).toBe('?utm=1&lang=lv&partner=a&theme=dark');
  });
  test('a round trip gives the same state', () => {
    const state = readParameters('?lang=en&data=fixtures%2Fother-project.json&partner=x&theme=light', []);
    expect(readParameters(writeParameters('', state), [])).toEqual(state);
  });
});
