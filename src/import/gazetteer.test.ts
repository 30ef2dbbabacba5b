import { beforeAll, describe, expect, test } from 'vitest';
import { Gazetteer, placeKey } from './gazetteer';
import { gazetteerFile } from '../../scripts/gazetteer';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = new Gazetteer(gazetteerFile());
});

describe('the offline gazetteer', () => {
  test('a town as people write it: any case, with or without accents, whole or as the start of a longer name; the most populous of a name', () => {
    expect(placeKey('Brežice')).toBe(placeKey('BREZICE'));
    expect(gazetteer.town('Brezice', 'SI')).toMatchObject({ name: 'Brežice' });
    expect(gazetteer.town('Krems', 'AT')).toMatchObject({ name: 'Krems an der Donau' });
    expect(gazetteer.town('riga', 'LV')).toMatchObject({ name: 'Riga' });
    // Valmiera in Latvia, not a town of the same name elsewhere; a name in another country is not found.
    expect(gazetteer.town('Valmiera', 'LV')?.lat).toBeCloseTo(57.54, 1);
    expect(gazetteer.town('Valmiera', 'EE')).toBeUndefined();
    // Of two Frankfurts, the larger (am Main) for "Frankfurt".
    expect(gazetteer.town('Frankfurt', 'DE')?.lon).toBeCloseTo(8.68, 1);
    // Of two towns of one name, the larger, wherever GeoNames lists it: Essen in the Ruhr, not the
    // village near Oldenburg listed before it; Münster in Westphalia, not Munster in Lower Saxony.
    expect(gazetteer.town('Essen', 'DE')?.lon).toBeCloseTo(7.01, 1);
    expect(gazetteer.town('Munster', 'DE')?.lon).toBeCloseTo(7.63, 1);
    expect(gazetteer.town('', 'LV')).toBeUndefined();
    expect(gazetteer.town('Riga', 'JP')).toBeUndefined();
  });

  test("every country's interior point lies in it, and a point's country is that of its nearest town", () => {
    expect(gazetteer.interior('LV')).toEqual({ lat: expect.closeTo(56.4, 0) as number, lon: expect.closeTo(24.6, 0) as number });
    expect(gazetteer.countryNear({ lat: 46.05, lon: 14.51 })).toBe('SI');
    expect(gazetteer.countryNear({ lat: 57.77, lon: 26.0 })).toBe('LV');
    // Mid-Atlantic: no town within 50 km.
    expect(gazetteer.countryNear({ lat: 45, lon: -30 })).toBeUndefined();
  });
});
