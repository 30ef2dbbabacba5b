/**
 * An imported project as a format-v1 project file, and the notes on what came from where and
 * what is missing. What the export does not hold (phases, events, actual dates, partner
 * budgets or places it lacks) is left out and noted, never invented. Places: the export's point
 * where it has one; else the partner's town in the offline gazetteer (approximate); else the
 * country's interior point (approximate, and noted with the partner's name).
 */
import { withoutMarks, type Gazetteer } from './gazetteer';
import type { ExportFormat, ImportedProject } from './imported';
import type { ImportNote, ImportProblem } from './problems';
import type { ProjectInput } from '../data/schema';

export interface ImportContext {
  /** The export's file name, as the reader knows it. */
  fileName: string;
  /** The day the export was downloaded (its file's date), else the day of the import. */
  downloaded: string;
  gazetteer: Gazetteer;
}

export const PUBLISHERS: Record<ExportFormat, { name: string; url: string }> = {
  keep: { name: 'keep.eu', url: 'https://keep.eu/' },
  cordis: { name: 'CORDIS', url: 'https://cordis.europa.eu/' },
  kohesio: { name: 'Kohesio', url: 'https://kohesio.ec.europa.eu/' },
};

/** An id of the format from any name: lower case, letters and digits joined by hyphens. */
export function idFrom(name: string, fallback: string): string {
  const id = withoutMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return id === '' ? fallback : id;
}

function uniqueIds(names: string[], fallback: string): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    const base = idFrom(name, `${fallback}-${i + 1}`);
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  });
}

const https = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  const written = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    const parsed = new URL(written);
    return parsed.protocol === 'https:' && parsed.hostname.includes('.') ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

/** Where the file's partners got their places and figures, counted (the command line prints it). */
export interface Provenance {
  partners: number;
  budgets: number;
  points: number;
  towns: number;
  countries: number;
  unplaced: number;
}

export interface BuiltFile {
  file: ProjectInput;
  notes: ImportNote[];
  problems: ImportProblem[];
  provenance: Provenance;
}

export function projectFileOf(imported: ImportedProject, context: ImportContext): BuiltFile {
  const notes: ImportNote[] = [...imported.notes];
  const problems: ImportProblem[] = [];
  const publisher = PUBLISHERS[imported.format];
  const need = (value: unknown, field: string) => {
    if (value === undefined) problems.push({ key: 'projectField', params: { field, project: imported.acronym, row: imported.row } });
  };
  need(imported.start, 'start');
  need(imported.end, 'end');
  need(imported.total, 'total');
  need(imported.eu, 'eu');
  if (imported.partners.length === 0) problems.push({ key: 'noPartners', params: { project: imported.acronym } });

  const sources: ProjectInput['sources'] = [
    {
      id: 'export',
      title: {
        en: `${publisher.name} export “${context.fileName}”${imported.format === 'keep' ? ', data from keep.eu (Interact); changed by the dashboard: converted to the dashboard’s file format and places found from towns; not endorsed by keep.eu or Interact' : `, changed by the dashboard: converted to the dashboard’s file format`}`,
        lv: `${publisher.name} eksports “${context.fileName}”${imported.format === 'keep' ? ', dati no keep.eu (Interact); mainījis panelis: pārveidots paneļa failu formātā, vietas atrastas pēc pilsētām; keep.eu un Interact to neapstiprina' : ', mainījis panelis: pārveidots paneļa failu formātā'}`,
      },
      url: publisher.url,
      accessed: context.downloaded,
    },
  ];
  if (imported.format === 'cordis' && imported.publisherId && /^\d+$/.test(imported.publisherId))
    sources.push({ id: 'cordis-project', title: { en: `CORDIS project page ${imported.publisherId}`, lv: `CORDIS projekta lapa ${imported.publisherId}` }, url: `https://cordis.europa.eu/project/id/${imported.publisherId}` });
  const sourceIds = sources.map((s) => s.id);

  // Exactly one lead: the export's first, else the first partner (noted).
  const leads = imported.partners.filter((p) => p.role === 'lead');
  if (leads.length === 0 && imported.partners.length > 0) notes.push({ key: 'noLead', params: { partner: imported.partners[0]!.name } });
  if (leads.length > 1) notes.push({ key: 'severalLeads', params: { partner: leads[0]!.name, count: leads.length } });
  const leadIndex = leads.length > 0 ? imported.partners.indexOf(leads[0]!) : 0;

  // Partner budgets only where they fit the project's (else the file would be refused).
  const sum = (pick: 'total' | 'eu') => imported.partners.reduce((s, p) => s + (p[pick] ?? 0), 0);
  const budgetsFit = (imported.total === undefined || sum('total') <= imported.total + 0.005) && (imported.eu === undefined || sum('eu') <= imported.eu + 0.005);
  if (!budgetsFit) notes.push({ key: 'partnerSums', params: { project: imported.acronym } });
  if (imported.partners.length > 0 && imported.partners.every((p) => p.total === undefined && p.eu === undefined)) notes.push({ key: 'noPartnerBudgets', params: {} });

  const provenance: Provenance = { partners: imported.partners.length, budgets: 0, points: 0, towns: 0, countries: 0, unplaced: 0 };
  const ids = uniqueIds(imported.partners.map((p) => p.shortName ?? p.name), 'partner');
  const partners: ProjectInput['partners'] = imported.partners.map((p, i) => {
    let location: { lat: number; lon: number; approximate?: boolean } | undefined;
    if (p.point) {
      location = { lat: p.point.lat, lon: p.point.lon, ...(p.point.approximate ? { approximate: true } : {}) };
      provenance.points++;
    } else {
      const town = p.town ? context.gazetteer.town(p.town, p.country) : undefined;
      if (town) {
        location = { lat: town.lat, lon: town.lon, approximate: true };
        provenance.towns++;
        notes.push({ key: 'townPlaced', params: { partner: p.name, town: p.town!, found: town.name } });
      } else {
        const interior = context.gazetteer.interior(p.country);
        if (interior) {
          location = { ...interior, approximate: true };
          provenance.countries++;
          notes.push({ key: 'countryPlaced', params: { partner: p.name, town: p.town ?? '' } });
        } else {
          provenance.unplaced++;
          notes.push({ key: 'unplaced', params: { partner: p.name } });
        }
      }
    }
    // A partner's EU amount above its own total is left out (the file would be refused), its total kept.
    const budget = budgetsFit ? { ...(p.total !== undefined ? { total: p.total } : {}), ...(p.eu !== undefined && (p.total === undefined || p.eu <= p.total) ? { eu: p.eu } : {}) } : {};
    const hasBudget = Object.keys(budget).length > 0;
    if (hasBudget) provenance.budgets++;
    const website = https(p.website);
    return {
      id: ids[i]!,
      name: p.name,
      ...(p.shortName && p.shortName !== p.name ? { shortName: p.shortName } : {}),
      country: p.country,
      role: i === leadIndex ? 'lead' : p.role === 'lead' ? 'partner' : p.role,
      ...(p.town ? { place: p.town } : {}),
      ...(location ? { location } : {}),
      ...(hasBudget ? { budget } : {}),
      ...(website ? { website } : {}),
      sources: ['export'],
    };
  });

  notes.push({ key: 'noPhases', params: {} }, { key: 'noEvents', params: {} }, { key: 'noActualDates', params: {} });

  const website = https(imported.website);
  const file: ProjectInput = {
    schemaVersion: 1,
    id: idFrom(imported.acronym, 'project'),
    lang: 'en',
    acronym: imported.acronym,
    title: imported.title ?? imported.acronym,
    programme: imported.programme ?? publisher.name,
    fund: imported.fund,
    currency: 'EUR',
    ...(website ? { website } : {}),
    ...(imported.summary ? { summary: imported.summary } : {}),
    budget: { total: imported.total ?? 0, eu: imported.eu ?? 0, sources: sourceIds },
    partners,
    // The export's dates are not cited for the schedule: a dated source cited there reads as "the page said on … : running", which an export never says.
    schedule: { planned: { start: imported.start ?? '', end: imported.end ?? '' } },
    ...(imported.rate !== undefined ? { programmeRates: [{ id: 'co-financing', label: { en: 'Union co-financing rate', lv: 'Savienības līdzfinansējuma likme' }, rate: imported.rate, sources: ['export'] }] } : {}),
    sources,
  };
  return { file, notes, problems, provenance };
}
