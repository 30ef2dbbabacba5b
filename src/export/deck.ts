/**
 * A 16:9 PowerPoint deck (pptxgenjs, handed in so that it loads only when asked for): a title
 * slide, then one slide per chart — the title as an editable text box, the chart as a 2× PNG
 * with its description as alt text, the source line as text, the summary in the speaker notes.
 * The same code builds the deck in the browser and in `npm run export`.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type PptxGenJS from 'pptxgenjs';
import type { Project } from '../data/schema';
import type { ChartWords } from '../chart/context';
import type { Theme } from '../chart/theme';
import { shownText, plainTextIn, textIn } from '../data/text';
import { prepareProject } from '../project/prepared';
import { SLIDE_VIEWS, slideChart, type SlideChart, type SlideInputs } from './slides';
import { svgDocument } from './files';
import type { TextMeasure } from '../chart/measure';
import { emblemSvgDocument } from '../chart/emblem';
import { acknowledgement } from '../project/acknowledgement';

/** The deck's page, in inches (PowerPoint's 16:9), and where the chart picture goes on it. */
const PAGE = { width: 10, height: 5.625 };
const MARGIN = 0.4;
const PICTURE = { x: MARGIN, y: 1.05, width: PAGE.width - 2 * MARGIN, height: 4.05 };
/**
 * The picture is laid out at slide density, not page density: 110 CSS px per placed inch, with
 * body text of 16 px, so the chart's text is about 10.5 pt on the slide (its smallest about 9 pt) —
 * a page-sized layout shrunk onto the slide made it 6–8 pt.
 */
export const DECK_PX_PER_INCH = 110;
export const DECK_FONT_SIZE = 16;
/** Drawn at 2.5×: 2,530 pixels across the slide, sharp on a full-HD projector. */
const DECK_SCALE = 2.5;
/** The picture's layout size in CSS pixels, for exactly its place on the slide. */
export const DECK_PICTURE_SIZE = { width: Math.round(PICTURE.width * DECK_PX_PER_INCH), height: Math.round(PICTURE.height * DECK_PX_PER_INCH) };
/** The slide's chart picture: where it sits on the slide, in inches. */
export const DECK_PICTURE_PLACE = PICTURE;

export interface DeckSlide {
  chart: SlideChart;
  /** The picture as a base64 PNG (without the `data:` prefix). */
  pngBase64: string;
}

/**
 * Every chart drawn for its place on a slide, without its own title and source (the slide
 * carries them as text), and turned into a 2× PNG by `png` — the browser's canvas or the
 * command line's Chromium.
 */
export async function deckSlides(
  inputs: SlideInputs,
  theme: Theme,
  measure: TextMeasure,
  serialize: (node: Node) => string,
  png: (svgText: string, width: number, height: number, scale: number) => Promise<string>,
): Promise<DeckSlide[]> {
  const slides: DeckSlide[] = [];
  for (const view of SLIDE_VIEWS) {
    const chart = slideChart(view, { ...DECK_PICTURE_SIZE, fontSize: DECK_FONT_SIZE, theme, measure, bare: true }, inputs);
    slides.push({ chart, pngBase64: await png(svgDocument(chart, serialize), DECK_PICTURE_SIZE.width, DECK_PICTURE_SIZE.height, DECK_SCALE) });
  }
  return slides;
}

/** The EU emblem as a picture for the title slide, with its alt text. */
export interface DeckEmblem {
  pngBase64: string;
  alt: string;
}

/** Where the emblem goes on the title slide (inches): bottom left, the statement beside it. */
const EMBLEM = { x: MARGIN, y: 4.8, height: 0.5 };

/** The emblem drawn by `png` (the browser's canvas or the command line's Chromium) at the size it has on the slide, 2×. */
export async function deckEmblem(words: Pick<ChartWords, 't'>, png: (svgText: string, width: number, height: number, scale: number) => Promise<string>): Promise<DeckEmblem> {
  const height = Math.round(EMBLEM.height * 144);
  return { pngBase64: await png(emblemSvgDocument(height, words.t.eu.emblem), height * 1.5, height, 2), alt: words.t.eu.emblem };
}

const CHART_MASTER = 'Chart';
const TITLE_MASTER = 'Project title';

/**
 * The deck's bytes with its speaker notes tagged in the deck's language (pptxgenjs writes every
 * note as en-US, so a Latvian note would be spell-checked and read aloud as English).
 */
export function tagNotesLanguage(bytes: Uint8Array, locale: string): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files)) {
    if (!/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) continue;
    files[name] = strToU8(strFromU8(files[name]!).replace(/(<a:(?:rPr|endParaRPr|defRPr)\b[^>]*?)\slang="[^"]*"/g, '$1').replace(/<a:(rPr|endParaRPr)\b/g, `<a:$1 lang="${locale}"`));
  }
  return zipSync(files);
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

export function buildDeck(Pptx: typeof PptxGenJS, project: Project, words: ChartWords, theme: Theme, slides: DeckSlide[], emblem?: DeckEmblem): PptxGenJS {
  const { t, f, lang } = words;
  const deck = new Pptx();
  deck.layout = 'LAYOUT_16x9';
  // The document's properties name the project and who made the file, not the library.
  deck.title = plainTextIn(project.title, lang);
  deck.subject = `${project.acronym} · ${project.programme}`;
  deck.author = t.appName;
  deck.company = project.acronym;
  // Calibri is PowerPoint's own; the text's language is set so spelling and voices use it.
  const font = 'Calibri';
  const language = t.locale;
  const background = { color: hex(theme.paper) };
  // Each slide's title in a real title placeholder: the outline, the slide sorter and the
  // accessibility checker find it (a plain text box is no title to them).
  const titleBox = { x: MARGIN, y: 0.2, w: PAGE.width - 2 * MARGIN, h: 0.8 };
  deck.defineSlideMaster({
    title: CHART_MASTER,
    background,
    objects: [{ placeholder: { options: { name: 'title', type: 'title', ...titleBox, fontFace: font, fontSize: 24, bold: true, color: hex(theme.ink), align: 'left', valign: 'middle' }, text: '' } }],
  });
  deck.defineSlideMaster({
    title: TITLE_MASTER,
    background,
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: MARGIN, y: 1.2, w: PAGE.width - 2 * MARGIN, h: 1.6, fontFace: font, fontSize: 32, bold: true, color: hex(theme.ink), align: 'left', valign: 'bottom' }, text: '' } }],
  });

  const { figures, fund } = prepareProject(project, words);
  const first = deck.addSlide({ masterName: TITLE_MASTER });
  first.addText(textIn(project.title, lang), { placeholder: 'title', x: MARGIN, y: 1.2, w: PAGE.width - 2 * MARGIN, h: 1.6, fontFace: font, lang: language, fontSize: 32, bold: true, color: hex(theme.ink), align: 'left', valign: 'bottom' });
  const lines = t.slides.titleSlide({
    programme: `${shownText(project.acronym)} · ${shownText(project.programme)}`,
    budget: f.compactMoney(figures.total),
    eu: f.compactMoney(figures.eu),
    fund: fund.name,
    dates: f.dateRange(figures.start, figures.end),
  });
  first.addText(lines.map((line) => ({ text: line, options: { breakLine: true } })), { x: MARGIN, y: 3.0, w: PAGE.width - 2 * MARGIN, h: 1.6, fontFace: font, lang: language, fontSize: 18, color: hex(theme.inkMuted), valign: 'top' });
  if (emblem) {
    // The visibility rules: the emblem in colour, "European Union" written out and the fund named, in Arial, not over the emblem.
    const ack = acknowledgement(project, t.eu, lang);
    const width = EMBLEM.height * 1.5;
    first.addImage({ data: `image/png;base64,${emblem.pngBase64}`, x: EMBLEM.x, y: EMBLEM.y, w: width, h: EMBLEM.height, altText: emblem.alt });
    const ink = hex(theme.euInk);
    first.addText(
      [
        { text: ack.statement.text, options: { bold: true, breakLine: Boolean(ack.fund) } },
        ...(ack.fund ? [{ text: ack.fund.text, options: {} }] : []),
      ],
      { x: EMBLEM.x + width + 0.12, y: EMBLEM.y - 0.05, w: PAGE.width - 2 * MARGIN - width - 0.12, h: EMBLEM.height + 0.1, fontFace: 'Arial', lang: language, fontSize: 12, color: ink, valign: 'middle', margin: 0 },
    );
  }
  // The speaker's notes for the title slide: what the project is, in a sentence or two, and where the figures come from.
  first.addNotes([textIn(project.title, lang), ...lines, project.summary ? textIn(project.summary, lang) : undefined, slides[0]?.chart.source].filter(Boolean).join('\n'));

  for (const { chart, pngBase64 } of slides) {
    const slide = deck.addSlide({ masterName: CHART_MASTER });
    slide.addText(chart.title, { placeholder: 'title', ...titleBox, fontFace: font, lang: language, fontSize: 24, bold: true, color: hex(theme.ink), align: 'left', valign: 'middle', fit: 'shrink' });
    slide.addImage({ data: `image/png;base64,${pngBase64}`, x: PICTURE.x, y: PICTURE.y, w: PICTURE.width, h: PICTURE.height, altText: chart.description });
    slide.addText(chart.source, { x: MARGIN, y: PICTURE.y + PICTURE.height + 0.05, w: PAGE.width - 2 * MARGIN, h: 0.35, fontFace: font, lang: language, fontSize: 10, color: hex(theme.inkMuted), valign: 'top' });
    slide.addNotes(chart.summary);
  }
  return deck;
}
