/**
 * What Plot's SVG needs before it is an accessible, interactive chart here:
 * - `keyed` is a render transform that tags each drawn element with its datum's key
 *   (`data-key`), so the view can find, test and bind the marks;
 * - `bindMarks` makes the keyed marks one keyboard stop with arrow keys between them
 *   (roving tabindex), and reports hover and focus so the view can show a tooltip.
 */
import type { RenderFunction } from '@observablehq/plot';

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
  marks.forEach((mark, position) => {
    const key = mark.dataset.key ?? '';
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', label(key) ?? key);
    mark.setAttribute('tabindex', position === start ? '0' : '-1');
    mark.classList.add('interactive-mark');
    listen(mark, 'pointerenter', () => events.show(key, mark));
    // A finger has no hover: after a tap the tooltip stays until another mark is tapped or focus moves.
    listen(mark, 'pointerleave', (event) => {
      if (event.pointerType !== 'touch') events.hide();
    });
    listen(mark, 'focus', () => {
      for (const other of marks) other.setAttribute('tabindex', other === mark ? '0' : '-1');
      events.rove?.(key);
      events.show(key, mark);
    });
    listen(mark, 'blur', () => events.hide());
    listen(mark, 'click', () => events.select?.(key));
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
  return () => cleanups.forEach((cleanup) => cleanup());
}
