/**
 * Any valid project, written as a CORDIS export would write it (`;`, every field quoted, amounts
 * with a comma or a point at random, roles as CORDIS names them, its points as "lat,lon") and
 * imported again, keeps its figures, dates, countries, roles and points: the importer reads what
 * the publisher writes for any file, not only the fixtures'.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { validProject } from '../../test/arbitraries';
import { quoted } from '../../test/importFixtures';
import { propertyRuns } from '../../test/runs';
import { openExport, projectFileOf } from './index';
import { Gazetteer } from './gazetteer';
import { gazetteerFile } from '../../scripts/gazetteer';
import { validateProject } from '../data/validate';
import { isoCountry } from '../data/countries';
import type { Project } from '../data/schema';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = new Gazetteer(gazetteerFile());
});

/** An amount as a publisher writes it: to the cent, with a decimal comma or point. */
const written = (value: number, comma: boolean) => (comma ? value.toFixed(2).replace('.', ',') : value.toFixed(2));
const cents = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100));
const ROLE = { lead: 'coordinator', partner: 'participant', advisory: 'associatedPartner' } as const;
const EU_CODE: Record<string, string> = { GB: 'UK', GR: 'EL' };
const plain = (text: unknown) => (typeof text === 'string' ? text : Object.values(text as Record<string, string>)[0]!);
/** A cell's text as the importer reads it: white space made one and trimmed. */
const cellWords = (text: unknown) => plain(text).replace(/\s+/g, ' ').trim();

describe('any valid project through a CORDIS export and back', () => {
  test(`keeps its figures, dates, countries, roles and points (${propertyRuns(300)} random projects)`, async () => {
    await fc.assert(
      fc.asyncProperty(validProject({ maxPartners: 12, maxEvents: 0 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), async (file, commas) => {
        const validation = validateProject(file);
        if (!validation.ok) return;
        const project = validation.project as Project;
        // A name of white space only is an empty cell in a spreadsheet: no export can hold it.
        fc.pre(project.partners.every((p) => cellWords(p.name) !== '') && cellWords(project.acronym) !== '');
        const project_csv = quoted([
          ['id', 'acronym', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution', 'frameworkProgramme', 'objective'],
          ['1', project.acronym, plain(project.title), project.schedule.planned.start, project.schedule.planned.end, written(project.budget.total, commas[0]!), written(project.budget.eu, commas[1]!), 'HORIZON', ''],
        ]);
        const organisations = [['projectID', 'organisationID', 'name', 'shortName', 'city', 'country', 'geolocation', 'role', 'ecContribution', 'totalCost', 'order']];
        project.partners.forEach((p, i) => {
          organisations.push([
            '1',
            String(i),
            plain(p.name),
            '',
            '',
            EU_CODE[isoCountry(p.country)!] ?? p.country,
            p.location ? `${p.location.lat.toFixed(6)},${p.location.lon.toFixed(6)}` : '',
            ROLE[p.role],
            p.budget?.eu === undefined ? '' : written(p.budget.eu, commas[(i + 2) % 40]!),
            p.budget?.total === undefined ? '' : written(p.budget.total, commas[(i + 3) % 40]!),
            String(i + 1),
          ]);
        });
        const opened = await openExport(
          [
            { name: 'project.csv', bytes: strToU8(project_csv) },
            { name: 'organization.csv', bytes: strToU8(quoted(organisations)) },
          ],
          async () => gazetteer,
        );
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        const built = projectFileOf(opened.projects[0]!, { fileName: 'x.zip', downloaded: '2026-12-03', gazetteer });
        const back = validateProject(built.file);
        expect(back.ok, JSON.stringify(back.ok ? [] : back.errors)).toBe(true);
        if (!back.ok) return;
        const again = back.project as Project;
        expect(cents(again.budget.total)).toBe(cents(project.budget.total));
        expect(cents(again.budget.eu)).toBe(cents(project.budget.eu));
        expect(again.schedule.planned).toEqual(project.schedule.planned);
        expect(again.partners.map((p) => [p.name, isoCountry(p.country), p.role])).toEqual(project.partners.map((p) => [cellWords(p.name), isoCountry(p.country), p.role]));
        again.partners.forEach((p, i) => {
          const before = project.partners[i]!;
          // Points as the export writes them, to six decimals (about 10 cm); "0,0" is the placeholder of
          // a point not found (it lies in the Gulf of Guinea), so the partner is placed from its country
          // (or, beyond the gazetteer's countries, left without a place, and said).
          if (before.location && Number(before.location.lat.toFixed(6)) === 0 && Number(before.location.lon.toFixed(6)) === 0)
            expect(p.location ? p.location.approximate : built.notes.some((n) => n.key === 'unplaced' && n.params.partner === p.name)).toBe(true);
          else if (before.location) expect([p.location!.lat, p.location!.lon]).toEqual([Number(before.location.lat.toFixed(6)), Number(before.location.lon.toFixed(6))]);
          if (before.budget?.total !== undefined) expect(cents(p.budget?.total)).toBe(cents(before.budget.total));
          if (before.budget?.eu !== undefined) expect(cents(p.budget?.eu)).toBe(cents(before.budget.eu));
        });
      }),
      { numRuns: propertyRuns(300), seed: 28 },
    );
  }, 60_000);
});
