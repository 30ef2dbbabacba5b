/**
 * What Plot's SVG needs before it is an accessible, interactive chart here:
 * - `keyed` is a render transform that tags each drawn element with its datum's key
 *   (`data-key`), so the view can find, test and bind the marks;
 * - `bindMarks` makes the keyed marks one keyboard stop with arrow keys between them
 *   (roving tabindex), and reports hover and focus so the view can show a tooltip.
 */
import type { RenderFunction } from '@observablehq/plot';
import { nameMark, svgElement } from '../chart/svg';

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
 * The Tab stop starts on `rovingKey` where that mark is drawn, else on the first. Small marks'
 * hit areas come at once, or after the next frame (`areasLater`, or hundreds of marks); the
 * root says `data-hit-areas="ready"` once they are in.
 * The events are heard once on `root` (delegated), not on each mark: a timeline of 2,000
 * events is bound in a few milliseconds.
 */
export function bindMarks(
  root: Element,
  label: (key: string) => string | undefined,
  events: MarkEvents,
  rovingKey?: string,
  options: { areasLater?: boolean; foreignName?: (key: string) => { text: string; lang: string } | undefined } = {},
): () => void {
  const marks: SVGElement[] = [];
  for (const mark of root.querySelectorAll<SVGElement>('[data-key]')) {
    const key = mark.dataset.key ?? '';
    const name = label(key);
    if (name === undefined) continue;
    mark.setAttribute('role', 'img');
    // A name in another language than the page's carries its lang (see nameMark).
    nameMark(mark, name, options.foreignName?.(key), root);
    mark.setAttribute('tabindex', '-1');
    mark.classList.add('interactive-mark');
    marks.push(mark);
  }
  const positions = new Map<Element, number>(marks.map((mark, position) => [mark, position]));
  /** A hit area → the mark it stands for. */
  const hitAreas = new Map<Element, SVGElement>();
  const addAreas = () => {
    for (const { area, mark } of addHitAreas(marks)) hitAreas.set(area, mark);
    root.setAttribute('data-hit-areas', 'ready');
  };
  // Sizing the marks lays the page out: hundreds of them (or after a long piece of work, when the
  // page has changed a lot) after the next frame, when it already is, and in a task of their own.
  // A chart of a few marks gets them at once.
  let frame: number | undefined;
  let later: ReturnType<typeof setTimeout> | undefined;
  if (marks.length <= MANY_MARKS && !options.areasLater) addAreas();
  else frame = requestAnimationFrame(() => (later = setTimeout(addAreas)));
  let stop = marks[Math.max(0, marks.findIndex((mark) => mark.dataset.key === rovingKey))];
  stop?.setAttribute('tabindex', '0');

  /** The mark an event's target stands for (the mark, something inside it, or its hit area). */
  const markOf = (target: EventTarget | null): SVGElement | undefined => {
    for (let at = target instanceof Element ? target : null; at && at !== root; at = at.parentElement) {
      if (positions.has(at)) return at as SVGElement;
      const mark = hitAreas.get(at);
      if (mark) return mark;
    }
    return undefined;
  };
  const keyOf = (mark: SVGElement) => mark.dataset.key ?? '';
  /** The Tab stop moves to `mark`. */
  const rove = (mark: SVGElement) => {
    if (stop !== mark) stop?.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    stop = mark;
    events.rove?.(keyOf(mark));
  };

  const handlers: { [K in keyof SVGElementEventMap]?: (event: SVGElementEventMap[K]) => void } = {
    // The pointer on a mark or its larger hit area acts on the mark; moving between the two is no change.
    pointerover: (event) => {
      const mark = markOf(event.target);
      if (mark && mark !== markOf(event.relatedTarget)) events.show(keyOf(mark), mark);
    },
    // A finger has no hover: after a tap the tooltip stays until another mark is tapped or focus moves.
    pointerout: (event) => {
      const mark = markOf(event.target);
      if (mark && mark !== markOf(event.relatedTarget) && event.pointerType !== 'touch') (events.leave ?? events.hide)();
    },
    click: (event) => {
      const mark = markOf(event.target);
      if (mark) events.select?.(keyOf(mark));
    },
    focusin: (event) => {
      const mark = markOf(event.target);
      if (!mark || event.target !== mark) return;
      rove(mark);
      events.show(keyOf(mark), mark);
    },
    focusout: (event) => {
      if (markOf(event.target) === event.target) events.hide();
    },
    keydown: (event) => {
      const mark = markOf(event.target);
      if (!mark || event.target !== mark) return;
      const position = positions.get(mark)!;
      const moveTo = (next: SVGElement | undefined) => {
        event.preventDefault();
        if (!next) return;
        rove(next);
        next.focus();
      };
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step !== undefined) moveTo(marks[(position + step + marks.length) % marks.length]);
      else if (event.key === 'Home' || event.key === 'End') moveTo(marks.at(event.key === 'Home' ? 0 : -1));
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        events.select?.(keyOf(mark));
      } else if (event.key === 'Escape') events.hide();
    },
  };
  for (const [type, handler] of Object.entries(handlers)) root.addEventListener(type, handler as EventListener);
  return () => {
    for (const [type, handler] of Object.entries(handlers)) root.removeEventListener(type, handler as EventListener);
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(later);
    for (const area of hitAreas.keys()) area.remove();
  };
}

/** More marks than this get their hit areas after the next frame, not at once. */
export const MANY_MARKS = 300;

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
  // The screen scale is one per group of marks (Plot draws a mark's elements in one group).
  const scales = new Map<ParentNode, number>();
  const small = marks.flatMap((mark) => {
    if (!(mark instanceof SVGGraphicsElement) || typeof mark.getBBox !== 'function' || !mark.parentNode) return [];
    const box = mark.getBBox();
    const own = mark.getAttribute('transform');
    const sharesScale = !own || /^translate\([^)]*\)$/.test(own);
    let scale = sharesScale ? scales.get(mark.parentNode) : undefined;
    if (scale === undefined) {
      scale = mark.getScreenCTM()?.a || 1;
      if (sharesScale) scales.set(mark.parentNode, scale);
    }
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
