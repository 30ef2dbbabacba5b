/**
 * What `npm run export -- --help` and `npm run import -- --help` print, in English and Latvian. Kept
 * here, beside the commands, rather than in the page's dictionaries: no reader of the page needs it.
 */
import type { Language } from '../src/i18n/language';

/** Whether a command was asked for its help (`--help` or `-h`, anywhere among its arguments). */
export function asksForHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** The lists the export's options take, as the command checks them. */
export interface ExportChoices {
  sizes: string[];
  languages: string[];
  themes: string[];
  backgrounds: string[];
}

export const EXPORT_HELP: Record<Language, (choices: ExportChoices) => string[]> = {
  en: ({ sizes, languages, themes, backgrounds }) => [
    'Usage: npm run export -- [OPTIONS]',
    'Draws every chart of a project file for slides, each as SVG and PNG, and all of them in one PowerPoint deck, into a folder.',
    '',
    '  --data FILE       the project file (default: data/innoindustry.json)',
    `  --lang ${languages.join('|')}      the language of the charts and of these messages (default: en)`,
    `  --background ${backgrounds.join('|')}`,
    "                    the pictures' background (default: that of --theme)",
    `  --theme ${themes.join('|')}`,
    '                    the colours; on a transparent background, dark gives light text for dark slides (default: light)',
    '  --size WIDTHxHEIGHT',
    `                    the slide's size in pixels: ${sizes.join(', ')} (default: 1920x1080)`,
    '  --scale 1|2       2: PNGs twice as sharp, for high-density screens and projectors (default: 1)',
    '  --emblem          the EU emblem and funding statement on every picture (the deck has them on its title slide)',
    '  --out FOLDER      where the files are written, made if it does not exist (default: export)',
    '  --help            this text',
  ],
  lv: ({ sizes, languages, themes, backgrounds }) => [
    'Lietojums: npm run export -- [OPCIJAS]',
    'Uzzīmē visus projekta faila grafikus slaidiem, katru kā SVG un PNG, un visus vienā PowerPoint prezentācijā, un ieraksta tos mapē.',
    '',
    '  --data FAILS      projekta fails (noklusējums: data/innoindustry.json)',
    `  --lang ${languages.join('|')}      grafiku un šo ziņojumu valoda (noklusējums: en)`,
    `  --background ${backgrounds.join('|')}`,
    '                    attēlu fons (noklusējums: --theme fons)',
    `  --theme ${themes.join('|')}`,
    '                    krāsas; uz caurspīdīga fona dark dod gaišu tekstu tumšiem slaidiem (noklusējums: light)',
    '  --size PLATUMSxAUGSTUMS',
    `                    slaida izmērs pikseļos: ${sizes.join(', ')} (noklusējums: 1920x1080)`,
    '  --scale 1|2       2: divreiz asāki PNG attēli augsta blīvuma ekrāniem un projektoriem (noklusējums: 1)',
    '  --emblem          ES emblēma un finansējuma norāde katrā attēlā (prezentācijā tās ir titulslaidā)',
    '  --out MAPE        mape, kurā ierakstīt failus; ja tās nav, tā tiek izveidota (noklusējums: export)',
    '  --help            šis teksts',
  ],
};

/** Printed after the import's usage line (`IMPORT_WORDS[lang].cli.usage`). */
export const IMPORT_HELP: Record<Language, string[]> = {
  en: [
    'Makes a project file (format v1) from an export of keep.eu, CORDIS or Kohesio, as the site gives it: a keep.eu',
    'search (.xlsx), a CORDIS bulk download (its .zip, or its project.csv and organization.csv together) or a Kohesio',
    'project export (.csv or .xlsx). The file goes to standard output, or to --out; what came from where and what is',
    'missing goes to standard error.',
    '',
    '  --project ACRONYM|ID  the project to take from an export of several (without it, they are listed, each with its value)',
    '  --out FILE            the project file to write (default: standard output)',
    '  --lang en|lv          the language of these messages (default: en)',
    '  --help                this text',
  ],
  lv: [
    'Izveido projekta failu (formāts v1) no keep.eu, CORDIS vai Kohesio eksporta tādā veidā, kā vietne to dod: keep.eu',
    'meklēšanas rezultāti (.xlsx), CORDIS lejupielāde (tās .zip vai tās project.csv un organization.csv kopā) vai Kohesio',
    'projektu eksports (.csv vai .xlsx). Fails tiek izvadīts standarta izvadē vai ierakstīts failā, ko norāda --out; kas no',
    'kurienes ņemts un kas trūkst, tiek izvadīts standarta kļūdu izvadē.',
    '',
    '  --project AKRONĪMS|ID  projekts, ko ņemt no eksporta ar vairākiem projektiem (bez tā tie tiek uzskaitīti, katrs ar savu vērtību)',
    '  --out FAILS            projekta fails, ko ierakstīt (noklusējums: standarta izvade)',
    '  --lang en|lv           šo ziņojumu valoda (noklusējums: en)',
    '  --help                 šis teksts',
  ],
};
