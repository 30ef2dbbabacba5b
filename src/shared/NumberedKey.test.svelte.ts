import { expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import NumberedKey from './NumberedKey.svelte';

test('each entry reads as the picture writes it: the name, a space, then its note in brackets', () => {
  const entries = [
    { number: 1, name: 'Valga Municipality', note: 'lead partner' },
    { number: 2, name: 'Rīgas Tehniskā universitāte', lang: 'lv', note: 'one of the 2 in the group near Riga' },
    { number: 12, name: 'City of Tornio' },
  ];
  const { container } = render(NumberedKey, { kind: 'map-key', id: 'key', title: 'Partners numbered on the map', entries });
  const items = [...container.querySelectorAll('li')];
  expect(items.map((li) => [li.getAttribute('value'), li.textContent])).toEqual([
    ['1', 'Valga Municipality (lead partner)'],
    ['2', 'Rīgas Tehniskā universitāte (one of the 2 in the group near Riga)'],
    ['12', 'City of Tornio'],
  ]);
  expect(items[1]!.querySelector('span[lang="lv"]')?.textContent).toBe('Rīgas Tehniskā universitāte');
});
