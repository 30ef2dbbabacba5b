/**
 * The loaded project as runes state. A file that fails never replaces one that works:
 * its problems are shown and the previous project stays.
 */
import { getContext, setContext } from 'svelte';
import type { Project } from './schema';
import type { Problem } from './problems';
import { LOAD_TIMEOUT_MS, type Loaded } from './load';

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
  #controller: AbortController | undefined;
  #last: { fileName: string; load: (signal: AbortSignal) => Promise<Loaded>; builtIn: boolean; local: boolean } | undefined;
  /** Whether the last load can be tried again (a network failure, not a bad file). */
  retryable = $state(false);
  /** Where the shown project came from: the file shipped with the dashboard, or another one (named). */
  origin = $state.raw<{ builtIn: boolean; name: string; /** Opened from the reader's own computer: no address can name it. */ local?: boolean } | undefined>(undefined);

  /**
   * Runs a load; `load` is any function that ends in a Loaded (fetch or file read). It is given
   * a signal that the reader's Cancel and the timeout abort.
   */
  async load(fileName: string, load: (signal: AbortSignal) => Promise<Loaded>, { builtIn = false, local = false, timeoutMs = LOAD_TIMEOUT_MS } = {}): Promise<void> {
    const ticket = ++this.#latest;
    this.#controller?.abort('superseded');
    const controller = (this.#controller = new AbortController());
    const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
    this.#last = { fileName, load, builtIn, local };
    this.status = 'loading';
    this.fileName = fileName;
    const { fileName: loadedName, validation, text } = await load(controller.signal).finally(() => clearTimeout(timer)).catch(
      (error: unknown): Loaded => ({
        fileName,
        validation: {
          ok: false,
          // A bug of ours must not blank the page: it is reported like a problem with the file,
          // in our words (the error's own text is for developers, in the console).
          errors: [{ severity: 'error', path: '', expected: 'reachableFile', found: fileName, params: { internal: String(error) } }],
          warnings: [],
        },
      }),
    );
    if (ticket !== this.#latest) return;
    if (controller.signal.aborted && controller.signal.reason === 'cancelled') {
      // The reader changed their mind: what was shown stays, without a message.
      this.status = this.project ? 'ready' : 'failed';
      return;
    }
    this.retryable = !validation.ok && validation.errors.some((e) => e.expected === 'inTime' || e.expected === 'answered' || e.expected === 'reachableFile');
    this.fileName = loadedName;
    this.warnings = validation.warnings;
    if (validation.ok) {
      this.project = validation.project;
      this.sourceText = text;
      this.origin = { builtIn, name: fileName, local };
      this.errors = [];
      this.status = 'ready';
    } else {
      this.errors = validation.errors;
      this.status = 'failed';
    }
  }

  /** Stops the load under way. */
  cancel(): void {
    this.#controller?.abort('cancelled');
  }

  /** Runs the last load again (after a network failure). */
  retry(): Promise<void> {
    return this.#last ? this.load(this.#last.fileName, this.#last.load, { builtIn: this.#last.builtIn, local: this.#last.local }) : Promise.resolve();
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
