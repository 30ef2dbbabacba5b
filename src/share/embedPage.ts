/**
 * The page an embed loads: `embed.html` beside the dashboard, the same app without the built-in
 * page drawn at build time (an embed never shows it, so it does not download it). Written by the
 * build (scripts/prerender.ts); an old `index.html?embed=` address works as well.
 */
export const EMBED_PAGE = 'embed.html';
