/**
 * The colour tokens, light and dark: one set for the page's CSS (written out as custom
 * properties by `themeStylesheet`, served to the page as `virtual:theme.css`), the charts'
 * marks (written on the SVG elements, so an exported chart keeps its colours) and the
 * legends. `contrast.test.ts` checks every pair a reader relies on.
 */
export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export function isThemeName(value: string | null | undefined): value is ThemeName {
  return (THEME_NAMES as readonly (string | null | undefined)[]).includes(value);
}

/** The font stack of the page and of every chart: system fonts that PowerPoint, Keynote and Inkscape have too. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** The typefaces the EU rules allow for the words beside the emblem (those the reader's machine has; Art. 4(5)). */
export const ACKNOWLEDGEMENT_FONT = 'Arial, Verdana, Tahoma, "Trebuchet MS", Calibri, Ubuntu, sans-serif';

export interface Theme {
  name: ThemeName;
  // The page.
  ink: string;
  inkMuted: string;
  paper: string;
  panel: string;
  rule: string;
  accent: string;
  error: string;
  warning: string;
  success: string;
  focusRing: string;
  /** Background of a chosen row or notice. */
  highlight: string;
  tooltip: string;
  onTooltip: string;
  /** The words beside the EU emblem: reflex blue on light, white on dark (Implementing Regulation 821/2014, Art. 4(5)). */
  euInk: string;
  // Budget.
  eu: string;
  focus: string;
  own: string;
  onEu: string;
  onFocus: string;
  onOwn: string;
  // Timeline.
  actual: string;
  phase: string;
  onActual: string;
  planned: string;
  semesterOdd: string;
  semesterEven: string;
  event: string;
  /** Events of other partners while one is chosen. */
  faded: string;
  fadedText: string;
  today: string;
  grid: string;
  // Map.
  sea: string;
  country: string;
  countryStroke: string;
  partnerCountry: string;
  leadCountry: string;
  marker: string;
  leadMarker: string;
  /** The ring around a marker, between it and the country under it. */
  markerHalo: string;
  eventPlace: string;
}

export const LIGHT: Theme = {
  name: 'light',
  ink: '#1b1f24',
  inkMuted: '#525a63',
  paper: '#ffffff',
  panel: '#f4f6f8',
  rule: '#d5dae0',
  accent: '#0b4ea2',
  error: '#a4161a',
  warning: '#8a5a00',
  success: '#14532d',
  focusRing: '#b45309',
  highlight: '#fff3cd',
  tooltip: '#1b1f24',
  onTooltip: '#ffffff',
  euInk: '#003399',
  eu: '#0b4ea2',
  focus: '#c2410c',
  own: '#808b97',
  onEu: '#ffffff',
  onFocus: '#ffffff',
  onOwn: '#1b1f24',
  actual: '#0b4ea2',
  phase: '#2f6db5',
  onActual: '#ffffff',
  planned: '#808b97',
  semesterOdd: '#e3e7eb',
  semesterEven: '#cfd6dd',
  event: '#1b1f24',
  faded: '#8a939d',
  fadedText: '#5f6771',
  today: '#c2410c',
  grid: '#8a949e',
  sea: '#eaf2f8',
  country: '#f6f6f4',
  countryStroke: '#b9c0c7',
  partnerCountry: '#9ec1ea',
  leadCountry: '#5b8fd1',
  marker: '#1b1f24',
  leadMarker: '#0b2e5e',
  markerHalo: '#ffffff',
  eventPlace: '#6d28d9',
};

export const DARK: Theme = {
  name: 'dark',
  ink: '#e6e9ed',
  inkMuted: '#a7b0ba',
  paper: '#14171b',
  panel: '#1d2127',
  rule: '#3b434c',
  accent: '#8ab8f5',
  error: '#ff8a80',
  warning: '#f5c56b',
  success: '#7ee2a8',
  focusRing: '#ffb454',
  highlight: '#3d3217',
  tooltip: '#e6e9ed',
  onTooltip: '#14171b',
  euInk: '#ffffff',
  eu: '#5b9be8',
  focus: '#f08a4b',
  own: '#77828e',
  onEu: '#14171b',
  onFocus: '#14171b',
  onOwn: '#14171b',
  actual: '#5b9be8',
  phase: '#8cbcf3',
  onActual: '#14171b',
  planned: '#6b7784',
  semesterOdd: '#262b32',
  semesterEven: '#343b45',
  event: '#e6e9ed',
  faded: '#68727d',
  fadedText: '#98a1ab',
  today: '#f08a4b',
  grid: '#5f6b78',
  sea: '#0f1a24',
  country: '#23282f',
  countryStroke: '#4a535d',
  partnerCountry: '#2b4a70',
  leadCountry: '#3d6ea8',
  marker: '#f2f4f6',
  leadMarker: '#ffffff',
  markerHalo: '#14171b',
  eventPlace: '#c4a5ff',
};

export const THEMES: Record<ThemeName, Theme> = { light: LIGHT, dark: DARK };

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function properties(theme: Theme): string {
  return Object.entries(theme)
    .filter(([name]) => name !== 'name')
    .map(([name, value]) => `--${kebab(name)}: ${value};`)
    .join(' ');
}

/**
 * The page's colours as custom properties: light by default, dark when the system asks for
 * it and the page has not chosen light, and whichever `data-theme` the page has chosen.
 */
export function themeStylesheet(): string {
  return [
    `:root { ${properties(LIGHT)} --font: ${FONT_FAMILY}; --eu-font: ${ACKNOWLEDGEMENT_FONT}; color-scheme: light; }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { ${properties(DARK)} color-scheme: dark; } }`,
    `:root[data-theme='dark'] { ${properties(DARK)} color-scheme: dark; }`,
    `:root[data-theme='light'] { ${properties(LIGHT)} color-scheme: light; }`,
    // Paper is white, and browsers leave backgrounds out of print: a dark page prints in the light
    // colours (a page with or without a theme of its own: as specific as the rules above, and after them).
    `@media print { :root:is([data-theme], :not([data-theme])) { ${properties(LIGHT)} color-scheme: light; } }`,
  ].join('\n');
}
