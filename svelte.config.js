import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Runes only: Svelte 4 syntax (stores, `export let`) is a compile error here. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
};
