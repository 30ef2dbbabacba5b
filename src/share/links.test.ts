import { describe, expect, test } from 'vitest';
import { dashboardUrl, embedSnippet, embedUrl } from './links';

const page = new URL('https://example.org/sub/path/?lang=lv&embed=map&embedId=x&transparent&partner=p1');
const state = { lang: 'lv' as const, partner: 'p1', theme: 'dark' as const, embed: 'map' as const, embedId: 'x', transparent: true };

describe('share links', () => {
  test('the full dashboard keeps the state, not the embed', () => {
    expect(dashboardUrl(page, state)).toBe('https://example.org/sub/path/?lang=lv&partner=p1&theme=dark');
  });
  test('an embed names its view and keeps the state', () => {
    expect(embedUrl(page, { lang: 'en' }, 'budget')).toBe('https://example.org/sub/path/?lang=en&embed=budget');
  });
  test('the snippet is an iframe with a title, full width, a first height, and the sizing script', () => {
    const snippet = embedSnippet(page, state, 'timeline', 'Finished in "January" 2023');
    expect(snippet).toContain('<iframe src="https://example.org/sub/path/?lang=lv&amp;partner=p1&amp;theme=dark&amp;embed=timeline');
    expect(snippet).toContain('title="Finished in &quot;January&quot; 2023"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('<script src="https://example.org/sub/path/embed.js" async></script>');
  });
});
