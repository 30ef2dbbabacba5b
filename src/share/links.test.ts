import { describe, expect, test } from 'vitest';
import { dashboardUrl, embedSnippet, embedUrl } from './links';

const page = new URL('https://example.org/sub/path/?lang=lv&embed=map&embedId=x&transparent&partner=p1');
const state = { lang: 'lv' as const, partner: 'p1', theme: 'dark' as const, embed: 'map' as const, embedId: 'x', transparent: true };

describe('share links', () => {
  test('the full dashboard keeps the state, not the embed', () => {
    expect(dashboardUrl(page, state)).toBe('https://example.org/sub/path/?lang=lv&partner=p1&theme=dark');
  });
  test('an embed names its view and keeps the state, on the page without the drawing made at build time', () => {
    expect(embedUrl(page, { lang: 'en' }, 'budget')).toBe('https://example.org/sub/path/embed.html?lang=en&embed=budget');
    expect(embedUrl(new URL('https://example.org/sub/path/index.html?x=1'), { lang: 'en' }, 'map')).toBe('https://example.org/sub/path/embed.html?lang=en&embed=map');
  });
  test('from an embed, the full dashboard is the page beside it', () => {
    expect(dashboardUrl(new URL('https://example.org/sub/path/embed.html?embed=map'), { lang: 'en', embed: 'map' })).toBe('https://example.org/sub/path/?lang=en');
    expect(dashboardUrl(new URL('https://example.org/dashboard.html?embed=map'), { lang: 'en' })).toBe('https://example.org/dashboard.html?lang=en');
  });
  test('the snippet is an iframe with a title, full width, a first height, and the sizing script', () => {
    const snippet = embedSnippet(page, state, 'timeline', 'Finished in "January" 2023');
    expect(snippet).toContain('<iframe src="https://example.org/sub/path/embed.html?lang=lv&amp;partner=p1&amp;theme=dark&amp;embed=timeline');
    expect(snippet).toContain('title="Finished in &quot;January&quot; 2023"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('<script src="https://example.org/sub/path/embed.js" async></script>');
  });
});
