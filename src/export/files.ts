/**
 * A slide chart as files: a standalone SVG document (text kept as text, colours and fonts as
 * attributes, no script, no outside reference) and the names the files get.
 */
import { fileStem } from '../share/fileNames';
import type { Project } from '../data/schema';
import type { SlideChart, SlideView } from './slides';
import type { Background } from './sizes';
import { SVG_NS } from '../chart/svg';

/** `<project-id>-<view>-<lang>-<width>x<height>.<ext>`: width and height in the file's own pixels. */
/**
 * `<project-id>-<view>-<lang>[-<width>x<height>]-<background>.<ext>`: a presenter who downloads
 * several versions of a chart (sizes, languages, a dark and a transparent one) tells them apart
 * by name.
 */
export function exportFileName(project: Project, view: SlideView | 'slides', lang: string, size: { width: number; height: number } | undefined, background: Background, ext: string): string {
  return `${fileStem(project.id)}-${view}-${lang}${size ? `-${size.width}x${size.height}` : ''}-${background}.${ext}`;
}

/**
 * The chart as one SVG document: `<title>` and `<desc>` for what it shows, the page-only parts
 * (focus stops, roles, ids that point into the page) left out. `serialize` is the
 * environment's XMLSerializer.
 */
export function svgDocument(chart: SlideChart, serialize: (node: Node) => string): string {
  const svg = chart.svg.cloneNode(true) as SVGSVGElement;
  const document = svg.ownerDocument;
  // The element's namespace gives the serializer its xmlns; an `xmlns` attribute set besides it is
  // written a second time by some serializers (jsdom's), and a root with two is not XML.
  svg.removeAttribute('xmlns');
  svg.setAttribute('version', '1.1');
  svg.setAttribute('role', 'img');
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of ['tabindex', 'aria-describedby', 'aria-labelledby', 'focusable']) element.removeAttribute(name);
    if (element !== svg) element.removeAttribute('role');
  }
  for (const unsafe of svg.querySelectorAll('script, foreignObject, style')) unsafe.remove();
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = chart.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.textContent = `${chart.description} ${chart.source}`;
  svg.prepend(title, desc);
  svg.setAttribute('aria-label', chart.title);
  const text = serialize(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${/^<svg[^>]*\sxmlns="/.test(text) ? text : text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`)}\n`;
}
