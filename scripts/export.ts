/**
 * `npm run export -- [--data FILE] [--lang en|lv] [--theme light|dark] [--size 1920x1080] [--emblem] [--out DIR]`
 *
 * Writes every chart as SVG and PNG, and the PowerPoint deck, without opening a window: the
 * charts are laid out in Node (jsdom, the font table), the PNGs drawn by the headless Chromium
 * the tests use, the deck built by pptxgenjs. A file that is not valid is not drawn: its problems
 * are printed with their JSON paths and the exit code is 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { validateProjectText } from '../src/data/validate';
import { localToday } from '../src/data/dates';
import { en } from '../src/i18n/en';
import { lv } from '../src/i18n/lv';
import { formatsFor } from '../src/i18n/format';
import { THEMES } from '../src/chart/theme';
import { tableMeasure } from '../src/chart/measure';
import type { ChartWords } from '../src/chart/context';
import type { CountryFeature } from '../src/map/geometry';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data/innoindustry.json' },
    lang: { type: 'string', default: 'en' },
    theme: { type: 'string', default: 'light' },
    size: { type: 'string', default: '1920x1080' },
    out: { type: 'string', default: 'export' },
    /** The EU emblem and the funding statement on every picture (the deck's title slide has them always). */
    emblem: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const dictionaries = { en, lv };
const lang = values.lang as keyof typeof dictionaries;
if (!(lang in dictionaries)) fail(`--lang must be one of: ${Object.keys(dictionaries).join(', ')}`);
const themeName = values.theme as keyof typeof THEMES;
if (!(themeName in THEMES)) fail(`--theme must be light or dark`);
const sizeMatch = /^(\d{3,4})x(\d{3,4})$/.exec(values.size);
if (!sizeMatch) fail('--size must be WIDTHxHEIGHT, such as 1920x1080');
const size = { width: Number(sizeMatch[1]), height: Number(sizeMatch[2]) };
const t = dictionaries[lang];

let text: string;
try {
  text = readFileSync(values.data, 'utf8');
} catch {
  fail(`${values.data}: the file cannot be read`);
}
const validation = validateProjectText(text);
if (!validation.ok) {
  console.error(t.problems.errorTitle(basename(values.data), validation.errors.length));
  for (const problem of validation.errors) {
    console.error(`  ${problem.path || t.problems.root}: ${t.problems.found} ${problem.found ?? t.problems.missing}; ${t.problems.expected} ${t.expected[problem.expected]}`);
  }
  process.exit(1);
}
// What drawing needs loads only for a file that can be drawn: a broken one is answered at once.
const [{ JSDOM }, { feature }, { default: PptxGenJS }, { launchBrowser }, { europeGeometryJson }, { SLIDE_VIEWS, slideChart }, { exportFileName, svgDocument }, { buildDeck, deckEmblem, deckSlides }, { acknowledgementWords }] =
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

mkdirSync(values.out, { recursive: true });
const browser = await launchBrowser();
/** The SVG drawn by Chromium at `scale`, as PNG bytes. */
async function png(svgText: string, width: number, height: number, scale: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svgText.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
  const bytes = await page.locator('svg').first().screenshot({ omitBackground: true });
  await page.close();
  return bytes;
}
const written = (path: string) => console.log(`wrote ${path}`);

try {
  for (const view of SLIDE_VIEWS) {
    const acknowledgement = values.emblem ? acknowledgementWords(project, words) : undefined;
    const chart = slideChart(view, { ...size, theme, measure: tableMeasure, acknowledgement }, inputs);
    const svgText = svgDocument(chart, serialize);
    const svgPath = join(values.out, exportFileName(project, view, lang, size, 'svg'));
    writeFileSync(svgPath, svgText);
    written(svgPath);
    const pngPath = join(values.out, exportFileName(project, view, lang, size, 'png'));
    writeFileSync(pngPath, await png(svgText, size.width, size.height, 1));
    written(pngPath);
  }
  const pngBase64 = async (...picture: Parameters<typeof png>) => (await png(...picture)).toString('base64');
  const slides = await deckSlides(inputs, theme, tableMeasure, serialize, pngBase64);
  const deck = buildDeck(PptxGenJS, project, words, theme, slides, await deckEmblem(words, pngBase64));
  const deckPath = join(values.out, exportFileName(project, 'slides', lang, undefined, 'pptx'));
  writeFileSync(deckPath, (await deck.write({ outputType: 'nodebuffer' })) as Buffer);
  written(deckPath);
} finally {
  await browser.close();
}
