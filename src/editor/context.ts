/** The editing session and its words, shared with every field of the form. */
import { getContext, setContext } from 'svelte';
import type { EditorSession } from './session.svelte';
import type { EditorWords } from './words';

const EDITOR_CONTEXT = Symbol('editor');

export interface EditorContext {
  session: EditorSession;
  /** The words in the page's language (a getter: they follow the language switch). */
  readonly words: EditorWords;
}

export function setEditorContext(context: EditorContext): EditorContext {
  return setContext(EDITOR_CONTEXT, context);
}

export function getEditorContext(): EditorContext {
  return getContext<EditorContext>(EDITOR_CONTEXT);
}
