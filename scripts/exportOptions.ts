/**
 * The command line's own input, checked before anything is drawn: every option against the
 * values it takes (never looked up on an object's prototype, so `--theme __proto__` is just an
 * unknown theme), an unknown option or a missing value named, the data file read up to the size
 * limit and no further (`--data /dev/zero` ends at once), `--out` that is a file refused. Every
 * refusal is one line in the user's language (`--lang`, else the environment's `LANG`), never a
 * stack trace. Text from the file that is echoed to the terminal has its escapes removed.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { en } from '../src/i18n/en';
import { lv } from '../src/i18n/lv';
import { LIMITS } from '../src/data/validate';
import { decodeProjectBytes } from '../src/data/load';
import { backgroundTheme, SLIDE_SIZES, type Background } from '../src/export/sizes';
import { isLanguage, LANGUAGES, type Language } from '../src/i18n/language';
import { isThemeName, THEME_NAMES, type ThemeName } from '../src/chart/theme';
import type { Dictionary } from '../src/i18n/en';
import type { Problem } from '../src/data/problems';
import { asksForHelp, EXPORT_HELP } from './help';

const DICTIONARIES: Record<Language, Dictionary> = { en, lv };

export interface ExportOptions {
  data: string;
  lang: Language;
  theme: ThemeName;
  size: { width: number; height: number };
  out: string;
  emblem: boolean;
  /** The pictures' background: the theme's, or none (for a slide of any colour; drawn with light text on a dark theme). */
  background: Background;
  /** The PNGs' pixels per layout pixel: 1, or 2 for a sharp picture on a high-density screen or projector. */
  scale: 1 | 2;
}

/** The options to run with, a refusal in one line, or `--help`'s text (`ok: 'help'`: written to standard output, exit code 0). */
export type Parsed = { ok: true; options: ExportOptions; t: Dictionary } | { ok: false; message: string } | { ok: 'help'; text: string };

const BACKGROUNDS = ['light', 'dark', 'transparent'];

/** The language a message is in: `--lang` where it is one we have, else the environment's. */
function messageLanguage(args: readonly string[], env: NodeJS.ProcessEnv): Language {
  const given = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = given < 0 ? undefined : args[given]!.includes('=') ? args[given]!.split('=')[1] : args[given + 1];
  if (isLanguage(value)) return value;
  const system = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return system.startsWith('lv') ? 'lv' : 'en';
}

export function parseExportOptions(args: string[], env: NodeJS.ProcessEnv = process.env): Parsed {
  const said = messageLanguage(args, env);
  const t = DICTIONARIES[said];
  if (asksForHelp(args)) {
    const sizes = SLIDE_SIZES.map((s) => `${s.width}x${s.height}`);
    return { ok: 'help', text: EXPORT_HELP[said]({ sizes, languages: [...LANGUAGES], themes: [...THEME_NAMES], backgrounds: BACKGROUNDS }).join('\n') };
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string', default: 'data/innoindustry.json' },
        lang: { type: 'string', default: 'en' },
        theme: { type: 'string', default: 'light' },
        size: { type: 'string', default: '1920x1080' },
        out: { type: 'string', default: 'export' },
        emblem: { type: 'boolean', default: false },
        background: { type: 'string' },
        scale: { type: 'string', default: '1' },
      },
    }));
  } catch (error) {
    // Node's own message is English and names its error code: ours names the option.
    const code = (error as { code?: string }).code;
    const option = /'(-[^']*)'/.exec(String((error as Error).message))?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { ok: false, message: t.cli.missingValue(cleanForTerminal(option.split(' ')[0] ?? option)) };
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { ok: false, message: t.cli.unexpected(cleanForTerminal(option || args.find((a) => !a.startsWith('-')) || '')) };
    return { ok: false, message: t.cli.unknownOption(cleanForTerminal(option || args.find((a) => a.startsWith('-')) || '')) };
  }
  const lang = String(values.lang);
  if (!isLanguage(lang)) return { ok: false, message: t.cli.badValue('--lang', cleanForTerminal(lang), LANGUAGES.join(', ')) };
  // --background takes the page's three; --theme (light, dark) gives the colours of a transparent
  // picture (dark: light text for dark slides), and the background where none is named (older scripts).
  const chosen = values.background === undefined ? undefined : String(values.background);
  if (chosen !== undefined && !BACKGROUNDS.includes(chosen)) return { ok: false, message: t.cli.badValue('--background', cleanForTerminal(chosen), BACKGROUNDS.join(', ')) };
  const themeText = String(values.theme);
  if ((chosen === undefined || chosen === 'transparent') && !isThemeName(themeText)) return { ok: false, message: t.cli.badValue('--theme', cleanForTerminal(themeText), THEME_NAMES.join(', ')) };
  const background = (chosen === undefined ? themeText : chosen === 'transparent' ? (themeText === 'dark' ? 'transparent-dark' : 'transparent') : chosen) as Background;
  const theme = backgroundTheme(background);
  const scaleText = String(values.scale);
  if (scaleText !== '1' && scaleText !== '2') return { ok: false, message: t.cli.badValue('--scale', cleanForTerminal(scaleText), '1, 2') };
  const offered = SLIDE_SIZES.map((s) => `${s.width}x${s.height}`);
  const sizeText = String(values.size);
  if (!offered.includes(sizeText)) return { ok: false, message: t.cli.badValue('--size', cleanForTerminal(sizeText), offered.join(', ')) };
  const [width, height] = sizeText.split('x').map(Number) as [number, number];
  const out = String(values.out);
  if (isFile(out)) return { ok: false, message: t.cli.outIsFile(cleanForTerminal(out)) };
  return { ok: true, t: DICTIONARIES[lang], options: { data: String(values.data), lang, theme, size: { width, height }, out, emblem: values.emblem === true, background, scale: scaleText === '2' ? 2 : 1 } };
}

function isFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'unreadable' | 'tooLarge' | 'encoding' };

/**
 * The data file's text, read a block at a time and never more than the limit and one byte: a
 * device that never ends (`/dev/zero`), a pipe or a huge file is stopped there.
 */
export function readDataFile(path: string, limit: number = LIMITS.fileBytes): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) return { ok: false, reason: 'tooLarge' };
    }
    const text = decodeProjectBytes(new Uint8Array(buffer.buffer, buffer.byteOffset, length));
    return text === undefined ? { ok: false, reason: 'encoding' } : { ok: true, text };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** One problem of a data file as a line of the terminal: its path, what was found and what was expected, in the user's words. */
export function problemLine(t: Dictionary, problem: Problem): string {
  return `${problem.path || t.problems.root}: ${t.problems.found} ${problem.found ?? t.problems.missing}; ${t.problems.expected} ${t.expected[problem.expected]}`;
}

/**
 * Text from a file or the command line as the terminal may show it: escape sequences (colours,
 * cursor moves, a changed window title) and every other control character removed, so a file
 * cannot rewrite what the user sees.
 */
export function cleanForTerminal(text: string): string {
  return (
    text
      // CSI, OSC (ended by BEL or ST) and other ESC sequences, in their 7-bit and 8-bit forms.
      // eslint-disable-next-line no-control-regex -- removing control sequences is what this expression is for
      .replace(/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\-_]/g, '')
      // eslint-disable-next-line no-control-regex -- as above
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
  );
}
