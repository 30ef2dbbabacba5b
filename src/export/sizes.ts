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
