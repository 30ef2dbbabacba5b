/**
 * Exports as the publishers write them, made here for the importer's tests (every quirk of
 * `../shared/facts/open-data-formats.md`): a keep.eu workbook (a criteria sheet first, `N.a.`,
 * dates as Excel dates and as DD/MM/YYYY text, rates as "80%", EU codes UK and EL, a
 * typographic apostrophe in a column name, 2021-2027 projects joined on their ID and earlier ones
 * on their acronym); a CORDIS zip (`;`, every field quoted, decimal separators mixed in one row,
 * empty and zero contributions, every role, XK); a Kohesio CSV (DD/MM/YYYY, `|` between
 * beneficiaries). Organisations and projects are made up, and say so.
 */
import writeXlsxFile from 'write-excel-file/universal';
import { strToU8, zipSync } from 'fflate';

type Value = string | number | Date | null;
type SheetRows = Value[][];

const PROJECT_HEADER = [
  'Period', 'Programme', 'Project acronym', 'Project ID (2021-2027 only)', 'Project name in English', 'Project name in language 2',
  'Description in English', 'Expected Achievements in English', 'Project start', 'Project end',
  "Project's total budget / expenditure", "Project's EU funding", 'Union co-financing rate', 'Website', 'Theme 1',
];
const PARTNER_HEADER = [
  'Programme', 'Project acronym', 'Project ID (2021-2027 only)', 'Organisation in English', 'Organisation in language 2', 'Lead partner',
  'Country code', 'Participant Identification Code', 'Partner\u2019s ID if not PIC', 'Type of Organisation', 'NUTS2/NUTS3 code (or equivalent)',
  'Town', 'Website', 'ERDF contribution (2014-2020 only)', "Partner's programme co-financing (EUR) (2021-2027 only)", "Partner's total eligible budget / expenditure",
];

export interface KeepOptions {
  /** How many projects beyond the two described ones (each with `partnersEach` partners). */
  extraProjects?: number;
  partnersEach?: number;
  /** Leave a column out of a sheet (to test the message naming it). */
  dropColumn?: string;
  /** Sheet names other than keep.eu's. */
  sheetNames?: [string, string];
}

export function keepSheets({ extraProjects = 0, partnersEach = 5, dropColumn }: KeepOptions = {}): { projects: SheetRows; partners: SheetRows } {
  const projects: SheetRows = [
    [...PROJECT_HEADER],
    ['2014 - 2020', 'Interreg Europe', 'MADEUP', 'N.a.', 'Made-up industry project (made-up)', 'N.a.', 'A made-up description.', 'N.a.', new Date(Date.UTC(2019, 7, 1)), '31/01/2023', 1_640_000.5, 1_330_000, '85%', 'https://www.interregeurope.eu/madeup', 'Research'],
    ['2021 - 2027', 'Interreg VI-A Latvia-Lithuania', 'TWIN', 'LLI-00001', 'Twin rivers (made-up)', 'N.a.', 'N.a.', 'N.a.', '01/10/2023', '30/09/2025', '800000,00', '640000', '80%', 'N.a.', 'N.a.'],
    // The same acronym again in the same programme, a follow-up project: told apart by its ID only.
    ['2021 - 2027', 'Interreg VI-A Latvia-Lithuania', 'TWIN', 'LLI-00002', 'Twin rivers, second round (made-up)', 'N.a.', 'N.a.', 'N.a.', '01/10/2025', '30/09/2027', 300_000, 240_000, '80%', 'N.a.', 'N.a.'],
    // The same acronym in another programme: a different project.
    ['2021 - 2027', 'Interreg VI-A Estonia-Latvia', 'TWIN', 'EST-LAT-7', 'Other twin (made-up)', 'N.a.', 'N.a.', 'N.a.', '01/01/2024', '31/12/2026', 500_000, 400_000, '0.8', 'N.a.', 'N.a.'],
  ];
  const partners: SheetRows = [
    [...PARTNER_HEADER],
    ['Interreg Europe', 'MADEUP', 'N.a.', 'Lead agency (made-up)', 'N.a.', 'Yes', 'SI', 'N.a.', 'N.a.', 'Public', 'SI024', 'Brežice', 'www.example.org', 200_000, 'N.a.', 240_000],
    ['Interreg Europe', 'MADEUP', 'N.a.', 'Ministry (made-up)', 'N.a.', 'No', 'LV', 'N.a.', 'N.a.', 'Public', 'LV006', 'Riga', 'N.a.', '83500,00', 'N.a.', '98.235,29'],
    ['Interreg Europe', 'MADEUP', 'N.a.', 'Regional council (made-up)', 'N.a.', 'No', 'EL', 'N.a.', 'N.a.', 'Public', 'EL431', 'Irákleion', 'N.a.', 'N.a.', 'N.a.', 'N.a.'],
    ['Interreg Europe', 'MADEUP', 'N.a.', 'University (made-up)', 'N.a.', 'No', 'UK', 'N.a.', 'N.a.', 'Higher education', 'UKM', 'Nowhere-on-any-map', 'N.a.', 'N.a.', 'N.a.', 'N.a.'],
    ['Interreg Europe', 'MADEUP', 'N.a.', 'Agency without a town (made-up)', 'N.a.', 'No', 'AT', 'N.a.', 'N.a.', 'Public', 'AT124', 'N.a.', 'N.a.', 'N.a.', 'N.a.', 'N.a.'],
    ['Interreg VI-A Latvia-Lithuania', 'TWIN', 'LLI-00001', 'River town (made-up)', 'N.a.', 'Yes', 'LV', '999999999', 'N.a.', 'Public', 'LV009', 'Valka', 'N.a.', 'N.a.', '320000', '400000'],
    ['Interreg VI-A Latvia-Lithuania', 'TWIN', 'LLI-00001', 'Other river town (made-up)', 'N.a.', 'No', 'LT', 'N.a.', 'N.a.', 'Public', 'LT011', 'Vilnius', 'N.a.', 'N.a.', '320000', '400000'],
    ['Interreg VI-A Latvia-Lithuania', 'TWIN', 'LLI-00002', 'Second-round town (made-up)', 'N.a.', 'Yes', 'LT', 'N.a.', 'N.a.', 'Public', 'LT011', 'Kaunas', 'N.a.', 'N.a.', '240000', '300000'],
    ['Interreg VI-A Estonia-Latvia', 'TWIN', 'EST-LAT-7', 'Estonian town (made-up)', 'N.a.', 'Yes', 'EE', 'N.a.', 'N.a.', 'Public', 'EE008', 'Tartu', 'N.a.', 'N.a.', 'N.a.', 'N.a.'],
  ];
  for (let k = 0; k < extraProjects; k++) {
    const acronym = `GEN${k}`;
    projects.push(['2014 - 2020', 'Interreg Europe', acronym, 'N.a.', `Generated project ${k} (made-up)`, 'N.a.', 'N.a.', 'N.a.', new Date(Date.UTC(2016, k % 12, 1)), new Date(Date.UTC(2020, k % 12, 28)), 1_000_000 + k, 850_000, '85%', 'N.a.', 'N.a.']);
    for (let i = 0; i < partnersEach; i++) {
      const country = ['LV', 'SI', 'EL', 'UK', 'DE', 'FR', 'IT', 'ES', 'PL', 'SE'][(k + i) % 10]!;
      const town = { LV: 'Riga', SI: 'Ljubljana', EL: 'Athens', UK: 'London', DE: 'Berlin', FR: 'Paris', IT: 'Rome', ES: 'Madrid', PL: 'Warsaw', SE: 'Stockholm' }[country]!;
      partners.push(['Interreg Europe', acronym, 'N.a.', `Partner ${i} of ${acronym} (made-up)`, 'N.a.', i === 0 ? 'Yes' : 'No', country, 'N.a.', 'N.a.', 'Public', 'N.a.', town, 'N.a.', 80_000, 'N.a.', 100_000]);
    }
  }
  if (dropColumn) {
    for (const sheet of [projects, partners]) {
      const at = (sheet[0] as string[]).indexOf(dropColumn);
      if (at >= 0) for (const row of sheet) row.splice(at, 1);
    }
  }
  return { projects, partners };
}

const cell = (value: Value) => (value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value });

export async function keepWorkbook(options: KeepOptions = {}): Promise<Uint8Array> {
  const { projects, partners } = keepSheets(options);
  const [projectsName, partnersName] = options.sheetNames ?? ['Search results, projects', 'Search results, partners'];
  const blob = await writeXlsxFile([
    { sheet: 'Search criteria', data: [[cell('Search criteria')], [cell('Programme: all')]] },
    { sheet: projectsName, data: projects.map((row) => row.map(cell)) },
    { sheet: partnersName, data: partners.map((row) => row.map(cell)) },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** Any workbook (for "a spreadsheet that is no export"). */
export async function otherWorkbook(): Promise<Uint8Array> {
  const blob = await writeXlsxFile([{ sheet: 'Budget 2024', data: [[cell('Item'), cell('Amount')], [cell('Paper'), cell(12)]] }]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** Rows as CORDIS writes them: `;` between fields, every field in double quotes. */
export const quoted = (rows: string[][]) => rows.map((row) => row.map((v) => `"${v.replace(/"/g, '""')}"`).join(';')).join('\n') + '\n';

export const CORDIS_PROJECT_CSV = quoted([
  ['id', 'acronym', 'status', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution', 'legalBasis', 'topics', 'ecSignatureDate', 'frameworkProgramme', 'masterCall', 'subCall', 'fundingScheme', 'nature', 'objective', 'contentUpdateDate', 'rcn', 'grantDoi', 'keywords'],
  ['101000001', 'MADEGRID', 'SIGNED', 'A made-up grid project (made-up)', '2021-05-01', '2024-04-30', '2999999,50', '2500000', 'HORIZON.2.5', 'HORIZON-CL5', '2021-04-01', 'HORIZON', 'N.a.', 'N.a.', 'HORIZON-RIA', '', 'A made-up objective.', '2024-01-01 10:00:00', '1', '10.3030/101000001', 'grid'],
  ['101000002', 'OTHER', 'CLOSED', 'Another made-up project (made-up)', '2020-01-01', '2022-12-31', '1000000', '1000000', 'H2020', 'X', '2019-12-01', 'H2020', '', '', 'CSA', '', '', '', '2', '', ''],
]);

export const CORDIS_ORGANISATION_CSV = quoted([
  ['projectID', 'projectAcronym', 'organisationID', 'vatNumber', 'name', 'shortName', 'SME', 'activityType', 'street', 'postCode', 'city', 'country', 'nutsCode', 'geolocation', 'organizationURL', 'contactForm', 'contentUpdateDate', 'rcn', 'order', 'role', 'ecContribution', 'netEcContribution', 'totalCost', 'endOfParticipation', 'active'],
  ['101000001', 'MADEGRID', '1', '', 'Coordinating institute (made-up)', 'CIM', 'false', 'REC', 'Street 1', '1010', 'Wien', 'AT', 'AT130', '48.2082,16.3738', 'http://example.org', '', '', '', '1', 'coordinator', '528340.97', '528340.97', '960619,95', 'false', 'true'],
  ['101000001', 'MADEGRID', '2', '', 'Participant company (made-up)', '', 'true', 'PRC', 'Road 2', '11000', 'Belgrade', 'RS', '', '44.8176,20.4633', 'https://example.com', '', '', '', '2', 'participant', '', '', '100000', 'false', 'true'],
  ['101000001', 'MADEGRID', '3', '', 'Same address A (made-up)', '', 'false', 'HES', 'Campus 3', '10000', 'Pristina', 'XK', '', '42.6629,21.1655', '', '', '', '', '3', 'partner', '0', '0', '50000', 'false', 'true'],
  ['101000001', 'MADEGRID', '4', '', 'Same address B (made-up)', '', 'false', 'HES', 'Campus 3', '10000', 'Pristina', 'XK', '', '42.6500,21.1500', '', '', '', '', '4', 'thirdParty', '10000', '10000', '20000', 'false', 'true'],
  ['101000001', 'MADEGRID', '5', '', 'Associated body (made-up)', '', 'false', 'PUB', '', '', 'Athens', 'EL', '', '', '', '', '', '', '5', 'associatedPartner', '', '', '', 'false', 'true'],
  ['101000001', 'MADEGRID', '6', '', 'International partner (made-up)', '', 'false', 'OTH', '', '', 'London', 'UK', '', '51.5074,-0.1278', '', '', '', '', '6', 'internationalPartner', '', '', '', 'false', 'true'],
  ['101000002', 'OTHER', '7', '', 'Other coordinator (made-up)', '', 'false', 'REC', '', '', 'Riga', 'LV', '', '56.9496,24.1052', '', '', '', '', '1', 'coordinator', '1000000', '1000000', '1000000', 'false', 'true'],
]);

export function cordisZip(): Uint8Array {
  return zipSync({
    'project.csv': strToU8(CORDIS_PROJECT_CSV),
    'organization.csv': strToU8(CORDIS_ORGANISATION_CSV),
    'euroSciVoc.csv': strToU8('"projectID";"euroSciVocCode"\n"1";"x"\n'),
  });
}

export const KOHESIO_CSV = [
  'Operation_Unique_Identifier,Operation_Name_English,Operation_Start_Date,Operation_End_Date,Project_EU_Budget,Total_Eligible_Expenditure_amount,Beneficiary_Name,Location_Indicator_latitude_longitude,Fund_Name,Programme_Name',
  '2019LV16RFOP001-0001,"Made-up business incubator (made-up)",01/03/2020,31/12/2022,"850000,00","1000000,00","Made-up agency|Made-up town council","56.9496,24.1052",European Regional Development Fund,"Growth and Employment (made-up)"',
  '2019SI16RFOP001-0002,"Made-up bridge (made-up)",15/06/2021,30/06/2023,400000,500000,Made-up municipality,"46.0569,14.5058",European Regional Development Fund,"Cohesion Policy Programme (made-up)"',
].join('\r\n');
