/**
 * The importer's words in English and Latvian: its problems, its notes on what an export lacks,
 * the command line's lines and the page's. Apart from the page's dictionaries, so the page
 * loads them only with the importer (the command line and the worker's host read them too).
 */
import type { Language } from '../i18n/language';

const en = {
  formats: { keep: 'keep.eu', cordis: 'CORDIS', kohesio: 'Kohesio' } as Record<'keep' | 'cordis' | 'kohesio', string>,
  problems: {
    fileKind: ({ file }: { file: string }) => `${file} is not a file this dashboard reads: open a project file (.json) or an export of keep.eu (.xlsx), CORDIS (.zip or its project.csv and organization.csv) or Kohesio (.csv or .xlsx).`,
    tooLarge: ({ file, limit }: { file: string; limit: string }) => `${file} is larger than ${limit}, the largest export this dashboard imports. Export fewer projects (narrow the search) and try again.`,
    unreadable: ({ file }: { file: string }) => `${file} cannot be opened: it is damaged or not the spreadsheet or zip its name says. Download it again.`,
    notAnExport: ({ expected }: { expected: string }) => `This file is no export the dashboard knows. Expected ${expected}.`,
    column: ({ column, sheet }: { column: string; sheet: string }) => `The column “${column}” is missing from “${sheet}”.`,
    noProjects: ({ file }: { file: string }) => `${file} holds no project.`,
    tooMany: ({ rows, limit }: { rows: number; limit: number }) => `The export has ${rows.toLocaleString('en-GB')} rows, more than the ${limit.toLocaleString('en-GB')} this dashboard imports. Export fewer projects.`,
    unknownProject: ({ project }: { project: string }) => `The export holds no project ${project}.`,
    companionFile: ({ missing }: { missing: string }) => `A CORDIS import needs project.csv and organization.csv together: ${missing} is missing. Open both files at once, or the zip they come in.`,
    projectField: ({ field, project, row }: { field: string; project: string; row: number }) =>
      `${project} (row ${row}): the export gives no ${({ start: 'start date', end: 'end date', total: 'total budget', eu: 'EU funding' } as Record<string, string>)[field] ?? field}, which every project file needs.`,
    noPartners: ({ project }: { project: string }) => `${project}: the export lists no partner for this project (or none with a country code the dashboard knows).`,
  },
  notes: {
    noPhases: () => 'The export has no work phases: the timeline shows the project’s dates only.',
    noEvents: () => 'The export has no events: none are shown.',
    noActualDates: () => 'The export gives one start and end: they are shown as planned dates (an extension, if any, is not known).',
    noPartnerBudgets: () => 'The export gives no partner budgets: none are shown.',
    townPlaced: ({ partner, town, found }: { partner: string; town: string; found: string }) => `${partner}: placed at ${found}${found === town ? '' : ` (for “${town}”)`}, found from its town (approximate).`,
    countryPlaced: ({ partner, town }: { partner: string; town: string }) =>
      `${partner}: ${town ? `the town “${town}” was not found` : 'no town given'}; placed in the middle of its country (approximate). Add its place by hand.`,
    unplaced: ({ partner }: { partner: string }) => `${partner}: no place given and its country is beyond the map's, so it is listed but not drawn on the map. Add its place by hand.`,
    unknownCountry: ({ partner, found }: { partner: string; found: string }) => `${partner}: left out, its country code “${found}” is not one the dashboard knows.`,
    unreadAmount: ({ partner, column, found }: { partner: string; column: string; found: string }) => `${partner}: “${found}” under “${column}” is not an amount; left out.`,
    noLead: ({ partner }: { partner: string }) => `The export names no lead partner: ${partner}, listed first, is shown as the lead. Check this.`,
    severalLeads: ({ partner, count }: { partner: string; count: number }) => `The export names ${count} lead partners: ${partner} is shown as the lead, the others as partners.`,
    partnerSums: ({ project }: { project: string }) => `${project}: the partners’ budgets add up to more than the project’s, so they are left out.`,
    approximatePoint: ({ partner }: { partner: string }) => `${partner}: its point is marked approximate (the export gives its address two different points).`,
  },
  cli: {
    usage: 'Usage: npm run import -- FILE [FILE…] [--project ACRONYM|ID] [--out FILE] [--lang en|lv]',
    needsValue: (option: string) => `The option ${option} needs a value.`,
    unknownOption: (option: string) => `Unknown option ${option}. The options are --project, --out and --lang (--help says what each does).`,
    unreadable: (path: string) => `${path}: the file cannot be read.`,
    unwritable: (path: string) => `${path}: the file cannot be written.`,
    several: (count: number) => `The export holds ${count.toLocaleString('en-GB')} projects: choose one with --project ACRONYM or --project ID.`,
    ambiguous: (project: string) => `Several projects are called ${project}: choose one by its ID.`,
    listed: ({ key, acronym, title, programme, partners }: { key: string; acronym: string; title: string; programme: string; partners: number }) =>
      `  ${acronym} — ${title} (${programme}; ${partners} ${partners === 1 ? 'partner' : 'partners'}; --project "${key}")`,
    made: (acronym: string, format: string, file: string) => `${acronym}: imported from the ${format} export ${file}. Not checked: compare it with its sources before publishing.`,
    from: ({ partners, budgets, points, towns, countries, unplaced }: { partners: number; budgets: number; points: number; towns: number; countries: number; unplaced: number }) =>
      `From the export: the title, programme, fund, budget and dates, and ${partners} ${partners === 1 ? 'partner' : 'partners'} (${budgets} with a budget). Places: ${points} from the export's points, ${towns} from their towns (the gazetteer), ${countries} in the middle of their country${unplaced > 0 ? `, ${unplaced} without a place` : ''}.`,
    written: (path: string) => `wrote ${path}`,
  },
  page: {
    reading: (file: string) => `Reading ${file}…`,
    pickHeading: (format: string, count: number) => `Choose a project from the ${format} export (${count.toLocaleString('en-GB')} projects)`,
    search: 'Find a project (acronym, title or programme)',
    shown: (shown: number, all: number) => (shown === all ? `${all.toLocaleString('en-GB')} projects` : `${shown.toLocaleString('en-GB')} of ${all.toLocaleString('en-GB')} projects shown; type to narrow the list`),
    partners: (count: number) => `${count} ${count === 1 ? 'partner' : 'partners'}`,
    pick: 'Show this project',
    cancel: 'Cancel',
    failedHeading: (file: string) => `${file} could not be imported`,
    notice: (format: string, file: string, date: string) => `Imported from the ${format} export ${file} on ${date}, not checked: compare it with its sources before publishing it.`,
    missingHeading: 'What the export does not say, and how it was filled',
    download: 'Download the project file (JSON)',
    complete: 'Complete it in the editor (events, phases, Latvian names…)',
    invalid: 'The imported project is not a valid project file:',
    internal: 'The import stopped unexpectedly. The project shown before stays; try the file again.',
  },
};

const lv: typeof en = {
  formats: { keep: 'keep.eu', cordis: 'CORDIS', kohesio: 'Kohesio' } as Record<'keep' | 'cordis' | 'kohesio', string>,
  problems: {
    fileKind: ({ file }: { file: string }) => `${file} nav fails, ko šis panelis nolasa: atveriet projekta failu (.json) vai keep.eu (.xlsx), CORDIS (.zip vai tā project.csv un organization.csv) vai Kohesio (.csv vai .xlsx) eksportu.`,
    tooLarge: ({ file, limit }: { file: string; limit: string }) => `${file} ir lielāks par ${limit} — lielāko eksportu, ko šis panelis ieved. Eksportējiet mazāk projektu (sašauriniet meklēšanu) un mēģiniet vēlreiz.`,
    unreadable: ({ file }: { file: string }) => `${file} nevar atvērt: tas ir bojāts vai nav tā izklājlapa vai zip arhīvs, ko norāda tā nosaukums. Lejupielādējiet to vēlreiz.`,
    notAnExport: ({ expected }: { expected: string }) => `Šis fails nav neviens panelim zināms eksports. Gaidīts: ${expected}.`,
    column: ({ column, sheet }: { column: string; sheet: string }) => `Lapā “${sheet}” trūkst kolonnas “${column}”.`,
    noProjects: ({ file }: { file: string }) => `${file} nav neviena projekta.`,
    tooMany: ({ rows, limit }: { rows: number; limit: number }) => `Eksportā ir ${rows.toLocaleString('lv-LV')} rindas — vairāk par ${limit.toLocaleString('lv-LV')}, ko šis panelis ieved. Eksportējiet mazāk projektu.`,
    unknownProject: ({ project }: { project: string }) => `Eksportā nav projekta ${project}.`,
    companionFile: ({ missing }: { missing: string }) => `CORDIS ievešanai vajag gan project.csv, gan organization.csv: trūkst ${missing}. Atveriet abus failus reizē vai zip arhīvu, kurā tie ir.`,
    projectField: ({ field, project, row }: { field: string; project: string; row: number }) =>
      `${project} (${row}. rinda): eksportā nav ${({ start: 'sākuma datuma', end: 'beigu datuma', total: 'kopējā budžeta', eu: 'ES finansējuma' } as Record<string, string>)[field] ?? field}, kas vajadzīgs katram projekta failam.`,
    noPartners: ({ project }: { project: string }) => `${project}: eksportā šim projektam nav neviena partnera (vai nav neviena ar panelim zināmu valsts kodu).`,
  },
  notes: {
    noPhases: () => 'Eksportā nav darba posmu: laika grafikā redzami tikai projekta datumi.',
    noEvents: () => 'Eksportā nav pasākumu: neviens nav parādīts.',
    noActualDates: () => 'Eksportā ir viens sākuma un beigu datums: tie parādīti kā plānotie (vai projekts pagarināts, nav zināms).',
    noPartnerBudgets: () => 'Eksportā nav partneru budžetu: neviens nav parādīts.',
    townPlaced: ({ partner, town, found }: { partner: string; town: string; found: string }) => `${partner}: novietots vietā ${found}${found === town ? '' : ` (pēc “${town}”)`}, atrasts pēc apdzīvotās vietas (aptuveni).`,
    countryPlaced: ({ partner, town }: { partner: string; town: string }) =>
      `${partner}: ${town ? `apdzīvotā vieta “${town}” nav atrasta` : 'apdzīvotā vieta nav norādīta'}; novietots valsts vidū (aptuveni). Norādiet vietu ar roku.`,
    unplaced: ({ partner }: { partner: string }) => `${partner}: vieta nav norādīta, un tā valsts ir ārpus kartes, tāpēc tas ir sarakstā, bet kartē nav attēlots. Norādiet vietu ar roku.`,
    unknownCountry: ({ partner, found }: { partner: string; found: string }) => `${partner}: izlaists, jo valsts kods “${found}” panelim nav zināms.`,
    unreadAmount: ({ partner, column, found }: { partner: string; column: string; found: string }) => `${partner}: “${found}” kolonnā “${column}” nav summa; izlaists.`,
    noLead: ({ partner }: { partner: string }) => `Eksportā nav norādīts vadošais partneris: par vadošo parādīts pirmais minētais, ${partner}. Pārbaudiet to.`,
    severalLeads: ({ partner, count }: { partner: string; count: number }) => `Eksportā norādīti vairāki vadošie partneri (${count}): par vadošo parādīts ${partner}, pārējie — kā partneri.`,
    partnerSums: ({ project }: { project: string }) => `${project}: partneru budžetu summa pārsniedz projekta budžetu, tāpēc tie izlaisti.`,
    approximatePoint: ({ partner }: { partner: string }) => `${partner}: punkts atzīmēts kā aptuvens (eksportā vienai adresei ir divi dažādi punkti).`,
  },
  cli: {
    usage: 'Lietojums: npm run import -- FAILS [FAILS…] [--project AKRONĪMS|ID] [--out FAILS] [--lang en|lv]',
    needsValue: (option: string) => `Opcijai ${option} vajag vērtību.`,
    unknownOption: (option: string) => `Nezināma opcija ${option}. Opcijas ir --project, --out un --lang (--help pasaka, ko katra dara).`,
    unreadable: (path: string) => `${path}: failu nevar nolasīt.`,
    unwritable: (path: string) => `${path}: failu nevar ierakstīt.`,
    several: (count: number) => `Eksportā ir vairāki projekti (${count.toLocaleString('lv-LV')}): izvēlieties vienu ar --project AKRONĪMS vai --project ID.`,
    ambiguous: (project: string) => `Vairākiem projektiem ir nosaukums ${project}: izvēlieties vienu pēc tā ID.`,
    listed: ({ key, acronym, title, programme, partners }: { key: string; acronym: string; title: string; programme: string; partners: number }) =>
      `  ${acronym} — ${title} (${programme}; partneri: ${partners}; --project "${key}")`,
    made: (acronym: string, format: string, file: string) => `${acronym}: ievests no ${format} eksporta ${file}. Nav pārbaudīts: pirms publicēšanas salīdziniet to ar avotiem.`,
    from: ({ partners, budgets, points, towns, countries, unplaced }: { partners: number; budgets: number; points: number; towns: number; countries: number; unplaced: number }) =>
      `No eksporta: nosaukums, programma, fonds, budžets un datumi, partneri: ${partners} (ar budžetu: ${budgets}). Vietas: no eksporta punktiem ${points}, pēc apdzīvotās vietas (vietvārdu saraksts) ${towns}, valsts vidū ${countries}${unplaced > 0 ? `, bez vietas ${unplaced}` : ''}.`,
    written: (path: string) => `ierakstīts ${path}`,
  },
  page: {
    reading: (file: string) => `Nolasa ${file}…`,
    pickHeading: (format: string, count: number) => `Izvēlieties projektu no ${format} eksporta (projekti: ${count.toLocaleString('lv-LV')})`,
    search: 'Meklēt projektu (akronīms, nosaukums vai programma)',
    // "Parādīts 1 / 21 / 101", "Parādīti 2 / 11 / 50": the participle agrees with the number as Latvian counts.
    shown: (shown: number, all: number) =>
      shown === all
        ? `Projekti: ${all.toLocaleString('lv-LV')}`
        : `${shown % 10 === 1 && shown % 100 !== 11 ? 'Parādīts' : 'Parādīti'} ${shown.toLocaleString('lv-LV')} no ${all.toLocaleString('lv-LV')} projektiem; rakstiet, lai sašaurinātu sarakstu`,
    partners: (count: number) => `partneri: ${count}`,
    pick: 'Parādīt šo projektu',
    cancel: 'Atcelt',
    failedHeading: (file: string) => `${file} nevarēja ievest`,
    notice: (format: string, file: string, date: string) => `Ievests no ${format} eksporta ${file} ${date}, nav pārbaudīts: pirms publicēšanas salīdziniet to ar avotiem.`,
    missingHeading: 'Kas eksportā nav norādīts un kā tas aizpildīts',
    download: 'Lejupielādēt projekta failu (JSON)',
    complete: 'Papildināt to redaktorā (pasākumi, posmi, nosaukumi latviski…)',
    invalid: 'Ievestais projekts nav derīgs projekta fails:',
    internal: 'Ievešana negaidīti apstājās. Iepriekš parādītais projekts paliek; mēģiniet failu vēlreiz.',
  },
};

export type ImportWords = typeof en;

export const IMPORT_WORDS: Record<Language, ImportWords> = { en, lv };
