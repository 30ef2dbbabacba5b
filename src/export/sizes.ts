/**
 * What a slide can show and at which sizes: kept apart from the drawing code (slides.ts) so the
 * Share panel under every chart can offer the sizes without loading the charts' renderers.
 */
export const SLIDE_VIEWS = ['map', 'budget', 'timeline'] as const;
export type SlideView = (typeof SLIDE_VIEWS)[number];

/** The slide sizes offered, in CSS pixels: 16:9 (two), 4:3 and square. */
export const SLIDE_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1440, height: 1080 },
  { width: 1080, height: 1080 },
] as const;

/**
 * A picture's background: the light or dark theme's paper, or none — with the light theme's
 * dark text, or (`transparent-dark`, for dark slides) the dark theme's light text.
 */
export type Background = 'light' | 'dark' | 'transparent' | 'transparent-dark';

/** The theme a picture on this background is drawn in. */
export function backgroundTheme(background: Background): 'light' | 'dark' {
  return background === 'dark' || background === 'transparent-dark' ? 'dark' : 'light';
}

export function isTransparent(background: Background): boolean {
  return background === 'transparent' || background === 'transparent-dark';
}
