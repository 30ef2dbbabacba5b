/**
 * The loaded project as runes state. A file that fails never replaces one that works:
 * its problems are shown and the previous project stays.
 */
import { getContext, setContext } from 'svelte';
import type { Project } from './schema';
import type { Problem } from './problems';
import type { Loaded } from './load';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class ProjectStore {
  status = $state<LoadStatus>('loading');
  /** What is being loaded or was loaded last. */
  fileName = $state('');
  project = $state.raw<Project | undefined>(undefined);
  /** The shown project's file as it was read. */
  sourceText = $state.raw<string | undefined>(undefined);
  errors = $state.raw<Problem[]>([]);
  warnings = $state.raw<Problem[]>([]);
  /** Counts loads, so a slow one that finishes after a newer one is dropped. */
  #latest = 0;

  /** Runs a load; `load` is any function that ends in a Loaded (fetch or file read). */
  async load(fileName: string, load: () => Promise<Loaded>): Promise<void> {
    const ticket = ++this.#latest;
    this.status = 'loading';
    this.fileName = fileName;
    const { fileName: loadedName, validation, text } = await load().catch(
      (error: unknown): Loaded => ({
        fileName,
        validation: {
          ok: false,
          // A bug of ours must not blank the page: it is reported like a problem with the file.
          errors: [{ severity: 'error', path: '', expected: 'valid', found: String(error), params: {} }],
          warnings: [],
        },
      }),
    );
    if (ticket !== this.#latest) return;
    this.fileName = loadedName;
    this.warnings = validation.warnings;
    if (validation.ok) {
      this.project = validation.project;
      this.sourceText = text;
      this.errors = [];
      this.status = 'ready';
    } else {
      this.errors = validation.errors;
      this.status = 'failed';
    }
  }

  dismissProblems(): void {
    this.errors = [];
    this.warnings = [];
  }
}

/** Exported for component tests, which hand contexts to `render`. */
export const PROJECT_CONTEXT = Symbol('project');

export function setProjectContext(store: ProjectStore): ProjectStore {
  return setContext(PROJECT_CONTEXT, store);
}

export function getProjectContext(): ProjectStore {
  return getContext<ProjectStore>(PROJECT_CONTEXT);
}
