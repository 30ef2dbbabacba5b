/**
 * `npm run import -- FILE [FILE…] [--project ACRONYM|ID] [--out FILE] [--lang en|lv] [--help]`: an export
 * of keep.eu, CORDIS or Kohesio as a format-v1 project file (scripts/importProject.ts), on
 * standard output without --out; what came from where and what is missing on standard error.
 * An export of several projects without --project: exit 1, listing the projects it holds.
 */
import { importProject } from './importProject';
import { processTerminal } from './terminal';

process.exitCode = await importProject(process.argv.slice(2), processTerminal);
