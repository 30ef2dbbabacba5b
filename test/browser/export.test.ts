/**
 * `npm run export`, as someone who rebuilds a deck every quarter runs it: every chart as SVG and
 * PNG plus the deck, in the language asked for; a broken file names its JSON paths and fails.
 * The command itself runs once, on input it refuses; elsewhere the test runs what it runs
 * (`exportCharts`) in its own process, drawing the PNGs with the run's Chromium (a command costs
 * seconds of CPU to start its own and to load its modules).
 */
import { describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { DARK } from '../../src/chart/theme';
import { exportCharts } from '../../scripts/exportCharts';
import { useBrowser } from './harness';

const run = promisify(execFile);
// The command `npm run export` runs (tsx), started by Node itself rather than through npx (half a second less a run).
const exportCommand = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { env: { ...process.env, TZ: 'UTC' } });
const { browser } = useBrowser();

/** What `npm run export` runs, with `args`, in this process: its exit code and what it wrote. */
async function exporting(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await exportCharts(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) }, { browser: browser() });
  return { code, stdout, stderr };
}

/** Width and height from a PNG's header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('npm run export', () => {
  test('writes every chart as SVG and PNG and the deck, in Latvian with --lang lv, at --size and --scale 2, transparent with light text (--background transparent --theme dark), with the EU emblem with --emblem; names say size, language and background', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    const { code, stdout } = await exporting(['--lang', 'lv', '--size', '1280x720', '--scale', '2', '--background', 'transparent', '--theme', 'dark', '--emblem', '--out', out]);
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'innoindustry-budget-lv-1280x720-transparent-dark.svg',
      'innoindustry-budget-lv-2560x1440-transparent-dark.png',
      'innoindustry-map-lv-1280x720-transparent-dark.svg',
      'innoindustry-map-lv-2560x1440-transparent-dark.png',
      'innoindustry-slides-lv-dark.pptx',
      'innoindustry-timeline-lv-1280x720-transparent-dark.svg',
      'innoindustry-timeline-lv-2560x1440-transparent-dark.png',
    ]);
    // A progress line per file.
    expect(stdout.trim().split('\n')).toHaveLength(7);
    for (const png of files.filter((name) => name.endsWith('.png'))) {
      const bytes = readFileSync(join(out, png));
      expect(pngSize(bytes)).toEqual({ width: 2560, height: 1440 });
      expect(bytes.length).toBeGreaterThan(10_000);
      // Transparent: a PNG with an alpha channel (colour type 6), so the slide shows through.
      expect(bytes[25]).toBe(6);
    }
    // Every SVG is well-formed XML (a root with two xmlns is not: browsers and XML tools refuse it).
    const xml = new JSDOM('').window;
    for (const name of files.filter((file) => file.endsWith('.svg'))) {
      const parsed = new xml.DOMParser().parseFromString(readFileSync(join(out, name), 'utf8'), 'image/svg+xml');
      expect({ name, error: parsed.querySelector('parsererror')?.textContent ?? null }).toEqual({ name, error: null });
      expect(parsed.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    }
    const svg = readFileSync(join(out, 'innoindustry-budget-lv-1280x720-transparent-dark.svg'), 'utf8');
    // No background of its own, and the dark theme's light text.
    expect(svg).not.toMatch(/data-background|<rect[^>]*class="background"/);
    expect(svg).toContain(DARK.ink);
    expect(svg).toContain('Avots: ');
    expect(svg).toContain('ERAF');
    // --emblem: the EU emblem and its words under the source line.
    expect(svg).toContain('data-eu-emblem');
    expect(svg).toMatch(/data-frame-text="acknowledgement"[^>]*>Eiropas Savienība</);
    expect(svg).not.toContain('<script');
    const deck = unzipSync(new Uint8Array(readFileSync(join(out, 'innoindustry-slides-lv-dark.pptx'))));
    expect(Object.keys(deck).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(4);
    expect(Object.keys(deck).filter((name) => /^ppt\/media\/.*\.png$/.test(name)).length).toBeGreaterThanOrEqual(3);
  });

  test('a broken file: exit code 1, and each problem with its JSON path', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    const failure = await exporting(['--data', 'test/fixtures/broken.json', '--out', out]);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('cannot be shown');
    expect(failure.stderr).toMatch(/^ {2}partners\[\d+\]\.\w+: found/m);
    expect(readdirSync(out)).toEqual([]);
  });

  test('its own input: an endless data file, a hostile option, a file as --out: one line each in the user\'s words, exit 1, never a stack trace', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    const cases: [string[], RegExp][] = [
      [['--data', '/dev/zero', '--out', out], /^\/dev\/zero: the file is larger than 2 MB, the largest this dashboard reads\.$/],
      [['--theme', '__proto__', '--out', out], /^--theme cannot be "__proto__": it takes one of light, dark\.$/],
      [['--lang', 'lv', '--out', 'package.json'], /^--out norāda uz failu package\.json/],
    ];
    // The first as the command (its exit code and its standard error, nothing of Node's), the others in this process.
    const failures = await Promise.all(
      cases.map(([args], i) =>
        i === 0
          ? exportCommand(args).then(
              () => undefined,
              (error: { code: number; stderr: string }) => error,
            )
          : exporting(args),
      ),
    );
    failures.forEach((failure, i) => {
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
      expect(failure?.stderr.trim()).toMatch(cases[i]![1]);
      expect(failure?.stderr).not.toMatch(/at .+:\d+:\d+|Error:/);
    });
    expect(readdirSync(out)).toEqual([]);
  });
});
