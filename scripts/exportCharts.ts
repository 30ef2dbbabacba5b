/**
 * `npm run export` (scripts/export.ts) as a function: every chart as SVG and PNG, and the
 * PowerPoint deck, without opening a window. The charts are laid out in Node (jsdom, the font
 * table), the PNGs drawn by headless Chromium, the deck built by pptxgenjs. A file that is not
 * valid is not drawn: its problems are written with their JSON paths and the exit code is 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Browser, Page } from 'playwright-core';
import { validateProjectText } from '../src/data/validate';
import { localToday } from '../src/data/dates';
import { isTransparent } from '../src/export/sizes';
import { formatsFor } from '../src/i18n/format';
import { THEMES } from '../src/chart/theme';
import { tableMeasure } from '../src/chart/measure';
import type { ChartWords } from '../src/chart/context';
import type { CountryFeature } from '../src/map/geometry';
import { cleanForTerminal, parseExportOptions, problemLine, readDataFile } from './exportOptions';
import { CommandFailed, exitCodeOf, type Terminal } from './terminal';

/**
 * The command with its arguments: its progress and problems written to `terminal`, its exit code
 * returned (1 once a problem is written). The PNGs are drawn by `browser` where one is given (its
 * pages closed after), else by a Chromium of its own.
 */
export async function exportCharts(args: string[], terminal: Terminal, { browser: given }: { browser?: Browser } = {}): Promise<number> {
  return exitCodeOf(run(args, terminal, given));
}

async function run(args: string[], terminal: Terminal, given: Browser | undefined): Promise<void> {
  const say = (message: string) => terminal.err(`${cleanForTerminal(message)}\n`);
  function fail(message: string): never {
    say(message);
    throw new CommandFailed();
  }

  const parsed = parseExportOptions(args);
  if (parsed.ok === 'help') return terminal.out(`${parsed.text}\n`);
  if (!parsed.ok) fail(parsed.message);
  const { options: values, t } = parsed;
  const { lang, size } = values;
  const themeName = values.theme;

  const read = readDataFile(values.data);
  if (!read.ok) fail(t.cli[read.reason](cleanForTerminal(values.data)));
  const validation = validateProjectText(read.text);
  if (!validation.ok) {
    say(t.problems.errorTitle(basename(values.data), validation.errors.length));
    for (const problem of validation.errors) say(`  ${problemLine(t, problem)}`);
    throw new CommandFailed();
  }
  // What drawing needs loads only for a file that can be drawn: a broken one is answered at once.
  const [{ JSDOM }, { feature }, { default: PptxGenJS }, { launchBrowser }, { europeGeometryJson }, { SLIDE_VIEWS, slideChart }, { exportFileName, svgDocument }, { buildDeck, deckEmblem, deckSlides, tagNotesLanguage }, { acknowledgementWords }] =
    await Promise.all([
      import('jsdom'),
      import('topojson-client'),
      import('pptxgenjs'),
      import('./browser'),
      import('./europeGeometry'),
      import('../src/export/slides'),
      import('../src/export/files'),
      import('../src/export/deck'),
      import('../src/project/acknowledgement'),
    ]);
  const project = validation.project;
  const words: ChartWords = { lang, t, f: formatsFor(t.locale, project.currency, t.compactDisplay, t.monthsInText), today: localToday() };
  const theme = THEMES[themeName];
  const window = new JSDOM('').window;
  const serialize = (node: Node) => new window.XMLSerializer().serializeToString(node);
  const topology = JSON.parse(europeGeometryJson()) as Topology<{ countries: GeometryCollection }>;
  const countries = (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features.map((c) => ({ ...c, id: String(c.id) }));
  const inputs = { project, words, countries, document: window.document };

  try {
    mkdirSync(values.out, { recursive: true });
  } catch {
    fail(t.cli.outIsFile(values.out));
  }
  const browser = given ?? (await launchBrowser().catch(() => fail(t.cli.failed)));
  /** One page per picture size and scale, drawn into again for each picture of that size (a new page costs more than the drawing). */
  const pages = new Map<string, Promise<Page>>();
  /** The SVG drawn by Chromium at `scale`, as PNG bytes. */
  async function png(svgText: string, width: number, height: number, scale: number): Promise<Buffer> {
    const key = `${width}x${height}@${scale}`;
    if (!pages.has(key)) pages.set(key, browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale }));
    const page = await pages.get(key)!;
    await page.setContent(`<!doctype html><html><body style="margin:0">${svgText.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
    return page.locator('svg').first().screenshot({ omitBackground: true });
  }
  const written = (path: string) => terminal.out(`${cleanForTerminal(t.cli.wrote(path))}\n`);

  const acknowledgement = values.emblem ? acknowledgementWords(project, words) : undefined;
  let failed = false;
  try {
    for (const view of SLIDE_VIEWS) {
      const chart = slideChart(view, { ...size, theme, measure: tableMeasure, acknowledgement, transparent: isTransparent(values.background) }, inputs);
      const svgText = svgDocument(chart, serialize);
      const svgPath = join(values.out, exportFileName(project, view, lang, size, values.background, 'svg'));
      writeFileSync(svgPath, svgText);
      written(svgPath);
      // Named in the PNG's own pixels, as the page names it.
      const pixels = { width: size.width * values.scale, height: size.height * values.scale };
      const pngPath = join(values.out, exportFileName(project, view, lang, pixels, values.background, 'png'));
      writeFileSync(pngPath, await png(svgText, size.width, size.height, values.scale));
      written(pngPath);
    }
    const pngBase64 = async (...picture: Parameters<typeof png>) => (await png(...picture)).toString('base64');
    const slides = await deckSlides(inputs, theme, tableMeasure, serialize, pngBase64);
    const deck = buildDeck(PptxGenJS, project, words, theme, slides, await deckEmblem(words, pngBase64));
    const deckPath = join(values.out, exportFileName(project, 'slides', lang, undefined, themeName, 'pptx'));
    writeFileSync(deckPath, tagNotesLanguage(new Uint8Array((await deck.write({ outputType: 'nodebuffer' })) as Buffer), t.locale));
    written(deckPath);
  } catch {
    failed = true;
  } finally {
    if (given) await Promise.all([...pages.values()].map(async (page) => (await page).close()));
    else await browser.close();
  }
  if (failed) fail(t.cli.failed);
}
