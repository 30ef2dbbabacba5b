/**
 * A project as an export describes it, before it becomes a project file: the neutral shape
 * the three importers (keep.eu, CORDIS, Kohesio) fill, and the summary the page's picker lists.
 */
import type { PartnerRole } from '../data/schema';
import type { ImportNote } from './problems';

export type ExportFormat = 'keep' | 'cordis' | 'kohesio';

export interface ImportedPartner {
  name: string;
  shortName?: string;
  /** ISO alpha-2. */
  country: string;
  role: PartnerRole;
  town?: string;
  /** A point the export gives (CORDIS geolocation, Kohesio's project point). */
  point?: { lat: number; lon: number; approximate: boolean };
  total?: number;
  eu?: number;
  website?: string;
}

export interface ImportedProject {
  format: ExportFormat;
  /** The project's identifier in the export (keep.eu: programme and acronym or ID; CORDIS and Kohesio: their ids). */
  key: string;
  /** The id the publisher gives it, where it has one (CORDIS id, keep.eu 2021-2027 ID, Kohesio identifier). */
  publisherId?: string;
  acronym: string;
  title?: string;
  programme?: string;
  fund: string;
  start?: string;
  end?: string;
  total?: number;
  eu?: number;
  /** The co-financing rate the export states (0–1). */
  rate?: number;
  website?: string;
  summary?: string;
  partners: ImportedPartner[];
  /** Notes found while reading the rows (unread amounts, unknown countries). */
  notes: ImportNote[];
  /** The first row of the project in its sheet (1-based, the header being row 1), for problems. */
  row: number;
}

/** What the page's picker lists for each project of an export. */
export interface ProjectSummary {
  key: string;
  acronym: string;
  title: string;
  programme: string;
  partners: number;
}

export function summaryOf(project: ImportedProject): ProjectSummary {
  return { key: project.key, acronym: project.acronym, title: project.title ?? '', programme: project.programme ?? '', partners: project.partners.length };
}
