/**
 * The map's label stage alone, on the built-in file and the generated crowds, at a phone's and a
 * desktop's width in both languages: no label over another, over a marker or an event place, or
 * out of the map; the lead's and the highlighted partner's names whole; on a phone the others by
 * number; every partner named or numbered (for the key); the labels kept for a redraw in the same
 * words, made again in other words.
 */
import { describe, expect, test } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { placeOnPlane } from './place';
import { fitMap, layoutMarkers } from './markers';
import { layoutEventPlaces } from './eventPlaces';
import { labelMap, type LabelledMarker, type LabelInput, type MapLabel } from './labelling';
import { mapHeight } from './scales';
import { partnerCountries } from './shape';
import { tableMeasure, type TextMeasure } from '../chart/measure';
import { textIn } from '../data/text';
import { partnerLabel } from '../project/partnerLabels';
import { innoIndustry } from '../../test/projects';
import { countries, MAP_PROJECTS, WORDS } from '../../test/mapFixtures';
import type { Partner, Project } from '../data/schema';

const LABEL_SIZE = 12;
const HEIGHT = LABEL_SIZE * 1.25;

function labelInput(project: Project, width: number, lang: 'en' | 'lv', measure: TextMeasure = tableMeasure): LabelInput {
  const placed = placeOnPlane(project, countries);
  const important = (partner: Partner) => partner.role === 'lead' || partner.id === project.focusPartner;
  const box = { width, height: mapHeight(width) };
  const fit = fitMap(placed, box.width, box.height, zoomIdentity);
  const layout = layoutMarkers(placed, fit, box, 1, important);
  const events = layoutEventPlaces(placed, fit, layout, box, 1, true, { showEvents: true });
  const markers: LabelledMarker[] = layout.groups.map((group) => {
    const partners = group.members.map((i) => placed.points[i]!.partner);
    const alone = partners.length === 1;
    return {
      key: alone ? `partner-${partners[0]!.id}` : `cluster-${partners.map((p) => p.id).join('+')}`,
      kind: alone ? 'partner' : 'cluster',
      ids: partners.map((p) => p.id),
      at: group.at,
      radius: layout.radiusOf(group),
      count: alone ? undefined : partners.length,
      lead: alone && partners[0]!.role === 'lead',
      focus: alone && partners[0]!.id === project.focusPartner,
      selected: false,
    };
  });
  return { project, placed, fit, events, markers, partnerCountries: partnerCountries(project).keys(), words: WORDS[lang], measure, labelSize: LABEL_SIZE, countryLabelSize: LABEL_SIZE * 0.92, scale: 1, box, phone: width < 600, onPage: true };
}

type Box = { x0: number; y0: number; x1: number; y1: number };
/** A label's box as the stage measured it: its text's width and two pixels, a line high. */
const labelBox = (at: [number, number], label: MapLabel, size = LABEL_SIZE): Box => {
  const x0 = at[0] + label.x - 1;
  const y0 = at[1] + label.y - HEIGHT * 0.78;
  return { x0, y0, x1: x0 + tableMeasure(label.text, size, label.bold) + 2, y1: y0 + HEIGHT };
};
const overlap = (a: Box, b: Box) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

describe.each([['built-in', innoIndustry()] as const, ...MAP_PROJECTS])('%s: labels', (_name, project) => {
  test.each([
    [360, 'en'],
    [360, 'lv'],
    [1280, 'en'],
    [1280, 'lv'],
  ] as const)('at %i px in %s: apart, inside, the important names whole, every partner named or numbered', (width, lang) => {
    const input = labelInput(project, width, lang);
    const { labels, numbered, countryLabels } = labelMap(input);
    const marked = input.markers.map((m) => ({ marker: m, box: { x0: m.at[0] - m.radius, y0: m.at[1] - m.radius, x1: m.at[0] + m.radius, y1: m.at[1] + m.radius } }));
    const all = [
      ...input.markers.flatMap((m) => (labels.has(m.key) ? [{ key: m.key, box: labelBox(m.at, labels.get(m.key)!) }] : [])),
      ...countryLabels.map((c) => ({ key: c.key, box: labelBox(c.at, c.label, LABEL_SIZE * 0.92) })),
    ];
    expect(countryLabels.length).toBeGreaterThan(0);
    // Every clash, listed at once: a label outside the map, over another label, a marker or an event place.
    const clashes: string[] = [];
    for (const [i, a] of all.entries()) {
      if (!(a.box.x0 >= 1 && a.box.y0 >= 1 && a.box.x1 <= width - 1 && a.box.y1 <= input.box.height - 1)) clashes.push(`${a.key} outside`);
      for (const b of all.slice(i + 1)) if (overlap(a.box, b.box)) clashes.push(`${a.key} × ${b.key}`);
      for (const { marker, box } of marked) if (overlap(a.box, box)) clashes.push(`${a.key} over ${marker.key}`);
      for (const place of input.events.places) {
        const size = input.events.eventSize;
        if (overlap(a.box, { x0: place.at[0] - size, y0: place.at[1] - size, x1: place.at[0] + size, y1: place.at[1] + size })) clashes.push(`${a.key} over an event place`);
      }
    }
    expect(clashes).toEqual([]);
    for (const marker of input.markers) {
      const label = labels.get(marker.key);
      const named = label !== undefined && !/^[\d, +]+$/.test(label.text);
      const partner = project.partners.find((p) => p.id === marker.ids[0])!;
      if (marker.lead || marker.focus) {
        // Whole: the lead's label is "<name> (lead partner)" in the page's words.
        expect(label?.text, marker.key).toContain(textIn(partnerLabel(project, partner), lang));
      } else if (width < 600 && marker.kind === 'partner') {
        expect(named, `${marker.key} by number on a phone`).toBe(false);
      }
      // Named on the map, or numbered for the key.
      for (const id of marker.ids) expect(named || numbered.has(id), id).toBe(true);
    }
  });
});

test('kept for a redraw in the same words; made again in another language or with another measure', () => {
  const project = innoIndustry();
  const input = labelInput(project, 800, 'en');
  const labelling = labelMap(input);
  expect(labelMap({ ...input })).toBe(labelling);
  expect(labelMap({ ...input, words: WORDS.lv })).not.toBe(labelling);
  expect(labelMap({ ...input, measure: (text, size, bold) => tableMeasure(text, size, bold) * 1.1 })).not.toBe(labelling);
  expect(labelMap({ ...input, phone: true })).not.toBe(labelling);
  // The Latvian page names the countries in Latvian.
  const latvian = labelMap({ ...input, words: WORDS.lv }).countryLabels;
  expect(latvian.length).toBeGreaterThan(0);
  for (const { key, label } of latvian) expect(label.text.startsWith(WORDS.lv.f.country(key.slice('country-label-'.length))), label.text).toBe(true);
  expect(latvian.map((c) => c.label.text)).not.toEqual(labelling.countryLabels.map((c) => c.label.text));
});
