/**
 * What can stop an import, or be missing from what it made, as data: a key and its details.
 * The words come from the page language's dictionary (`importer.problems`), so a ministry reads
 * them in Latvian or English; no reader's or library's own error text is ever shown.
 */
export const IMPORT_PROBLEM_KEYS = [
  /** A file of a kind the importer does not read (by its name and its first bytes). */
  'fileKind',
  /** Larger than the import limit. */
  'tooLarge',
  /** A spreadsheet or zip that cannot be opened. */
  'unreadable',
  /** Opened, but it is none of the exports: the sheets or files it should have are named. */
  'notAnExport',
  /** A needed column is missing from a sheet. */
  'column',
  /** An export with no project rows. */
  'noProjects',
  /** More projects or partners than the import reads. */
  'tooMany',
  /** `--project` or the picked project is not in the export. */
  'unknownProject',
  /** A CORDIS project.csv without its organization.csv (or the other way round). */
  'companionFile',
  /** The project's required figures cannot be read: the field and the row. */
  'projectField',
  /** The project has no partners in the export. */
  'noPartners',
] as const;

export const IMPORT_NOTE_KEYS = [
  /** What the export does not hold and the file therefore leaves out (never invented). */
  'noPhases',
  'noEvents',
  'noActualDates',
  'noPartnerBudgets',
  /** A partner placed at its town through the gazetteer (approximate). */
  'townPlaced',
  /** A partner whose town is unknown, placed at its country's interior point. */
  'countryPlaced',
  /** A partner in a country the gazetteer does not hold (outside Europe and its neighbours), with no point: left without a place. */
  'unplaced',
  /** A partner whose country code the format does not know: left out. */
  'unknownCountry',
  /** A partner row whose amount could not be read. */
  'unreadAmount',
  /** No lead in the export: the first partner is made the lead. */
  'noLead',
  /** Several leads: the first is the lead, the others partners. */
  'severalLeads',
  /** Partner sums above the project's total: partner budgets left out. */
  'partnerSums',
  /** The CORDIS point is kept but marked approximate (the same address has carried different points). */
  'approximatePoint',
] as const;

export type ImportProblemKey = (typeof IMPORT_PROBLEM_KEYS)[number];
export type ImportNoteKey = (typeof IMPORT_NOTE_KEYS)[number];

export interface ImportProblem {
  key: ImportProblemKey;
  params: Record<string, string | number>;
}

export interface ImportNote {
  key: ImportNoteKey;
  params: Record<string, string | number>;
}
