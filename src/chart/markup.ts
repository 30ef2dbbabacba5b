/**
 * Text made safe inside a markup attribute or element written as a string (`&`, `"`, `<` and
 * `>`). A module of its own, importing nothing, so the build's scripts (the page drawn at build
 * time) take it too.
 */
export const escapeMarkup = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
