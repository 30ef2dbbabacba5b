/**
 * What every browser test needs: the run's one Chromium (started in serve.ts), pages opened with a pinned
 * locale and time zone, and a record of what would make a user's page go wrong
 * (uncaught errors, console errors, requests to any other host).
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Download, Locator, Page } from 'playwright-core';
import { connectBrowser } from '../../scripts/browser';

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  /** Requests that left 127.0.0.1. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export function useBrowser(): { browser: () => Browser; baseUrl: string } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
    baseUrl: inject('baseUrl'),
  };
}

export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol.startsWith('http') && hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
  await page.goto(url);
  return { page, errors, foreignRequests, close: () => context.close() };
}

/**
 * One page per address for a file's read-only checks: opened on first use, shared by every test
 * that only reads it (no input, no change of state), closed after the file. A page load is the
 * costliest step of a browser test; checks that read the same page need not each pay for one.
 */
export function useSharedPages(browser: () => Browser): (url: string) => Promise<OpenedPage> {
  const pages = new Map<string, Promise<OpenedPage>>();
  afterAll(async () => {
    // Before the run's browser connection is closed (after hooks run last-registered first).
    for (const opened of pages.values()) await (await opened).close().catch(() => undefined);
  });
  return (url) => {
    let opened = pages.get(url);
    if (!opened) pages.set(url, (opened = openPage(browser(), url)));
    return opened;
  };
}

/** Taps a chart mark and waits until its tooltip lies wholly inside a screen `width` px wide. */
export async function tapKeepsTooltipOnScreen(page: Page, mark: Locator, view: string, width: number): Promise<void> {
  await mark.scrollIntoViewIfNeeded();
  await mark.tap({ force: true });
  const tooltip = page.locator(`#${view} .tooltip`);
  await tooltip.waitFor();
  await expect
    .poll(async () => {
      const box = (await tooltip.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= width;
    })
    .toBe(true);
}

/** Records every `securitypolicyviolation` event from the first script on. */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** A download's bytes, read over the connection to the run's browser (which may not share this process's disk). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Waits until the page has painted `frames` more frames: for "nothing changed" checks, a render's time rather than a clock's. */
export async function afterFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate((count) => new Promise<void>((done) => {
    const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), frames);
}
