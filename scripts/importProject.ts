/**
 * `npm run import` (scripts/import.ts) as a function: an export of keep.eu, CORDIS or Kohesio as a
 * format-v1 project file (written to `terminal.out` without --out), and on `terminal.err` what
 * came from where and what is missing. An export of several projects without --project: exit
 * code 1, listing the projects it holds.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findProject, openExport, projectFileOf, summaryOf } from '../src/import/index';
import { Gazetteer } from '../src/import/gazetteer';
import { gazetteerFile } from './gazetteer';
import { validateProject } from '../src/data/validate';
import { en } from '../src/i18n/en';
import { lv } from '../src/i18n/lv';
import { IMPORT_WORDS } from '../src/import/words';
import { cleanForTerminal, problemLine } from './exportOptions';
import { CommandFailed, exitCodeOf, type Terminal } from './terminal';
import { asksForHelp, IMPORT_HELP } from './help';

/** The command with its arguments: its output and problems written to `terminal`, its exit code returned. */
export async function importProject(args: string[], terminal: Terminal): Promise<number> {
  return exitCodeOf(run(args, terminal));
}

async function run(args: string[], terminal: Terminal): Promise<void> {
  const lang = args[args.indexOf('--lang') + 1] === 'lv' && args.includes('--lang') ? 'lv' : 'en';
  const t = lang === 'lv' ? lv : en;
  const words = IMPORT_WORDS[lang];
  /** A line for the user on standard error: names from the export and the command line are written without their escape sequences, so a file cannot rewrite the terminal. */
  const say = (message: string) => terminal.err(`${cleanForTerminal(message)}\n`);

  function fail(message: string): never {
    say(message);
    throw new CommandFailed();
  }

  if (asksForHelp(args)) return terminal.out(`${[words.cli.usage, '', ...IMPORT_HELP[lang]].join('\n')}\n`);

  const files: string[] = [];
  let project: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--project' || arg === '--out' || arg === '--lang') {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) fail(words.cli.needsValue(arg));
      if (arg === '--project') project = value;
      if (arg === '--out') out = value;
    } else if (arg.startsWith('--')) fail(words.cli.unknownOption(arg));
    else files.push(arg);
  }
  if (files.length === 0) fail(words.cli.usage);

  const exportFiles = files.map((path) => {
    try {
      return { name: basename(path), bytes: new Uint8Array(readFileSync(path)), modified: statSync(path).mtime.toISOString().slice(0, 10) };
    } catch {
      return fail(words.cli.unreadable(path));
    }
  });
  let gazetteer: Gazetteer | undefined;
  const places = async () => (gazetteer ??= new Gazetteer(gazetteerFile()));
  const opened = await openExport(exportFiles, places);
  if (!opened.ok) fail(opened.problems.map((p) => words.problems[p.key](p.params as never)).join('\n'));

  let chosen = opened.projects[0]!;
  if (project !== undefined) {
    const found = findProject(opened.projects, project);
    if (found.length !== 1) {
      const listed = (found.length > 1 ? found : opened.projects).map(summaryOf);
      fail(`${found.length > 1 ? words.cli.ambiguous(project) : words.problems.unknownProject({ project })}\n${listed.map((s) => words.cli.listed(s)).join('\n')}`);
    }
    chosen = found[0]!;
  } else if (opened.projects.length > 1) {
    fail(`${words.cli.several(opened.projects.length)}\n${opened.projects.map((p) => words.cli.listed(summaryOf(p))).join('\n')}`);
  }

  const fileNames = exportFiles.map((f) => f.name).join(', ');
  const built = projectFileOf(chosen, { fileName: fileNames, downloaded: exportFiles[0]!.modified, gazetteer: await places() });
  if (built.problems.length > 0) fail(built.problems.map((p) => words.problems[p.key](p.params as never)).join('\n'));
  const validation = validateProject(built.file);
  const text = `${JSON.stringify(built.file, null, 2)}\n`;
  say(words.cli.made(chosen.acronym, words.formats[opened.format], fileNames));
  say(words.cli.from(built.provenance));
  for (const note of built.notes) say(`- ${words.notes[note.key](note.params as never)}`);
  if (!validation.ok) fail(validation.errors.map((problem) => problemLine(t, problem)).join('\n'));
  for (const warning of validation.warnings) say(`- ${problemLine(t, warning)}`);
  if (out) {
    try {
      writeFileSync(out, text);
    } catch {
      fail(words.cli.unwritable(out));
    }
    say(words.cli.written(out));
  } else terminal.out(text);
}
