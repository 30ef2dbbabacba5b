/**
 * Sharing the main thread: the page's work is done in tasks of about `TASK_BUDGET_MS` at most
 * where it can be split, so input and painting come in between (a 2,000-event file never holds
 * the page for long). A task's clock starts at its first question (or at `beginTask`, where the
 * page starts a task of its own); a chart asked to draw late in a long task draws in the next.
 */

/**
 * How long a task may run before the next piece of work waits for a task of its own: 50 ms, what
 * makes a task "long" (the Long Tasks API). Shorter budgets (16 ms) cut the page's start into
 * more pieces but each cut costs a frame of the whole page: a large file was drawn ~50 ms later
 * and Lighthouse's phone saw no less blocking.
 */
export const TASK_BUDGET_MS = 50;

let started: number | undefined;

/** The page starts a task of its own work (a view mounted in its own task). */
export function beginTask(now = performance.now()): void {
  started = now;
  setTimeout(() => (started = undefined));
}

/** Milliseconds this task has run, counted from its first question (or `beginTask`). */
export function taskTime(now = performance.now()): number {
  if (started === undefined) beginTask(now);
  return now - started!;
}

/** Whether the next piece of work (of about `budget − TASK_BUDGET_MS` ms or more) should wait for a task of its own. */
export function overBudget(budget = TASK_BUDGET_MS): boolean {
  return taskTime() > budget;
}

/** Input that starts a task of page work (a language switch, a zoom, back and forward). */
const INPUT_EVENTS = ['change', 'input', 'click', 'keydown', 'pointerup', 'popstate'] as const;

/** Starts the task clock at each input, before the page reacts to it; returns the way to stop. */
export function clockInput(target: Window): () => void {
  const start = (event: Event) => beginTask(event.timeStamp > 0 ? Math.min(performance.now(), event.timeStamp) : undefined);
  for (const type of INPUT_EVENTS) target.addEventListener(type, start, { capture: true });
  return () => {
    for (const type of INPUT_EVENTS) target.removeEventListener(type, start, { capture: true });
  };
}

/** Resolves in a task of its own, after what is already queued (input, painting). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` in a task of its own after the next frame, so what an input already changed (a
 * radio button, the map moved under the pointer) is painted before the heavy work that follows
 * from it (a page redrawn in another language, the map drawn again at rest). In a hidden tab,
 * which paints nothing, after the current task. `settleMs` waits that much longer after the
 * frame: a large picture's frame is still being rasterised on another thread when the main
 * thread is free, and on two cores heavy work at once holds it back. Returns a way to cancel it.
 */
export function afterNextPaint(work: () => void, settleMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  if (document.visibilityState === 'hidden') timer = setTimeout(work, 0);
  else frame = requestAnimationFrame(() => (timer = setTimeout(work, settleMs)));
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
