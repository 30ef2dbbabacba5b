/**
 * Draws a map spec as one SVG with any document: sea, countries, country labels, event
 * places and partner markers (the lead a star, clusters numbered) with their labels. Each
 * placed thing is a group at `translate(at)` that remembers its zoom-1 place (`data-x`,
 * `data-y`), so a zoom gesture can move it, at its size, before the map is drawn again.
 */
import { chartPatterns, drawFrame, patternFill, starPath } from '../chart/frame';
import { finishSvg, nameMark, r1, svgElement } from '../chart/svg';
import type { MapLabel, MapSpec } from './spec';
import type { Point } from './shape';

export function renderMap(spec: MapSpec, { document }: { document: Document }): SVGSVGElement {
  const { theme, box } = spec;
  const svg = svgElement(document, 'svg', { width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`, 'aria-label': spec.ariaLabel });
  svg.append(chartPatterns(document, theme));
  const map = svgElement(document, 'svg', { x: box.x, y: box.y, width: box.width, height: box.height, viewBox: `0 0 ${box.width} ${box.height}`, 'data-map': '' });
  map.append(svgElement(document, 'rect', { width: box.width, height: box.height, fill: theme.sea, 'aria-hidden': 'true' }));

  const countries = svgElement(document, 'g', { 'data-layer': 'countries', 'aria-hidden': 'true', transform: spec.zoom.k === 1 && spec.zoom.x === 0 && spec.zoom.y === 0 ? undefined : spec.zoom.toString() });
  for (const country of spec.countries) {
    countries.append(svgElement(document, 'path', { class: country.className, d: country.d, fill: country.fill, stroke: country.stroke, 'stroke-width': country.strokeWidth, 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round', 'data-iso': country.iso, 'data-key': country.iso ? country.key : undefined, 'data-events': (country.iso && spec.countryEvents.get(country.iso)) || undefined }));
    if (country.pattern) countries.append(svgElement(document, 'path', { d: country.d, fill: patternFill(country.pattern), 'pointer-events': 'none', 'data-pattern': country.pattern }));
  }
  map.append(countries);

  const countryLabels = svgElement(document, 'g', { 'data-layer': 'country-labels', 'aria-hidden': 'true' });
  for (const label of spec.countryLabels) {
    const group = placed(document, label.at, label.base, { class: 'country-label' });
    group.append(...labelElements(document, label.label, spec.countryLabelSize, theme.inkMuted, theme.sea));
    countryLabels.append(group);
  }
  map.append(countryLabels);

  const events = svgElement(document, 'g', { 'data-layer': 'events' });
  const size = spec.eventSide;
  for (const place of spec.events) {
    const group = placed(document, place.at, place.base, { class: place.selected ? 'event-place selected' : 'event-place', id: place.elementId, 'data-key': place.key, 'data-event': place.id, 'data-events': place.ids.join(' '), role: 'img' });
    nameMark(group, place.accessibleName, place.foreignName, group);
    // WCAG 2.5.8: an invisible disc of 24 px is what a finger or pointer has to hit.
    group.append(hitArea(document));
    if (place.leader) group.append(svgElement(document, 'line', { x1: r1(place.leader[0][0]), y1: r1(place.leader[0][1]), x2: 0, y2: 0, stroke: theme.eventPlace, 'stroke-width': 1 }));
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
  // The lead, the highlighted and the chosen partner drawn last, over any neighbour pressed against them.
  const onTop = (marker: (typeof spec.markers)[number]) => Number(marker.lead || marker.focus || marker.selected);
  const drawOrder = [...spec.markers].sort((a, b) => onTop(a) - onTop(b));
  for (const marker of drawOrder) {
    const className = ['partner', marker.kind === 'cluster' ? 'cluster' : '', marker.placement, marker.lead ? 'lead' : '', marker.selected ? 'selected' : ''].filter(Boolean).join(' ');
    const group = placed(document, marker.at, marker.base, {
      class: className,
      id: marker.elementId,
      'data-key': marker.key,
      'data-partner': marker.kind === 'partner' ? marker.ids[0] : undefined,
      'data-partners': marker.ids.join(' '),
      'data-placement': marker.placement,
      'data-lead': marker.lead ? '' : undefined,
      role: 'img',
    });
    nameMark(group, marker.accessibleName, marker.foreignName, group);
    const ring = marker.selected ? { stroke: theme.focusRing, width: 3.5 } : undefined;
    const stroke = ring?.stroke ?? marker.stroke;
    const strokeWidth = ring?.width ?? (marker.dash ? 2 : 1.5);
    group.append(hitArea(document, marker.radius));
    if (marker.leader) {
      const [[x, y], [ex, ey]] = marker.leader;
      group.append(
        svgElement(document, 'line', { x1: r1(x), y1: r1(y), x2: r1(ex), y2: r1(ey), stroke: theme.marker, 'stroke-width': 1, 'aria-hidden': 'true', 'data-leader': '' }),
        svgElement(document, 'circle', { cx: r1(x), cy: r1(y), r: 1.5, fill: theme.marker, 'aria-hidden': 'true' }),
      );
    }
    if (marker.label) group.append(...labelElements(document, marker.label, spec.labelSize, theme.ink, theme.paper));
    group.append(
      marker.shape === 'star'
        ? svgElement(document, 'path', { d: starPath(0, 0, marker.radius), fill: marker.fill, stroke, 'stroke-width': strokeWidth, 'stroke-linejoin': 'round', 'data-marker': '' })
        : svgElement(document, 'circle', { r: r1(marker.radius), fill: marker.fill, stroke, 'stroke-width': strokeWidth, 'stroke-dasharray': ring ? undefined : marker.dash, 'data-marker': '' }),
    );
    if (marker.count !== undefined) {
      group.append(svgElement(document, 'text', { 'text-anchor': 'middle', y: r1(spec.labelSize * 0.36), 'font-size': r1(spec.labelSize * 0.92), 'font-weight': 700, fill: theme.markerHalo, 'aria-hidden': 'true' }, String(marker.count)));
    }
    partners.append(group);
  }
  map.append(partners);
  svg.append(map);
  if (spec.frame) drawFrame(svg, spec.frame, theme);
  return finishSvg(svg, theme, { fontSize: spec.fontSize, background: !spec.transparent });
}

/** A transparent disc under a small mark, so what can be clicked is at least 24 × 24 px. */
function hitArea(document: Document, radius = 0): SVGElement {
  return svgElement(document, 'circle', { r: Math.max(12, r1(radius + 2)), fill: 'transparent', 'data-hit-area': '', 'aria-hidden': 'true' });
}

/** A label's text with a halo (so it reads over borders) and its leader line. */
function labelElements(document: Document, label: MapLabel, size: number, ink: string, halo: string): SVGElement[] {
  const attributes = { x: r1(label.x), y: r1(label.y), 'font-size': r1(size), 'font-weight': label.bold ? 700 : undefined, lang: label.lang };
  return [
    ...(label.leader ? [svgElement(document, 'line', { x1: r1(label.leader[0][0]), y1: r1(label.leader[0][1]), x2: r1(label.leader[1][0]), y2: r1(label.leader[1][1]), stroke: ink, 'stroke-width': 0.8, 'aria-hidden': 'true' })] : []),
    svgElement(document, 'text', { ...attributes, fill: 'none', stroke: halo, 'stroke-width': 3, 'stroke-linejoin': 'round', 'aria-hidden': 'true', 'data-halo': '' }, label.text),
    svgElement(document, 'text', { ...attributes, fill: ink, 'aria-hidden': 'true', 'data-label': '' }, label.text),
  ];
}

/** A group at `at`; it remembers its zoom-1 place for zoom gestures. */
function placed(document: Document, at: Point, base: Point, attributes: Record<string, string | undefined>): SVGGElement {
  return svgElement(document, 'g', { ...attributes, transform: `translate(${r1(at[0])},${r1(at[1])})`, 'data-x': r1(base[0]), 'data-y': r1(base[1]) });
}
