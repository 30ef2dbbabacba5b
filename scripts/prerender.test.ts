import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { cleanSnapshot, compactOutline, GATE_AFTER, gateBefore, OUTLINE_TOLERANCE_PX, withPrerendered } from './prerender';
import { initialLanguage } from '../src/i18n/language';
import { propertyRuns } from '../test/runs';

/**
 * Runs the two gates as the page would, around an English drawing; says what the page showed
 * while it was parsed (`data-drawing`) and whether the drawing stayed, inert and marked.
 */
let preloads: (string | null)[] = [];
let filePreloads: (string | null)[] = [];
/** The elements the first gate defines, and what it hands the app. */
const defined: string[] = [];
let handed: (() => unknown[]) | undefined;
function gateKeeps(search: string, languages: string[], dark: boolean): { shown: boolean; kept: boolean; inert: boolean; marked: boolean } {
  const { document } = parseHTML('<html><head></head><body><div id="prerendered" data-lang="en"><div class="pre-wide"></div><div class="pre-narrow"></div></div></body></html>');
  const marks: string[] = [];
  const window: { dashboardDrawings?: () => unknown[] } = {};
  defined.length = 0;
  const customElements = { define: (name: string) => defined.push(name) };
  const run = (script: string) =>
    new Function('window', 'customElements', 'HTMLElement', 'document', 'location', 'navigator', 'matchMedia', 'performance', 'setTimeout', script)(
      window,
      customElements,
      class {},
      document,
      { search },
      { languages, language: languages[0] },
      (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)' }),
      { mark: (name: string) => marks.push(name) },
      () => undefined,
    );
  run(gateBefore('en', ['./assets/MapView.js', './assets/plot.js'], ['geo/europe.json']));
  handed = window.dashboardDrawings;
  preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => (link as HTMLLinkElement).href || link.getAttribute('href'));
  filePreloads = [...document.head.querySelectorAll('link[rel="preload"]')].map((link) => `${link.getAttribute('href')} ${(link as HTMLLinkElement).as ?? link.getAttribute('as')} ${(link as HTMLLinkElement).crossOrigin ?? link.getAttribute('crossorigin')}`);
  const shown = document.documentElement.getAttribute('data-drawing') === 'shown';
  run(GATE_AFTER);
  const drawn = document.getElementById('prerendered');
  return { shown, kept: drawn !== null, inert: drawn !== null && [...drawn.children].every((host) => (host as unknown as { inert: boolean }).inert === true), marked: marks.includes('dashboard:prerendered') };
}

describe('the gate: the drawing stays only where the app would draw the same page', () => {
  test('kept for the bare address in an English or undecided browser, light colours', () => {
    expect(gateKeeps('', ['en-GB'], false)).toEqual({ shown: true, kept: true, inert: true, marked: true });
    // The drawing is the first screen: the views' code and the map's geometry are not preloaded.
    expect(preloads).toEqual([]);
    expect(filePreloads).toEqual([]);
    // Its hosts are an element of the page's own, whose closed roots the app is handed.
    expect(defined).toEqual(['dashboard-drawing']);
    expect(handed?.()).toEqual([]);
    expect(gateKeeps('', [], false).kept).toBe(true);
    expect(gateKeeps('?lang=en', ['lv-LV'], false).kept).toBe(true);
  });
  test('removed for Latvian, dark colours and any other parameter', () => {
    expect(gateKeeps('', ['lv-LV', 'en'], false)).toEqual({ shown: false, kept: false, inert: false, marked: false });
    // The app draws the first screen: the views' code and the map's geometry are preloaded at once.
    expect(preloads).toEqual(['./assets/MapView.js', './assets/plot.js']);
    expect(filePreloads).toEqual(['geo/europe.json fetch anonymous']);
    expect(gateKeeps('?lang=lv', ['en'], false).kept).toBe(false);
    expect(gateKeeps('', ['en'], true).kept).toBe(false);
    for (const query of ['?data=x.json', '?embed=map', '?theme=light', '?present', '?partner=LP', '?lang=en&event=e1']) expect(gateKeeps(query, ['en'], false).kept, query).toBe(false);
  });
  test('agrees with the app’s own choice of language for any address and browser languages', () => {
    const tag = fc.constantFrom('en', 'en-GB', 'EN-us', 'lv', 'lv-LV', 'LV', 'de', 'de-DE', 'fr', 'ru', 'lt', '', 'e', 'english');
    const parameter = fc.tuple(fc.constantFrom('lang', 'data', 'theme', 'x', 'LANG'), fc.oneof(tag, fc.string({ maxLength: 6 })));
    fc.assert(
      fc.property(fc.array(parameter, { maxLength: 3 }), fc.array(tag, { maxLength: 4 }), fc.boolean(), (parameters, languages, dark) => {
        const search = parameters.length === 0 ? '' : `?${new URLSearchParams(parameters).toString()}`;
        const onlyLang = parameters.every(([key]) => key === 'lang');
        const expected = onlyLang && !dark && initialLanguage(search, languages) === 'en';
        const gate = gateKeeps(search, languages, dark);
        expect([gate.shown, gate.kept]).toEqual([expected, expected]);
      }),
      { numRuns: propertyRuns(500), seed: 14 },
    );
  });
});

/** The absolute points of a compacted path. */
function decode(d: string): [number, number][][] {
  return (d.match(/M[^M]*/g) ?? []).map((ring) => {
    const [start, ...steps] = ring.slice(1, -1).split('l');
    const points = [start!.split(',').map(Number) as [number, number]];
    for (const step of steps) {
      const [dx, dy] = step.match(/-?\d+/g)!.map(Number);
      const last = points[points.length - 1]!;
      points.push([last[0] + dx!, last[1] + dy!]);
    }
    return points;
  });
}

describe('country outlines, made small for the page', () => {
  test('whole pixels in relative steps; rings outside the view, or shrunk to a line, dropped; other paths kept as they are', () => {
    expect(compactOutline('M10.4,10.6L20.2,10.6L20.2,20.5L10.4,20.5Z', 100, 100)).toBe('M10,11l10,0l0,10l-10,0z');
    expect(compactOutline('M-50,-50L-40,-50L-40,-40Z', 100, 100)).toBe('');
    expect(compactOutline('M5.1,5.1L5.2,5.3L5.4,5.1Z', 100, 100)).toBe('');
    expect(compactOutline('M0,0A5,5 0 0 1 10,10Z', 100, 100)).toBe('M0,0A5,5 0 0 1 10,10Z');
  });
  test('points on a straight run are dropped; a corner stays', () => {
    expect(compactOutline('M0,0L5,0.2L10,0L10,10L0,10Z', 100, 100)).toBe('M0,0l10,0l0,10l-10,0z');
  });
  test('every kept point is one of the rounded points, in order, and no rounded point strays more than the tolerance from the drawn ring', () => {
    // A coastline-like walk: small steps, so many points lie within a few pixels of their neighbours' line.
    const step = fc.tuple(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }));
    const walk = fc.tuple(fc.double({ min: 0, max: 150, noNaN: true }), fc.double({ min: 0, max: 150, noNaN: true }), fc.array(step, { minLength: 2, maxLength: 40 })).map(([x0, y0, steps]) => {
      const points: [number, number][] = [[x0, y0]];
      for (const [dx, dy] of steps) points.push([points[points.length - 1]![0] + dx, points[points.length - 1]![1] + dy]);
      return points;
    });
    const distance = ([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]) => {
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    };
    fc.assert(
      fc.property(walk, (points) => {
        const d = `M${points.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join('L')}Z`;
        const rounded = points.map(([x, y]) => [Math.round(Number(x.toFixed(3))) + 0, Math.round(Number(y.toFixed(3))) + 0] as [number, number]);
        const distinct = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
        const rings = decode(compactOutline(d, 400, 400));
        if (rings.length === 0) return;
        const ring = rings[0]!;
        // A subsequence of the rounded points, starting where they start.
        let at = 0;
        for (const kept of ring) {
          while (at < distinct.length && (distinct[at]![0] !== kept[0] || distinct[at]![1] !== kept[1])) at++;
          expect(at, `${kept}`).toBeLessThan(distinct.length);
        }
        expect(ring[0]).toEqual(distinct[0]);
        const segments = ring.map((p, i) => [p, ring[(i + 1) % ring.length]!] as const);
        for (const p of distinct) expect(Math.min(...segments.map(([a, b]) => distance(p, a, b)))).toBeLessThanOrEqual(OUTLINE_TOLERANCE_PX + 1e-9);
      }),
      { numRuns: propertyRuns(300), seed: 14 },
    );
  });
});

describe('the snapshot, cleaned', () => {
  test('without the framework’s comments, empty styles and the hit-area flag; outlines compacted', () => {
    const html = cleanSnapshot(
      '<!----><main style=""><div data-hit-areas="ready"><svg viewBox="0 0 100 100" data-map=""><g data-layer="countries"><path d="M10.4,10.6L20.2,10.6L20.2,20.5Z"></path><path d="M-9,-9L-8,-9L-8,-8Z"></path></g></svg></div><!---->text</main>',
    );
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('data-hit-areas');
    expect(html).toContain('d="M10,11l10,0l0,10z"');
    expect(html.match(/<path/g)).toHaveLength(1);
    expect(html).toContain('text');
  });
  test('refused when it carries an inline style the page’s policy would refuse', () => {
    expect(() => cleanSnapshot('<div style="color: red">x</div>')).toThrow(/inline style on <div>/);
  });
});

describe('the page with its drawings', () => {
  const index = `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" /><title>EU project dashboard</title><link rel="stylesheet" crossorigin href="./assets/index.css">
    <link rel="modulepreload" crossorigin href="./assets/text.js">
    <link rel="modulepreload" crossorigin fetchpriority="low" href="./assets/MapView.js">
    <link rel="modulepreload" crossorigin fetchpriority="low" href="./assets/plot.js">
    <link rel="preload" href="geo/europe.json" as="fetch" crossorigin="anonymous"></head><body><div id="app"><p class="boot">Loading…</p></div><script type="module" src="./assets/index.js"></script></body></html>`;
  const page = withPrerendered(index, { wide: '<svg><title>A chart</title></svg><h1>Wide</h1>', narrow: '<h1>Narrow</h1>' }, ['./assets/index.css', './assets/SharePanel.css'], '2026-11-27', 'R&D <Lab> – EU project dashboard');
  test('after #app, each width in a closed shadow root with the stylesheets; one gate in the head before the stylesheet, one after the drawing; each allowed by its hash', () => {
    const body = page.slice(page.indexOf('<body>'));
    const [before, after] = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect([before, after]).toEqual([gateBefore('en', ['./assets/MapView.js', './assets/plot.js'], ['geo/europe.json']), GATE_AFTER]);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf(before!));
    expect(page.indexOf(before!)).toBeLessThan(page.indexOf('rel="stylesheet"'));
    expect(body.indexOf('</div>')).toBeLessThan(body.indexOf('<div id="prerendered"'));
    expect(body.indexOf('<div id="prerendered"')).toBeLessThan(body.indexOf(after!));
    expect(body.match(/<dashboard-drawing class="pre-(wide|narrow)"><template shadowrootmode="closed">/g)).toHaveLength(2);
    expect(body).toContain('<link rel="stylesheet" crossorigin href="./assets/SharePanel.css"><noscript><i class="no-script"></i></noscript><div class="prerendered-page prerendered-wide"><svg><title>A chart</title></svg><h1>Wide</h1>');
    const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(page).toContain(`script-src 'self' ${hash(before!)} ${hash(after!)};`);
  });
  test('the views’ module preloads and the geometry’s preload move from the head into the gate; the entry’s own stays', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).not.toMatch(/<link[^>]*MapView\.js/);
    expect(head).not.toMatch(/<link[^>]*europe\.json/);
    expect(head).toContain('<link rel="modulepreload" crossorigin href="./assets/text.js">');
  });
  test('the head’s title is the one the app gives the page, its markup characters written as text; the drawing’s own titles are left alone', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>R&amp;D &lt;Lab&gt; – EU project dashboard</title>']);
    expect(page).toContain('<svg><title>A chart</title></svg>');
  });
  test('a stylesheet the head does not have yet is added to it, so the first paint has it', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('href="./assets/SharePanel.css"');
    expect(head.match(/index\.css/g)).toHaveLength(1);
  });
});
