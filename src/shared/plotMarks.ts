/**
 * What Plot's SVG needs before it is an accessible, interactive chart here:
 * - `keyed` is a render transform that tags each drawn element with its datum's key
 *   (`data-key`), so the view can find, test and bind the marks;
 * - `bindMarks` makes the keyed marks one keyboard stop with arrow keys between them
 *   (roving tabindex), and reports hover and focus so the view can show a tooltip.
 */
import type { RenderFunction } from '@observablehq/plot';
import { svgElement } from '../chart/svg';

export function keyed(keyOf: (index: number) => string): { render: RenderFunction } {
  return attributed((index) => ({ 'data-key': keyOf(index) }));
}

/** A render transform that writes attributes on each drawn element from its datum (`lang` on a label in another language). */
export function attributed(attributesOf: (index: number) => Record<string, string | undefined>): { render: RenderFunction } {
  return {
    render(index, scales, values, dimensions, context, next) {
      const group = next?.(index, scales, values, dimensions, context) ?? null;
      if (group) {
        const drawn = group.querySelectorAll<SVGElement>(':scope > *');
        drawn.forEach((element, position) => {
          const datum = index[position];
          if (datum === undefined) return;
          for (const [name, value] of Object.entries(attributesOf(datum))) if (value !== undefined) element.setAttribute(name, value);
        });
      }
      return group;
    },
  };
}

export interface MarkEvents {
  /** A mark is hovered or focused: show its details next to `anchor`. */
  show(key: string, anchor: Element): void;
  hide(): void;
  /** The pointer left the mark: hide, unless it is on its way into the tooltip (WCAG 1.4.13). Default: hide. */
  leave?(): void;
  /** Enter or click on a mark. */
  select?(key: string): void;
  /** The Tab stop moved to this mark (so a redraw can keep it there). */
  rove?(key: string): void;
}

/**
 * Binds every `[data-key]` element under `root` that `label` names; returns an unbind function.
 * The Tab stop starts on `rovingKey` where that mark is drawn, else on the first.
 */
export function bindMarks(root: Element, label: (key: string) => string | undefined, events: MarkEvents, rovingKey?: string): () => void {
  const marks = [...root.querySelectorAll<SVGElement>('[data-key]')].filter((mark) => label(mark.dataset.key ?? ''));
  const cleanups: (() => void)[] = [];
  const listen = <K extends keyof SVGElementEventMap>(mark: SVGElement, type: K, handler: (event: SVGElementEventMap[K]) => void) => {
    mark.addEventListener(type, handler);
    cleanups.push(() => mark.removeEventListener(type, handler));
  };

  const start = Math.max(0, marks.findIndex((mark) => mark.dataset.key === rovingKey));
  const moveTo = (from: SVGElement, next: SVGElement | undefined) => {
    if (!next) return;
    from.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    events.rove?.(next.dataset.key ?? '');
    next.focus();
  };
  /** The pointer on `target` (the mark, or its larger hit area) acts on the mark. */
  const listenPointer = (target: SVGElement, mark: SVGElement, key: string) => {
    listen(target, 'pointerenter', () => events.show(key, mark));
    // A finger has no hover: after a tap the tooltip stays until another mark is tapped or focus moves.
    listen(target, 'pointerleave', (event) => {
      if (event.pointerType !== 'touch') (events.leave ?? events.hide)();
    });
    listen(target, 'click', () => events.select?.(key));
  };
  marks.forEach((mark, position) => {
    const key = mark.dataset.key ?? '';
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', label(key) ?? key);
    mark.setAttribute('tabindex', position === start ? '0' : '-1');
    mark.classList.add('interactive-mark');
    listenPointer(mark, mark, key);
    listen(mark, 'focus', () => {
      for (const other of marks) other.setAttribute('tabindex', other === mark ? '0' : '-1');
      events.rove?.(key);
      events.show(key, mark);
    });
    listen(mark, 'blur', () => events.hide());
    listen(mark, 'keydown', (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step !== undefined) {
        event.preventDefault();
        moveTo(mark, marks[(position + step + marks.length) % marks.length]);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        moveTo(mark, marks.at(event.key === 'Home' ? 0 : -1));
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        events.select?.(key);
      } else if (event.key === 'Escape') {
        events.hide();
      }
    });
  });
  for (const { area, mark } of addHitAreas(marks)) {
    listenPointer(area, mark, mark.dataset.key ?? '');
    cleanups.push(() => area.remove());
  }
  return () => cleanups.forEach((cleanup) => cleanup());
}

/** The smallest a pointer target may be (WCAG 2.5.8, target size minimum), in CSS pixels. */
export const MIN_TARGET = 24;

/**
 * A mark smaller than 24 × 24 px (an event diamond, a thin budget segment) gets an invisible
 * rectangle of that size over it, drawn after the marks so it can be hit even where a neighbour
 * lies; it acts as the mark for the pointer. Measured where the mark is drawn (its own units).
 */
function addHitAreas(marks: SVGElement[]): { area: SVGRectElement; mark: SVGElement }[] {
  // Every size is read before anything is added: reading after each addition would lay the
  // chart out again each time (the square of the marks on a busy timeline).
  const small = marks.flatMap((mark) => {
    if (!(mark instanceof SVGGraphicsElement) || typeof mark.getBBox !== 'function' || !mark.parentNode) return [];
    const box = mark.getBBox();
    const scale = mark.getScreenCTM()?.a || 1;
    return box.width * scale >= MIN_TARGET && box.height * scale >= MIN_TARGET ? [] : [{ mark, box, scale }];
  });
  return small.map(({ mark, box, scale }) => {
    const side = MIN_TARGET / scale;
    const [width, height] = [Math.max(box.width, side), Math.max(box.height, side)];
    const area = svgElement(mark.ownerDocument, 'rect', {
      x: box.x + box.width / 2 - width / 2,
      y: box.y + box.height / 2 - height / 2,
      width,
      height,
      fill: 'transparent',
      transform: mark.getAttribute('transform') ?? undefined,
      'aria-hidden': 'true',
      'data-hit-for': mark.dataset.key ?? '',
    });
    mark.parentNode!.append(area);
    return { area, mark };
  });
}
