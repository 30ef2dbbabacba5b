import { mount } from 'svelte';
import App from './App.svelte';
import { TIMING } from './page/timing';
import { afterNextPaint } from './page/tasks';
import { drawnTip, showDrawnTip } from './page/drawnViews';
import 'virtual:theme.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// index.html shows a plain "Loading…" until the script runs; the app takes its place.
target.replaceChildren();
// Where index.html still shows the page drawn at build time (scripts/prerender.ts), the app lays
// itself out unseen beneath it and takes its place in one frame once every view is drawn.
const prerendered = document.getElementById('prerendered');
target.classList.toggle('taking-over', prerendered !== null);
function complete() {
  // A tooltip the drawing shows under the pointer is the app's from here on.
  const tip = drawnTip(window, prerendered);
  prerendered?.remove();
  target!.classList.remove('taking-over');
  showDrawnTip(document, tip);
  performance.mark(TIMING.interactive);
}
const start = () => {
  mount(App, { target, props: { oncomplete: complete } });
  // The first number the page formats sets up the browser's locale data (~20 ms here, whatever
  // the locale): that is done in a task of its own while the data file is on its way, not in the header's.
  setTimeout(() => new Intl.NumberFormat().format(0));
};
// The drawing is painted first; the app starts in a task after that frame.
if (prerendered) afterNextPaint(start);
else start();
