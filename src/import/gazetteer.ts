/**
 * Finding a town's place offline: the gazetteer built at build time (scripts/gazetteer.ts,
 * shipped as `geo/towns.json`) and the lookup the importers use. A name is matched as people
 * write it — any case, with or without its accents ("Brezice" finds Brežice) — first whole,
 * then as the start of a longer name ("Krems" finds Krems an der Donau); among towns of one
 * name, the most populous. Every place found this way is approximate: a town, not an address.
 */

/** Countries whose towns the gazetteer holds: the EU, the EEA, the UK and Switzerland, and the neighbours Interreg and the framework programmes work with. */
export const GAZETTEER_COUNTRIES = (
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
  'IS LI NO CH GB AL BA ME MK RS XK MD UA GE AM AZ TR BY AD MC SM VA FO IM JE GG AX'
).split(' ');

export interface GazetteerFile {
  /** Where the towns come from, for the imported file's notes. */
  source: string;
  /** By ISO alpha-2 code: the country's interior point [lat, lon] and its towns [name, lat, lon], most populous first. */
  countries: Record<string, { interior?: [number, number]; towns: [string, number, number][] }>;
}

export interface FoundPlace {
  lat: number;
  lon: number;
  /** The gazetteer's name for what was found (may be longer than the name asked for). */
  name: string;
}

/** Text without its accents and other combining marks ("Brežice" → "Brezice"). */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A name reduced to what two spellings of it share: lower case, without accents or punctuation. */
export function placeKey(name: string): string {
  return withoutMarks(name)
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class Gazetteer {
  readonly source: string;
  #countries: GazetteerFile['countries'];
  #keys = new Map<string, string[]>();

  constructor(file: GazetteerFile) {
    this.source = file.source;
    this.#countries = file.countries;
  }

  /** The town `name` in `country` (ISO code), or undefined. */
  town(name: string, country: string): FoundPlace | undefined {
    const entry = this.#countries[country];
    const wanted = placeKey(name);
    if (!entry || wanted === '') return undefined;
    let keys = this.#keys.get(country);
    if (!keys) this.#keys.set(country, (keys = entry.towns.map(([town]) => placeKey(town))));
    // Towns are most populous first, so the first match is the largest town of that name.
    let index = keys.indexOf(wanted);
    if (index < 0) index = keys.findIndex((key) => key.startsWith(`${wanted} `));
    if (index < 0) return undefined;
    const [town, lat, lon] = entry.towns[index]!;
    return { name: town, lat, lon };
  }

  /**
   * The country of the town nearest a point (for an export that gives a point but no country),
   * within 50 km; undefined farther from every town (at sea, outside the gazetteer's countries).
   */
  countryNear(point: { lat: number; lon: number }): string | undefined {
    const scale = Math.cos((point.lat * Math.PI) / 180);
    let best: { country: string; d: number } | undefined;
    for (const [country, { towns }] of Object.entries(this.#countries)) {
      for (const [, lat, lon] of towns) {
        const d = (lat - point.lat) ** 2 + ((lon - point.lon) * scale) ** 2;
        if (!best || d < best.d) best = { country, d };
      }
    }
    // 50 km is about 0.45° of latitude.
    return best && best.d < 0.45 ** 2 ? best.country : undefined;
  }

  /** A point inside the country, for a partner whose town is unknown. */
  interior(country: string): { lat: number; lon: number } | undefined {
    const point = this.#countries[country]?.interior;
    return point ? { lat: point[0], lon: point[1] } : undefined;
  }
}

/**
 * The gazetteer fetched once from `url()` (this site's `geo/towns.json`) the first time it is asked
 * for; a failed fetch is tried again at the next ask. Each caller (the import worker, the editor's
 * town lookup) keeps its own.
 */
export function gazetteerLoader(url: () => string): () => Promise<Gazetteer> {
  let loading: Promise<Gazetteer> | undefined;
  return () =>
    (loading ??= fetch(url())
      .then((response) => {
        if (!response.ok) throw new Error(`gazetteer ${response.status}`);
        return response.json() as Promise<GazetteerFile>;
      })
      .then((file) => new Gazetteer(file))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
}
