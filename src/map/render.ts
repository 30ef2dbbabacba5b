/**
 * Draws a map spec as one SVG with any document: sea, countries, event places and partner
 * markers (the lead larger, with a dot), each marker a group placed by `translate`, so the
 * page's zoom can move it and keep its size; with the frame when the map stands alone.
 */
import { drawFrame } from '../chart/frame';
import { finishSvg, r1, svgElement } from '../chart/svg';
import type { MapSpec } from './spec';
import type { Point } from './shape';

export function renderMap(spec: MapSpec, { document }: { document: Document }): SVGSVGElement {
  const { theme, box } = spec;
  const svg = svgElement(document, 'svg', { width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`, 'aria-label': spec.ariaLabel });
  const map = svgElement(document, 'svg', { x: box.x, y: box.y, width: box.width, height: box.height, viewBox: `0 0 ${box.width} ${box.height}`, 'data-map': '' });
  map.append(svgElement(document, 'rect', { width: box.width, height: box.height, fill: theme.sea, 'aria-hidden': 'true' }));

  const countries = svgElement(document, 'g', { 'data-layer': 'countries', 'aria-hidden': 'true' });
  for (const country of spec.countries) {
    countries.append(svgElement(document, 'path', { class: country.className, d: country.d, fill: country.fill, stroke: country.stroke, 'stroke-width': country.strokeWidth, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round', 'data-iso': country.iso, 'data-key': country.iso ? country.key : undefined }));
  }
  map.append(countries);

  const events = svgElement(document, 'g', { 'data-layer': 'events' });
  const size = 10 * (spec.fontSize / 13);
  for (const place of spec.events) {
    const group = placed(document, place.at, { class: place.selected ? 'event-place selected' : 'event-place', 'data-key': place.key, 'data-event': place.id, role: 'img', 'aria-label': spec.describe(place.key).join(', ') });
    group.append(
      svgElement(document, 'rect', {
        x: r1(-size / 2),
        y: r1(-size / 2),
        width: r1(size),
        height: r1(size),
        transform: 'rotate(45)',
        fill: place.selected ? theme.focus : theme.eventPlace,
        stroke: place.selected ? theme.ink : theme.markerHalo,
        'stroke-width': place.selected ? 2.5 : 1.2,
      }),
    );
    events.append(group);
  }
  map.append(events);

  const partners = svgElement(document, 'g', { 'data-layer': 'partners' });
  for (const marker of spec.partners) {
    const className = ['partner', marker.placement, marker.lead ? 'lead' : '', marker.selected ? 'selected' : ''].filter(Boolean).join(' ');
    const group = placed(document, marker.at, { class: className, id: marker.elementId, 'data-key': marker.key, 'data-partner': marker.id, 'data-placement': marker.placement, 'data-lead': marker.lead ? '' : undefined, role: 'img', 'aria-label': spec.describe(marker.key).join(', ') }, marker.anchor);
    if (marker.anchor) group.append(svgElement(document, 'line', { x1: r1(marker.anchor[0] - marker.at[0]), y1: r1(marker.anchor[1] - marker.at[1]), x2: 0, y2: 0, stroke: theme.marker, 'stroke-width': 1 }));
    const selected = marker.selected ? { stroke: theme.focusRing, width: 3.5 } : undefined;
    group.append(svgElement(document, 'circle', { r: r1(marker.radius), fill: marker.fill, stroke: selected?.stroke ?? marker.stroke, 'stroke-width': selected?.width ?? (marker.dash ? 2 : 1.5), 'stroke-dasharray': selected ? undefined : marker.dash, 'data-marker': '' }));
    if (marker.lead) group.append(svgElement(document, 'circle', { r: r1(marker.radius * 0.31), fill: theme.markerHalo }));
    partners.append(group);
  }
  for (const anchor of spec.groupAnchors) {
    const group = placed(document, anchor, { class: 'group-anchor', 'aria-hidden': 'true', 'data-group-anchor': '' });
    group.append(svgElement(document, 'circle', { r: 2.5, fill: theme.marker }));
    partners.append(group);
  }
  map.append(partners);
  svg.append(map);
  if (spec.frame) drawFrame(svg, spec.frame, theme);
  return finishSvg(svg, theme, { fontSize: spec.fontSize, background: !spec.transparent });
}

/** A group at `at`; it remembers its place (and the shared place it was set apart from) for zooming. */
function placed(document: Document, at: Point, attributes: Record<string, string | undefined>, anchor?: Point): SVGGElement {
  return svgElement(document, 'g', {
    ...attributes,
    transform: `translate(${r1(at[0])},${r1(at[1])})`,
    'data-x': r1(at[0]),
    'data-y': r1(at[1]),
    'data-ax': anchor ? r1(anchor[0]) : undefined,
    'data-ay': anchor ? r1(anchor[1]) : undefined,
  });
}
