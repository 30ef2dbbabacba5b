/**
 * Zoom and pan with d3-zoom: drag, pinch, double-click, Ctrl/⌘ + wheel (a plain wheel scrolls
 * the page, and asks for a hint), and the buttons' zoomBy / reset. `onzoom` follows the
 * gesture; `onend` hears where it came to rest.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { PAN_MARGIN } from './scales';

export interface ZoomControl {
  /** Zooms by `factor` keeping `towards` (screen px) in place. */
  zoomBy(factor: number, towards?: [number, number]): void;
  reset(): void;
  destroy(): void;
}

export interface ZoomEvents {
  onzoom(transform: ZoomTransform): void;
  onend(transform: ZoomTransform): void;
  onplainwheel(): void;
}

export function attachZoom(svg: SVGSVGElement, size: { width: number; height: number }, events: ZoomEvents, initial: ZoomTransform = zoomIdentity): ZoomControl {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 32])
    .translateExtent([[-size.width * PAN_MARGIN, -size.height * PAN_MARGIN], [size.width * (1 + PAN_MARGIN), size.height * (1 + PAN_MARGIN)]])
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => events.onzoom(event.transform))
    .on('end', (event: { transform: ZoomTransform }) => events.onend(event.transform));
  const selection = select(svg).call(behaviour);
  // The map was drawn at this zoom: d3-zoom starts from it without an event.
  selection.property('__zoom', initial);
  const wheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) events.onplainwheel();
  };
  svg.addEventListener('wheel', wheel, { passive: true });
  return {
    zoomBy: (factor, towards) => behaviour.scaleBy(selection, factor, towards ?? [size.width / 2, size.height / 2]),
    reset: () => behaviour.transform(selection, zoomIdentity),
    destroy: () => {
      selection.on('.zoom', null);
      svg.removeEventListener('wheel', wheel);
    },
  };
}
