/**
 * `npm run import` as a user runs it: an export of several projects without --project (exit 1,
 * the projects listed), one picked into --out (a valid file, and what came from where on
 * standard error), in Latvian, and a file that is no export. The first is the command itself;
 * the others run what it runs (`importProject`) in the test's own process, which has the modules
 * loaded already (a command costs a second of CPU to start).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { keepWorkbook, KOHESIO_CSV } from '../test/importFixtures';
import { validateProjectText } from '../src/data/validate';
import { importProject } from './importProject';

// The command `npm run import` runs (tsx), started by Node itself rather than through npx (half a second less a run).
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'import-'));
const workbook = join(dir, 'keep-search.xlsx');
beforeAll(async () => writeFileSync(workbook, await keepWorkbook()));

/** `npm run import` with `args`, as a process. */
async function importCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { env: { ...process.env, TZ: 'UTC' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** What `npm run import` runs, with `args`, in this process: its exit code and what it wrote. */
async function importing(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await importProject(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

describe('npm run import', () => {
  test('several projects and no --project: exit 1, every project listed with what picks it', async () => {
    const { code, stdout, stderr } = await importCommand(workbook);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'The export holds 4 projects: choose one with --project ACRONYM or --project ID.',
      '  MADEUP — Made-up industry project (made-up) (Interreg Europe 2014-2020; 5 partners; --project "Interreg Europe: MADEUP")',
      '  TWIN — Twin rivers (made-up) (Interreg VI-A Latvia-Lithuania 2021-2027; 2 partners; --project "LLI-00001")',
      '  TWIN — Twin rivers, second round (made-up) (Interreg VI-A Latvia-Lithuania 2021-2027; 1 partner; --project "LLI-00002")',
      '  TWIN — Other twin (made-up) (Interreg VI-A Estonia-Latvia 2021-2027; 1 partner; --project "EST-LAT-7")',
      '',
    ]);
  }, 60_000);

  test('--project and --out: a valid project file, and what came from where and what is missing (in Latvian with --lang lv)', async () => {
    const out = join(dir, 'madeup.json');
    const { code, stdout, stderr } = await importing(workbook, '--project', 'madeup', '--out', out, '--lang', 'lv');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(validateProjectText(text, text.length).ok).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ acronym: 'MADEUP', programme: 'Interreg Europe 2014-2020', budget: { total: 1_640_000.5, eu: 1_330_000 } });
    expect(stderr).toContain('MADEUP: ievests no keep.eu eksporta keep-search.xlsx. Nav pārbaudīts');
    expect(stderr).toContain('- Eksportā nav pasākumu: neviens nav parādīts.');
    expect(stderr).toContain('No eksporta: nosaukums, programma, fonds, budžets un datumi, partneri: 5 (ar budžetu: 2). Vietas: no eksporta punktiem 0, pēc apdzīvotās vietas (vietvārdu saraksts) 3, valsts vidū 2.');
    expect(stderr).toContain('University (made-up): apdzīvotā vieta “Nowhere-on-any-map” nav atrasta; novietots valsts vidū (aptuveni).');
    expect(stderr).toContain(`ierakstīts ${out}`);
  }, 60_000);

  test("names from the export reach the terminal without their escape sequences (a file cannot retitle the window or clear the screen)", async () => {
    const hostile = join(dir, 'kohesio-hostile.csv');
    writeFileSync(hostile, KOHESIO_CSV.replace('Made-up agency', 'Made-up\u001b]0;owned\u0007 agency\u001b[2J'));
    const { code, stdout, stderr } = await importing(hostile, '--project', '2019LV16RFOP001-0001');
    // The file is refused (a name with control characters is no text of the format), its path named…
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('partners[0].name');
    // …and every line about it reaches the terminal cleaned.
    expect(stderr).toContain('Made-up agency, listed first, is shown as the lead');
    // eslint-disable-next-line no-control-regex -- finding control characters is what this expression is for
    expect(stderr).not.toMatch(/[\u001b\u0007]/);
  }, 60_000);

  test('--help (or -h): the usage and what each option does, on standard output, in the language of the messages; exit 0', async () => {
    const { code, stdout, stderr } = await importing('--help');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: npm run import -- FILE \[FILE…\] \[--project ACRONYM\|ID\] \[--out FILE\] \[--lang en\|lv\]\n/);
    for (const option of ['--project', '--out', '--lang', '--help']) expect(stdout).toMatch(new RegExp(`^  ${option}\\b`, 'm'));
    expect(stdout).toContain('keep.eu');
    expect(stdout).toContain('CORDIS');
    expect(stdout).toContain('Kohesio');
    expect((await importing(workbook, '-h')).stdout).toBe(stdout);
    const latvian = await importing('--lang', 'lv', '--help');
    expect(latvian.stdout).toMatch(/^Lietojums: npm run import -- FAILS/);
    expect(latvian.stdout).toContain('  --out FAILS            projekta fails, ko ierakstīt');
    // Without a file and without --help: the usage on standard error, exit 1, as before.
    expect(await importing()).toEqual({ code: 1, stdout: '', stderr: 'Usage: npm run import -- FILE [FILE…] [--project ACRONYM|ID] [--out FILE] [--lang en|lv]\n' });
  });

  test('a file that is no export: exit 1, naming what an export has', async () => {
    const other = join(dir, 'notes.csv');
    writeFileSync(other, 'a,b\n1,2\n');
    const { code, stderr } = await importing(other, '--project', 'X');
    expect(code).toBe(1);
    expect(stderr).toContain('This file is no export the dashboard knows. Expected keep.eu: the sheets “Search results, projects” and “Search results, partners”');
  }, 60_000);
});
