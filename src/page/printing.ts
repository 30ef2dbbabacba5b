/**
 * Printing: paper is a target of its own (A4 landscape, `@page` in app.css), so a chart laid out
 * for the screen is drawn again for it rather than shrunk. `watchPrinting` calls `onprint` before
 * the browser lays the page out for paper (`beforeprint`, or print media coming into force, as
 * when a test or a tool emulates it); the handler must update the page synchronously.
 */

/** The printable width of A4 landscape with 10 mm margins, in CSS pixels (277 mm at 96 px per inch). */
export const PRINT_WIDTH = Math.floor((277 / 25.4) * 96);

export function watchPrinting(window: Window, onprint: () => void, onprinted: () => void): () => void {
  const print = window.matchMedia('print');
  const changed = () => (print.matches ? onprint() : onprinted());
  window.addEventListener('beforeprint', onprint);
  window.addEventListener('afterprint', onprinted);
  print.addEventListener('change', changed);
  return () => {
    window.removeEventListener('beforeprint', onprint);
    window.removeEventListener('afterprint', onprinted);
    print.removeEventListener('change', changed);
  };
}
