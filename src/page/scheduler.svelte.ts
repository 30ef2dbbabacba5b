/**
 * The page's one scheduler: which view is mounted in which task, and when the app has taken over.
 * The views come one per task, each below the last, and the next is mounted only once the one
 * before has said it is in (its chart on the page, or nothing to draw) or that it failed (and
 * says so in its place): nothing shown is pushed down, and no task holds two views' drawing. The
 * take-over of the page drawn at build time ends when every shown view has said one or the other:
 * on the views' own word, not on a timer or a performance mark.
 */
import { getContext, setContext } from 'svelte';

export type ViewOutcome = 'in' | 'failed';

/** What a mounted view says, once: bound to the page's run it was mounted in. */
export interface ViewReport {
  in(): void;
  failed(): void;
}

export class PageScheduler {
  /** How many of the views are mounted: the page shows the first this many. */
  mounted = $state(0);
  /** Every view of the run under way has said it is in or failed. */
  allIn = $state(false);
  #run = 0;
  // Plain records: what the views said is not state the page draws.
  #outcomes: Partial<Record<string, ViewOutcome>> = {};
  #waiting: Partial<Record<string, ((outcome: ViewOutcome) => void)[]>> = {};

  /** What `view` says, for the run now under way; a word from a run started again since is not heard. */
  reporter(view: string): ViewReport {
    const run = this.#run;
    const say = (outcome: ViewOutcome) => {
      if (run === this.#run) this.#settle(view, outcome);
    };
    return { in: () => say('in'), failed: () => say('failed') };
  }

  /** Resolves with the view's first word in this run, at once if it has said it. */
  outcome(view: string): Promise<ViewOutcome> {
    const said = this.#outcomes[view];
    if (said) return Promise.resolve(said);
    return new Promise((done) => (this.#waiting[view] = [...(this.#waiting[view] ?? []), done]));
  }

  /**
   * Mounts `views` one per task (`nextTask`, then `begin` as the task's work starts), each once
   * the one before has said it is in or failed. Resolves true when every view has said so; false
   * if the page started again (another project) before.
   */
  async start(views: readonly string[], nextTask: () => Promise<void>, begin: () => void = () => {}): Promise<boolean> {
    const run = ++this.#run;
    this.#outcomes = {};
    this.#waiting = {};
    this.mounted = 0;
    this.allIn = false;
    for (const view of views) {
      await nextTask();
      if (run !== this.#run) return false;
      begin();
      this.mounted += 1;
      await this.outcome(view);
      if (run !== this.#run) return false;
    }
    this.allIn = true;
    return true;
  }

  /** The page stops mounting (a project that failed to load, or the app going away): a run under way never ends. */
  stop(): void {
    this.#run += 1;
    this.#waiting = {};
  }

  #settle(view: string, outcome: ViewOutcome): void {
    if (this.#outcomes[view]) return;
    this.#outcomes[view] = outcome;
    for (const done of this.#waiting[view] ?? []) done(outcome);
    delete this.#waiting[view];
  }
}

/** The scheduler's context key (exported for component tests). */
export const SCHEDULER_CONTEXT = Symbol('page scheduler');
const REPORT = Symbol('view report');

export function setSchedulerContext(scheduler: PageScheduler): PageScheduler {
  return setContext(SCHEDULER_CONTEXT, scheduler);
}

export function getSchedulerContext(): PageScheduler | undefined {
  return getContext<PageScheduler | undefined>(SCHEDULER_CONTEXT);
}

/** Each view's subtree hears how to report: set by the view's boundary on the page. */
export function setViewReport(report: ViewReport): ViewReport {
  return setContext(REPORT, report);
}

/** The view's report; undefined where a view is drawn alone (tests, presentation). */
export function getViewReport(): ViewReport | undefined {
  return getContext<ViewReport | undefined>(REPORT);
}
