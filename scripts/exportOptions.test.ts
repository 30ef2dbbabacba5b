import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanForTerminal, parseExportOptions, readDataFile } from './exportOptions';
import { exportCharts } from './exportCharts';

const refusal = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const parsed = parseExportOptions(args, env);
  return parsed.ok ? undefined : parsed.message;
};

describe("the command line's options, each against its own values", () => {
  test('the defaults, and every value the page offers', () => {
    const parsed = parseExportOptions([], {});
    expect(parsed).toMatchObject({ ok: true, options: { data: 'data/innoindustry.json', lang: 'en', theme: 'light', size: { width: 1920, height: 1080 }, out: 'export', emblem: false, background: 'light', scale: 1 } });
    for (const size of ['1920x1080', '1280x720', '1440x1080', '1080x1080']) expect(parseExportOptions(['--size', size], {}).ok).toBe(true);
    expect(parseExportOptions(['--lang=lv', '--theme', 'dark', '--emblem'], {})).toMatchObject({ ok: true, options: { lang: 'lv', theme: 'dark', emblem: true, background: 'dark' } });
    // The page's three backgrounds and its 2×; a transparent picture takes --theme's text colours (dark: light text, for dark slides).
    expect(parseExportOptions(['--background', 'dark', '--scale', '2'], {})).toMatchObject({ ok: true, options: { theme: 'dark', background: 'dark', scale: 2 } });
    expect(parseExportOptions(['--background', 'transparent'], {})).toMatchObject({ ok: true, options: { theme: 'light', background: 'transparent' } });
    expect(parseExportOptions(['--background', 'transparent', '--theme', 'dark'], {})).toMatchObject({ ok: true, options: { theme: 'dark', background: 'transparent-dark' } });
  });

  test.each([
    [['--theme', '__proto__'], '--theme cannot be "__proto__": it takes one of light, dark.'],
    [['--theme', 'constructor'], '--theme cannot be "constructor": it takes one of light, dark.'],
    [['--lang', 'constructor'], '--lang cannot be "constructor": it takes one of en, lv.'],
    [['--lang', 'toString'], '--lang cannot be "toString": it takes one of en, lv.'],
    [['--size', '000x000'], '--size cannot be "000x000": it takes one of 1920x1080, 1280x720, 1440x1080, 1080x1080.'],
    [['--size', '1920x1081'], '--size cannot be "1920x1081": it takes one of 1920x1080, 1280x720, 1440x1080, 1080x1080.'],
    [['--bogus'], 'Unknown option --bogus. The options are --data, --lang, --background, --theme, --size, --scale, --emblem and --out (--help says what each does).'],
    [['--background', 'blue'], '--background cannot be "blue": it takes one of light, dark, transparent.'],
    [['--scale', '3'], '--scale cannot be "3": it takes one of 1, 2.'],
    [['--lang'], 'The option --lang needs a value.'],
    [['stray'], 'Unexpected argument stray: each value follows its option, such as --lang lv.'],
    [['--out', 'package.json'], '--out names a file, package.json: it must be a folder (made if it does not exist).'],
  ])('%j is refused in one line: %s', (args, message) => {
    expect(refusal(args)).toBe(message);
  });

  test("in the user's language: --lang lv, else the environment's LANG", () => {
    expect(refusal(['--lang', 'lv', '--theme', 'purple'])).toBe('--theme nevar būt "purple": derīgās vērtības ir light, dark.');
    expect(refusal(['--bogus'], { LANG: 'lv_LV.UTF-8' })).toMatch(/^Nezināma opcija --bogus\./);
    expect(refusal(['--bogus'], { LANG: 'de_DE.UTF-8' })).toMatch(/^Unknown option --bogus\./);
  });

  test('--help (or -h) says what every option does, the values it takes and its default, in the language of the messages; the command writes it to standard output and ends with 0', async () => {
    const help = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const parsed = parseExportOptions(args, env);
      return parsed.ok === 'help' ? parsed.text : undefined;
    };
    const text = help(['--help'])!;
    expect(text).toMatch(/^Usage: npm run export -- \[OPTIONS\]\n/);
    // Every option the parser takes (those the refusal of an unknown one lists) begins a line of its own.
    for (const option of ['--data', '--lang', '--background', '--theme', '--size', '--scale', '--emblem', '--out', '--help']) expect(text).toMatch(new RegExp(`^  ${option}\\b`, 'm'));
    // The values each takes, as the parser checks them, and the defaults it runs with.
    expect(text).toContain('--lang en|lv');
    expect(text).toContain('--background light|dark|transparent');
    expect(text).toContain('--theme light|dark');
    expect(text).toContain('1920x1080, 1280x720, 1440x1080, 1080x1080 (default: 1920x1080)');
    expect(text).toContain('(default: data/innoindustry.json)');
    expect(text).toContain('(default: export)');
    expect(help(['-h', '--bogus'])).toBe(text);
    expect(help(['--help'], { LANG: 'lv_LV.UTF-8' })).toMatch(/^Lietojums: npm run export -- \[OPCIJAS\]\n/);
    expect(help(['--lang', 'lv', '--help'])).toContain('slaida izmērs pikseļos: 1920x1080, 1280x720, 1440x1080, 1080x1080 (noklusējums: 1920x1080)');

    let out = '';
    let err = '';
    const code = await exportCharts(['--help'], { out: (t) => void (out += t), err: (t) => void (err += t) });
    expect({ code, out, err }).toEqual({ code: 0, out: `${text}\n`, err: '' });
  });

  test('a value with an escape sequence is echoed without it', () => {
    expect(refusal(['--theme', '\u001b[2J\u001b]0;owned\u0007dark'])).toBe('--theme cannot be "dark": it takes one of light, dark.');
  });
});

describe('the data file, read up to the limit', () => {
  test('a device that never ends is stopped at the limit', () => {
    expect(readDataFile('/dev/zero')).toEqual({ ok: false, reason: 'tooLarge' });
  });

  test('a file of exactly the limit is read; one byte more is not', () => {
    const folder = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(folder, 'at.json'), ' '.repeat(100));
    writeFileSync(join(folder, 'over.json'), ' '.repeat(101));
    expect(readDataFile(join(folder, 'at.json'), 100)).toMatchObject({ ok: true });
    expect(readDataFile(join(folder, 'over.json'), 100)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  test('a folder, a missing file and another encoding are refused by reason', () => {
    const folder = mkdtempSync(join(tmpdir(), 'data-'));
    writeFileSync(join(folder, 'latin1.json'), Buffer.from([0x7b, 0xef, 0x7d]));
    writeFileSync(join(folder, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]));
    expect(readDataFile(folder)).toEqual({ ok: false, reason: 'unreadable' });
    expect(readDataFile(join(folder, 'nothing.json'))).toEqual({ ok: false, reason: 'unreadable' });
    expect(readDataFile(join(folder, 'latin1.json'))).toEqual({ ok: false, reason: 'encoding' });
    expect(readDataFile(join(folder, 'utf16.json'))).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('text echoed to the terminal', () => {
  test.each([
    ['\u001b[31mred\u001b[0m', 'red'],
    ['title\u001b]0;new window title\u0007 after', 'title after'],
    ['osc with ST \u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\', 'osc with ST link'],
    ['8-bit CSI \u009b2J', '8-bit CSI '],
    ['bell\u0007 and backspace\u0008', 'bell and backspace'],
    ['right-to-left \u202Eoverride', 'right-to-left override'],
    ['Rīga, ā š ū, 漢字', 'Rīga, ā š ū, 漢字'],
  ])('%j is shown as %j', (text, shown) => {
    expect(cleanForTerminal(text)).toBe(shown);
  });
});
