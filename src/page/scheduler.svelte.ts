/**
 * The page's one scheduler: which view is mounted in which task, and when the app has taken over.
 * The views come one per task, each below the last, and the next is mounted only once the one
 * before has its place on the page: it has said it is in (its chart on the page, or nothing to
 * draw), that it failed (and says so in its place), or that it is placed (its room laid out, its
 * chart to come: the map waiting for Europe's geometry). Nothing shown is pushed down, no task
 * holds two views' drawing, and a slow download holds back no other view. The take-over of the
 * page drawn at build time ends when every shown view has said it is in or failed: on the views'
 * own word, not on a timer or a performance mark.
 */
import { getContext, setContext } from 'svelte';

export type ViewOutcome = 'in' | 'failed';

/** What a mounted view says, once: bound to the page's run it was mounted in. */
export interface ViewReport {
  in(): void;
  failed(): void;
  /** Its room on the page is laid out; its chart comes later (the next view may come below it). */
  placed(): void;
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
  #placed: Partial<Record<string, true>> = {};
  #waitingForPlace: Partial<Record<string, (() => void)[]>> = {};

  /** What `view` says, for the run now under way; a word from a run started again since is not heard. */
  reporter(view: string): ViewReport {
    const run = this.#run;
    const say = (outcome: ViewOutcome) => {
      if (run === this.#run) this.#settle(view, outcome);
    };
    return {
      in: () => say('in'),
      failed: () => say('failed'),
      placed: () => {
        if (run === this.#run) this.#place(view);
      },
    };
  }

  /** Resolves with the view's first word in this run, at once if it has said it. */
  outcome(view: string): Promise<ViewOutcome> {
    const said = this.#outcomes[view];
    if (said) return Promise.resolve(said);
    return new Promise((done) => (this.#waiting[view] = [...(this.#waiting[view] ?? []), done]));
  }

  /** Resolves once the view has its place on the page: placed, in or failed. */
  #hasPlace(view: string): Promise<void> {
    if (this.#placed[view]) return Promise.resolve();
    return new Promise((done) => (this.#waitingForPlace[view] = [...(this.#waitingForPlace[view] ?? []), done]));
  }

  /**
   * Mounts `views` one per task (`nextTask`, then `begin` as the task's work starts), each once
   * the one before has its place. Resolves true when every view has said it is in or failed;
   * false if the page started again (another project) before.
   */
  async start(views: readonly string[], nextTask: () => Promise<void>, begin: () => void = () => {}): Promise<boolean> {
    const run = ++this.#run;
    this.#outcomes = {};
    this.#waiting = {};
    this.#placed = {};
    this.#waitingForPlace = {};
    this.mounted = 0;
    this.allIn = false;
    for (const view of views) {
      await nextTask();
      if (run !== this.#run) return false;
      begin();
      this.mounted += 1;
      await this.#hasPlace(view);
      if (run !== this.#run) return false;
    }
    await Promise.all(views.map((view) => this.outcome(view)));
    if (run !== this.#run) return false;
    this.allIn = true;
    return true;
  }

  /** The page stops mounting (a project that failed to load, or the app going away): a run under way never ends. */
  stop(): void {
    this.#run += 1;
    this.#waiting = {};
    this.#waitingForPlace = {};
  }

  #settle(view: string, outcome: ViewOutcome): void {
    if (this.#outcomes[view]) return;
    this.#outcomes[view] = outcome;
    for (const done of this.#waiting[view] ?? []) done(outcome);
    delete this.#waiting[view];
    this.#place(view);
  }

  #place(view: string): void {
    if (this.#placed[view]) return;
    this.#placed[view] = true;
    for (const done of this.#waitingForPlace[view] ?? []) done();
    delete this.#waitingForPlace[view];
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
