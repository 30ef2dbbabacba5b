/**
 * One editing session as runes state: the draft, its undo history, what the validator says of it
 * (field by field), what is kept in this browser, and the preview handed to the page. The form's
 * components read and change it; nothing here touches the DOM but the focus asked for.
 */
import { validateProject, type Validation } from '../data/validate';
import type { Problem } from '../data/problems';
import { History } from './history';
import { duplicateAt, fieldId, fileOf, fileText, insertAt, moveAt, problemsByField, removeAt, removePartner, setOf, toggled, valueAt, withField, type Draft, type Path, type Unlinked } from './draft';
import { currentTime, forgetDraft, readStoredDraft, storeDraft, type DraftStorage } from './storage';

/** How long after the last change the draft is checked, kept and previewed. */
const CHECK_MS = 250;
const PREVIEW_MS = 500;

export class EditorSession {
  /** The draft, or undefined while the person has not chosen what to start from. */
  draft = $state.raw<Draft | undefined>();
  validation = $state.raw<Validation | undefined>();
  /** Fields the person has changed: their problems are shown at them (all are listed above). */
  touched = $state.raw<ReadonlySet<string>>(setOf());
  /** Every field's problem shown, not only the touched ones' (after asking to download, or to see them). */
  showAll = $state(false);
  /** What was last done that the page should say (a partner removed and what it took with it). */
  removed = $state.raw<{ name: string; unlinked: Unlinked } | undefined>();
  /** The draft kept in this browser: when, and whether the browser would keep it. */
  keptAt = $state<string | undefined>();
  notKept = $state(false);
  /** A draft found in storage that could not be read. */
  unreadable = $state(false);
  /** The draft was brought back from storage, kept at this time. */
  restoredFrom = $state<string | undefined>();
  /** The last draft without errors, handed to the preview. */
  previewed = $state.raw<Draft | undefined>();
  /** A field to reveal and focus: the lists open the entry it is in. */
  focusRequest = $state.raw<{ path: (string | number)[]; n: number } | undefined>();
  canUndo = $state(false);
  canRedo = $state(false);

  #history = new History<Draft | undefined>(undefined);
  #storage: DraftStorage | undefined;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  #preview: (text: string | undefined) => void;
  #now: () => Date;

  /** `preview` is handed each valid draft's file, and undefined when the draft has errors (the last valid one stays shown). */
  constructor(storage: DraftStorage | undefined, preview: (text: string | undefined) => void, now: () => Date = currentTime) {
    this.#storage = storage;
    this.#preview = preview;
    this.#now = now;
    const stored = readStoredDraft(storage);
    if (stored.kind === 'draft') {
      this.restoredFrom = stored.savedAt;
      this.keptAt = stored.savedAt;
      this.begin(stored.draft, false);
    } else if (stored.kind === 'unreadable') this.unreadable = true;
  }

  /** Starts editing `draft` (a new project, the one shown, a file): nothing to undo before it. */
  begin(draft: Draft, keep = true): void {
    this.unreadable = false;
    this.#history.reset(draft);
    this.touched = setOf();
    this.showAll = false;
    this.removed = undefined;
    this.previewed = undefined;
    this.#set(draft, keep);
    this.#checkNow();
  }

  /** Problems by the id of the field they are about; one with no field of its own goes to the nearest one that contains it. */
  readonly problems: Map<string, Problem[]> = $derived(problemsByField(this.validation ? [...(this.validation.ok ? [] : this.validation.errors), ...this.validation.warnings] : []));

  readonly errors: Problem[] = $derived(this.validation && !this.validation.ok ? this.validation.errors : []);
  readonly warnings: Problem[] = $derived(this.validation?.warnings ?? []);

  /** Whether a field's problems are shown at it. */
  shows(id: string): boolean {
    return this.showAll || this.touched.has(id);
  }

  value(path: Path): unknown {
    return valueAt(this.draft, path);
  }

  /** A field changed to `value` (undefined: emptied). */
  change(path: Path, value: unknown): void {
    if (!this.draft) return;
    const id = fieldId(path);
    this.touched = toggled(this.touched, id, true);
    this.#set(withField(this.draft, path, value), true, id);
  }

  add(listPath: Path, entry: unknown): number {
    if (!this.draft) return -1;
    const list = valueAt(this.draft, listPath);
    const index = Array.isArray(list) ? list.length : 0;
    this.#set(insertAt(this.draft, listPath, index, entry));
    return index;
  }

  remove(listPath: Path, index: number, name: string): void {
    if (!this.draft) return;
    if (listPath.length === 1 && listPath[0] === 'partners') {
      const { draft, unlinked } = removePartner(this.draft, index);
      this.#set(draft);
      this.removed = { name, unlinked };
    } else {
      this.#set(removeAt(this.draft, listPath, index));
      this.removed = { name, unlinked: { focusPartner: false, events: 0, groups: 0 } };
    }
  }

  move(listPath: Path, from: number, to: number): void {
    if (this.draft) this.#set(moveAt(this.draft, listPath, from, to));
  }

  duplicate(listPath: Path, index: number): void {
    if (this.draft) this.#set(duplicateAt(this.draft, listPath, index));
  }

  undo(): void {
    this.#restore(this.#history.undo());
  }

  redo(): void {
    this.#restore(this.#history.redo());
  }

  /** Asks the form to open what holds `path` and focus its field. */
  reveal(path: (string | number)[]): void {
    this.focusRequest = { path, n: (this.focusRequest?.n ?? 0) + 1 };
  }

  /** The downloadable file's text, or undefined while the draft has errors. */
  file(): string | undefined {
    this.#checkNow();
    this.showAll = true;
    return this.draft && this.validation?.ok ? fileText(this.draft) : undefined;
  }

  /** Drops the draft (kept and shown): back to the choice of what to start from. */
  discard(): void {
    forgetDraft(this.#storage);
    this.unreadable = false;
    this.restoredFrom = undefined;
    this.keptAt = undefined;
    this.draft = undefined;
    this.validation = undefined;
    this.#history.reset(undefined);
    this.#sync();
  }

  dispose(): void {
    clearTimeout(this.#checkTimer);
    clearTimeout(this.#previewTimer);
  }

  #restore(draft: Draft | undefined): void {
    this.draft = draft;
    this.#sync();
    this.#schedule();
  }

  #set(next: Draft, keep = true, key?: string): void {
    this.#history.push(next, key);
    this.draft = next;
    this.#sync();
    if (keep) this.#schedule();
  }

  #sync(): void {
    this.canUndo = this.#history.canUndo;
    this.canRedo = this.#history.canRedo;
  }

  #schedule(): void {
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => {
      this.#checkNow();
      if (!this.draft) return;
      const now = this.#now();
      if (storeDraft(this.#storage, this.draft, now)) {
        this.keptAt = now.toISOString();
        this.notKept = false;
      } else this.notKept = true;
    }, CHECK_MS);
  }

  #checkNow(): void {
    clearTimeout(this.#checkTimer);
    const draft = this.draft;
    if (!draft) return;
    const validation = validateProject(fileOf(draft));
    this.validation = validation;
    if (!validation.ok) {
      clearTimeout(this.#previewTimer);
      this.#preview(undefined);
    } else if (draft !== this.previewed) {
      clearTimeout(this.#previewTimer);
      this.#previewTimer = setTimeout(() => {
        this.previewed = draft;
        this.#preview(fileText(draft));
      }, this.previewed ? PREVIEW_MS : 0);
    }
  }
}

export { firstText, firstTextLanguage } from './draft';
