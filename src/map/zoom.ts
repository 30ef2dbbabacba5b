/**
 * Zoom and pan with d3-zoom: drag, pinch, Ctrl/⌘ + wheel (a plain wheel scrolls the page,
 * and asks for a hint), double-click, and the buttons' zoomBy / reset.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

export interface ZoomControl {
  zoomBy(factor: number): void;
  reset(): void;
  /** Puts the view back where it was (after a redraw). */
  set(transform: ZoomTransform): void;
  destroy(): void;
}

export function attachZoom(
  svg: SVGSVGElement,
  size: { width: number; height: number },
  onzoom: (transform: ZoomTransform) => void,
  onplainwheel: () => void,
): ZoomControl {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 16])
    .translateExtent([[-size.width * 0.25, -size.height * 0.25], [size.width * 1.25, size.height * 1.25]])
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => onzoom(event.transform));
  const selection = select(svg).call(behaviour);
  const wheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) onplainwheel();
  };
  svg.addEventListener('wheel', wheel, { passive: true });
  return {
    zoomBy: (factor) => behaviour.scaleBy(selection, factor, [size.width / 2, size.height / 2]),
    reset: () => behaviour.transform(selection, zoomIdentity),
    set: (transform) => behaviour.transform(selection, transform),
    destroy: () => {
      selection.on('.zoom', null);
      svg.removeEventListener('wheel', wheel);
    },
  };
}
