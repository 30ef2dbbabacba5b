import { expect, test } from 'vitest';
import { urlParts } from './urlParts';

test('an address breaks after its separators, and is whole again when joined', () => {
  const url = 'https://www.interregeurope.eu/innoindustry/?lang=lv&x=1#top';
  const parts = urlParts(url);
  expect(parts.join('')).toBe(url);
  expect(parts).toEqual(['https://', 'www.', 'interregeurope.', 'eu/', 'innoindustry/', '?', 'lang=', 'lv&', 'x=', '1#', 'top']);
  expect(urlParts('plain')).toEqual(['plain']);
});
