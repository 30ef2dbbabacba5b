/**
 * The pictures' figures for `npm run bench`: in the page, a click on Download PNG (2×, 1920 ×
 * 1080), Download SVG and the PowerPoint deck until the browser has the file, per view; on the
 * command line, `npm run export` as a whole and per file written (its lines' times).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { everyView } from './browser';

const VIEWS = ['map', 'budget', 'timeline'] as const;
type View = (typeof VIEWS)[number];

export interface PictureFigures {
  runs: number;
  /** Click → file, the first of a page (the picture code and, for the map, the geometry loaded then). */
  firstPngMs: number;
  /** Click → file, median of `runs` after the first, per view: PNG at 2× of 1920 × 1080, SVG. */
  pngMs: Record<View, number>;
  svgMs: Record<View, number>;
  /** The deck of all charts (pptxgenjs loaded on the first), median of the runs after the first. */
  deckMs: number;
  /** `npm run export -- --scale 2`: the whole command (tsx start, browser launch), and per PNG / SVG / deck written. */
  cliMs: number;
  cliPerFileMs: { svg: number; png: number; deck: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function timedDownload(page: Page, click: () => Promise<void>): Promise<number> {
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const ms = performance.now() - started;
  await download.delete();
  return ms;
}

export async function pictureFigures(browser: Browser, url: string, runs = 3): Promise<PictureFigures> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await everyView(page);
  const png = {} as Record<View, number>;
  const svg = {} as Record<View, number>;
  let firstPngMs = NaN;
  let deckMs = NaN;
  try {
    for (const view of VIEWS) {
      await page.locator(`#${view} svg [data-key]`).first().waitFor({ state: 'attached' });
      await page.locator(`[data-share="${view}"] summary`).click();
      const panel = page.locator(`[data-slides="${view}"]`);
      await panel.locator('[data-slide-size]').selectOption('1920x1080');
      await panel.locator('[data-slide-sharp]').check();
      const pngs: number[] = [];
      const svgs: number[] = [];
      for (let run = 0; run <= runs; run++) {
        pngs.push(await timedDownload(page, () => panel.locator('[data-download="png"]').click()));
        svgs.push(await timedDownload(page, () => panel.locator('[data-download="svg"]').click()));
      }
      if (view === 'map') firstPngMs = pngs[0]!;
      png[view] = median(pngs.slice(1));
      svg[view] = median(svgs.slice(1));
      if (view === 'timeline') {
        const decks: number[] = [];
        for (let run = 0; run <= Math.min(runs, 2); run++) decks.push(await timedDownload(page, () => panel.locator('[data-download="pptx"]').click()));
        deckMs = median(decks.slice(1));
      }
    }
  } finally {
    await context.close();
  }
  return { runs, firstPngMs, pngMs: png, svgMs: svg, deckMs, ...(await commandLineFigures()) };
}

/** The export command, timed as a whole and by the moment each of its lines ("wrote …") arrives. */
async function commandLineFigures(): Promise<Pick<PictureFigures, 'cliMs' | 'cliPerFileMs'>> {
  const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const started = performance.now();
  const lines: { at: number; line: string }[] = [];
  await new Promise<void>((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/export.ts', '--out', out, '--scale', '2', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) if (line.trim()) lines.push({ at: performance.now(), line });
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`npm run export exited with ${code}`))));
  });
  const cliMs = performance.now() - started;
  rmSync(out, { recursive: true, force: true });
  // Each file's time: from the line before it (the first from when the command had written nothing yet is left out: it holds the start).
  const per = { svg: [] as number[], png: [] as number[], deck: [] as number[] };
  for (let i = 1; i < lines.length; i++) {
    const ms = lines[i]!.at - lines[i - 1]!.at;
    const line = lines[i]!.line;
    if (line.endsWith('.png')) per.png.push(ms);
    else if (line.endsWith('.svg')) per.svg.push(ms);
    else if (line.endsWith('.pptx')) per.deck.push(ms);
  }
  return { cliMs, cliPerFileMs: { svg: median(per.svg), png: median(per.png), deck: median(per.deck) } };
}
