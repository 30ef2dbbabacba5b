/** The colour tokens as CSS custom properties, made by the Vite config from src/chart/theme.ts. */
declare module 'virtual:theme.css';
