/**
 * Slide pictures in the browser: a chart drawn for a slide size and background, as an SVG
 * document and as a PNG; the PowerPoint deck of all charts. Loaded only when a reader asks
 * for a picture (it brings every view's renderer, and pptxgenjs only for the deck).
 */
import type { Project } from '../data/schema';
import type { ChartWords } from '../chart/context';
import { THEMES } from '../chart/theme';
import { pageMeasure } from '../chart/pageChart';
import { loadCountries, type CountryFeature } from '../map/geometry';
import { slideChart, type ReaderState, type SlideChart, type SlideView } from './slides';
import { backgroundTheme, isTransparent, type Background } from './sizes';
import { exportFileName, svgDocument } from './files';
import { svgToPng } from './png';
import { download } from '../share/download';
import { buildDeck, deckEmblem, deckSlides, tagNotesLanguage } from './deck';
import { acknowledgementWords } from '../project/acknowledgement';

export type { Background } from './sizes';

export interface PictureOptions {
  width: number;
  height: number;
  scale: number;
  background: Background;
  /** The EU emblem and the funding statement under the source line. */
  acknowledgement?: boolean;
  /** What the reader has set up on the page: the picture shows the same. */
  reader?: ReaderState;
}

export interface Picture {
  chart: SlideChart;
  svgText: string;
  /** `<project-id>-<view>-<lang>-<width>x<height>-<background>.png`, in the PNG's own pixels. */
  pngName: string;
  /** The same for the SVG, in its layout size. */
  svgName: string;
  png: () => Promise<Blob>;
}

const serialize = (node: Node) => new XMLSerializer().serializeToString(node);

async function countriesFor(view: SlideView): Promise<CountryFeature[]> {
  return view === 'map' ? loadCountries() : [];
}

export async function slidePicture(view: SlideView, project: Project, words: ChartWords, options: PictureOptions): Promise<Picture> {
  const theme = THEMES[backgroundTheme(options.background)];
  const chart = slideChart(
    view,
    {
      width: options.width,
      height: options.height,
      theme,
      measure: pageMeasure(),
      transparent: isTransparent(options.background),
      acknowledgement: options.acknowledgement ? acknowledgementWords(project, words) : undefined,
    },
    { project, words, countries: await countriesFor(view), document, reader: options.reader },
  );
  const svgText = svgDocument(chart, serialize);
  const pixels = { width: Math.round(options.width * options.scale), height: Math.round(options.height * options.scale) };
  return {
    chart,
    svgText,
    pngName: exportFileName(project, view, words.lang, pixels, options.background, 'png'),
    svgName: exportFileName(project, view, words.lang, options, options.background, 'svg'),
    png: () => svgToPng(svgText, options.width, options.height, options.scale),
  };
}

/** Every chart on its slide, 2×, in the page's language and the chosen theme (a slide has its own background: a transparent choice gives its theme), as the reader has set it up. */
export async function downloadDeck(project: Project, words: ChartWords, background: Background, reader?: ReaderState): Promise<void> {
  const { default: Pptx } = await import('pptxgenjs');
  const theme = THEMES[backgroundTheme(background)];
  const inputs = { project, words, countries: await loadCountries(), document, reader };
  const pngBase64 = async (...picture: Parameters<typeof svgToPng>) => base64(await svgToPng(...picture));
  const slides = await deckSlides(inputs, theme, pageMeasure(), serialize, pngBase64);
  const emblem = await deckEmblem(words, pngBase64);
  const deck = buildDeck(Pptx, project, words, theme, slides, emblem);
  // Written to bytes and saved by the page's own download: pptxgenjs's writeFile sets a `style`
  // attribute on its link, which the page's Content-Security-Policy (style-src 'self') refuses.
  const bytes = tagNotesLanguage((await deck.write({ outputType: 'uint8array' })) as Uint8Array, words.t.locale);
  download(exportFileName(project, 'slides', words.lang, undefined, theme.name, 'pptx'), bytes, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
