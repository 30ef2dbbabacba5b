/**
 * CORDIS bulk files (Horizon Europe, H2020, FP7): `project.csv` and `organization.csv`, joined
 * on the project's id. Roles: coordinator → lead; associatedPartner → advisory; every other
 * (participant, partner, thirdParty, internationalPartner) → partner. The fund is the framework
 * programme's EU contribution, not ERDF. `geolocation` ("lat,lon") is kept, marked approximate
 * where the same address carries two different points in the file.
 */
import { amount, calendarDate, cellText, countryCode, type Cell } from './cells';
import { Columns, type Table } from './tables';
import type { ImportedPartner, ImportedProject } from './imported';
import type { ImportNote, ImportProblem } from './problems';
import type { PartnerRole } from '../data/schema';

export const CORDIS_PROJECT_COLUMNS = ['id', 'acronym', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution', 'frameworkProgramme'] as const;
export const CORDIS_ORGANISATION_COLUMNS = ['projectID', 'name', 'country', 'role'] as const;

export function isCordisProjects(table: Table): boolean {
  const c = new Columns(table);
  return c.has('ecMaxContribution') && c.has('frameworkProgramme');
}

export function isCordisOrganisations(table: Table): boolean {
  const c = new Columns(table);
  return c.has('projectID') && (c.has('organisationID') || c.has('ecContribution'));
}

const ROLES: Record<string, PartnerRole> = { coordinator: 'lead', associatedpartner: 'advisory' };

/** `"56.95,24.1"` → a point; undefined for anything else. */
export function geolocation(cell: Cell): { lat: number; lon: number } | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(cellText(cell) ?? '');
  if (!match) return undefined;
  const [lat, lon] = [Number(match[1]), Number(match[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0) ? { lat, lon } : undefined;
}

export function readCordis(projectTable: Table, organisationTable: Table): { projects: ImportedProject[] } | { problems: ImportProblem[] } {
  const p = new Columns(projectTable);
  const o = new Columns(organisationTable);
  const missing = [...p.missing(CORDIS_PROJECT_COLUMNS), ...o.missing(CORDIS_ORGANISATION_COLUMNS)];
  if (missing.length > 0) return { problems: missing };

  // Points by address: an address with two different points in the file is approximate.
  const address = (row: Cell[]) => ['street', 'postCode', 'city', 'country'].map((c) => (cellText(o.cell(row, c)) ?? '').toLowerCase()).join('|');
  const pointsAt = new Map<string, Set<string>>();
  for (const row of organisationTable.rows) {
    const point = geolocation(o.cell(row, 'geolocation'));
    if (!point) continue;
    const key = address(row);
    if (key.replace(/\|/g, '') === '') continue;
    (pointsAt.get(key) ?? pointsAt.set(key, new Set()).get(key)!).add(`${point.lat},${point.lon}`);
  }

  const byProject = new Map<string, { partners: { partner: ImportedPartner; order: number }[]; notes: ImportNote[] }>();
  organisationTable.rows.forEach((row, i) => {
    const project = cellText(o.cell(row, 'projectID'));
    const name = cellText(o.cell(row, 'name'));
    if (!project || !name) return;
    const entry = byProject.get(project) ?? byProject.set(project, { partners: [], notes: [] }).get(project)!;
    const written = cellText(o.cell(row, 'country'));
    const country = countryCode(o.cell(row, 'country'));
    if (!country) {
      entry.notes.push({ key: 'unknownCountry', params: { partner: name, found: written ?? '', row: i + 2 } });
      return;
    }
    const point = geolocation(o.cell(row, 'geolocation'));
    const doubtful = point !== undefined && (pointsAt.get(address(row))?.size ?? 0) > 1;
    if (doubtful) entry.notes.push({ key: 'approximatePoint', params: { partner: name } });
    const role = ROLES[(cellText(o.cell(row, 'role')) ?? '').toLowerCase()] ?? 'partner';
    const eu = amount(o.cell(row, o.pick('ecContribution', 'netEcContribution')));
    const total = amount(o.cell(row, 'totalCost'));
    entry.partners.push({
      order: amount(o.cell(row, 'order')) ?? i,
      partner: {
        name,
        shortName: cellText(o.cell(row, 'shortName')),
        country,
        role,
        town: cellText(o.cell(row, 'city')),
        point: point ? { ...point, approximate: doubtful } : undefined,
        website: cellText(o.cell(row, 'organizationURL')),
        eu,
        total,
      },
    });
  });

  const projects: ImportedProject[] = [];
  const seen = new Set<string>();
  projectTable.rows.forEach((row, i) => {
    const id = cellText(p.cell(row, 'id'));
    const acronym = cellText(p.cell(row, 'acronym')) ?? id;
    if (!id || !acronym || seen.has(id)) return;
    seen.add(id);
    const found = byProject.get(id) ?? { partners: [], notes: [] };
    const programme = cellText(p.cell(row, 'frameworkProgramme'));
    projects.push({
      format: 'cordis',
      key: id,
      publisherId: id,
      acronym,
      title: cellText(p.cell(row, 'title')),
      programme,
      fund: `${programme ?? 'EU framework programme'} EU contribution`,
      start: calendarDate(p.cell(row, 'startDate')),
      end: calendarDate(p.cell(row, 'endDate')),
      total: amount(p.cell(row, 'totalCost')),
      eu: amount(p.cell(row, 'ecMaxContribution')),
      summary: cellText(p.cell(row, 'objective')),
      partners: found.partners.sort((a, b) => a.order - b.order).map((entry) => entry.partner),
      notes: found.notes,
      row: i + 2,
    });
  });
  return { projects };
}
