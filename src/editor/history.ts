/**
 * Undo and redo over drafts. Typing into one field is one step, however many keys it took: a
 * change to the same field within `MERGE_MS` of the last replaces it instead of adding one.
 */
export const MERGE_MS = 1000;
const MOST_STEPS = 200;

export class History<T> {
  #past: T[] = [];
  #future: T[] = [];
  #present: T;
  #lastKey: string | undefined;
  #lastAt = -Infinity;

  constructor(present: T) {
    this.#present = present;
  }

  get present(): T {
    return this.#present;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** A new state; `key` names the field changed, so that typing in it merges into one step. */
  push(next: T, key?: string, now = Date.now()): void {
    if (next === this.#present) return;
    const merge = key !== undefined && key === this.#lastKey && now - this.#lastAt < MERGE_MS && this.#past.length > 0;
    if (!merge) {
      this.#past.push(this.#present);
      if (this.#past.length > MOST_STEPS) this.#past.shift();
    }
    this.#present = next;
    this.#future = [];
    this.#lastKey = key;
    this.#lastAt = now;
  }

  undo(): T {
    const previous = this.#past.pop();
    if (previous !== undefined) {
      this.#future.push(this.#present);
      this.#present = previous;
    }
    this.#lastKey = undefined;
    return this.#present;
  }

  redo(): T {
    const next = this.#future.pop();
    if (next !== undefined) {
      this.#past.push(this.#present);
      this.#present = next;
    }
    this.#lastKey = undefined;
    return this.#present;
  }

  /** Starts again from `present`, with nothing to undo (another project opened). */
  reset(present: T): void {
    this.#past = [];
    this.#future = [];
    this.#present = present;
    this.#lastKey = undefined;
  }
}
