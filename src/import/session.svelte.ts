/**
 * An import in the page, as runes state: the export's files sent to the worker, the list of its
 * projects to pick from, the chosen one built, and then shown through the project store like any
 * file opened from the reader's computer (a file that fails never replaces the project shown).
 * What was imported, from what and when, and what is missing stay beside it for the notice.
 */
import type { ExportFormat, ProjectSummary } from './imported';
import type { ImportNote, ImportProblem } from './problems';
import type { FromWorker, ToWorker } from './messages';
import type { ProjectStore } from '../data/projectStore.svelte';
import { validateProjectText } from '../data/validate';
import { shownName } from '../data/load';

export type ImportStatus = 'idle' | 'reading' | 'picking' | 'building' | 'failed';

/** The worker the importer runs in (its own chunk, loaded only when a file is imported). */
function importWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** The calendar day (UTC) of a file's last-modified time. */
function dayOf(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

export class ImportSession {
  status = $state<ImportStatus>('idle');
  fileName = $state('');
  format = $state<ExportFormat>('keep');
  summaries = $state.raw<ProjectSummary[]>([]);
  problems = $state.raw<ImportProblem[]>([]);
  /** Our own failure (no words from it are shown). */
  internal = $state(false);
  /** The project shown from an import: its notes and the file to download. */
  imported = $state.raw<{ format: ExportFormat; fileName: string; on: string; notes: ImportNote[]; text: string; id: string } | undefined>(undefined);
  #worker: Worker | undefined;
  #asked = 0;
  #downloaded = '';
  #store: ProjectStore;
  #today: () => string;
  #makeWorker: () => Worker;

  constructor(store: ProjectStore, today: () => string, makeWorker: () => Worker = importWorker) {
    this.#store = store;
    this.#today = today;
    this.#makeWorker = makeWorker;
  }

  #ask(message: ToWorker extends infer M ? (M extends ToWorker ? Omit<M, 'id'> : never) : never, transfer: Transferable[] = []): Promise<FromWorker> {
    const id = ++this.#asked;
    const worker = (this.#worker ??= this.#makeWorker());
    return new Promise((resolve) => {
      const heard = (event: MessageEvent<FromWorker>) => {
        if (event.data.id !== id) return;
        worker.removeEventListener('message', heard);
        worker.removeEventListener('error', failed);
        resolve(event.data);
      };
      const failed = () => {
        worker.removeEventListener('message', heard);
        worker.removeEventListener('error', failed);
        this.#worker?.terminate();
        this.#worker = undefined;
        resolve({ type: 'error', id });
      };
      worker.addEventListener('message', heard);
      worker.addEventListener('error', failed);
      worker.postMessage({ ...message, id } as ToWorker, transfer);
    });
  }

  /** Reads an export (one file, or CORDIS's two CSV files together). */
  async open(files: readonly File[], gazetteerUrl: string): Promise<void> {
    this.fileName = files.map((f) => shownName(f.name)).join(', ');
    this.status = 'reading';
    this.problems = [];
    this.internal = false;
    const asked = this.#asked + 1;
    let read: { name: string; bytes: Uint8Array }[];
    try {
      read = await Promise.all(files.map(async (f) => ({ name: shownName(f.name), bytes: new Uint8Array(await f.arrayBuffer()) })));
    } catch {
      return this.#fail([{ key: 'unreadable', params: { file: this.fileName } }]);
    }
    // The download day is the file's own date (when the export was saved); else today.
    const modified = files[0]?.lastModified;
    this.#downloaded = modified ? dayOf(modified) : this.#today();
    const answer = await this.#ask({ type: 'open', files: read, gazetteerUrl }, read.map((f) => f.bytes.buffer));
    if (asked !== this.#asked) return;
    if (answer.type === 'opened') {
      this.format = answer.format;
      this.summaries = answer.summaries;
      if (answer.summaries.length === 1) return this.pick(answer.summaries[0]!.key);
      this.status = 'picking';
    } else if (answer.type === 'failed') this.#fail(answer.problems);
    else this.#fail([], true);
  }

  /** Builds the chosen project and shows it. */
  async pick(key: string): Promise<void> {
    this.status = 'building';
    const answer = await this.#ask({ type: 'pick', key, fileName: this.fileName, downloaded: this.#downloaded });
    if (answer.type === 'failed') return this.#fail(answer.problems);
    if (answer.type !== 'built') return this.#fail([], true);
    if (answer.problems.length > 0) return this.#fail(answer.problems);
    const text = `${JSON.stringify(answer.file, null, 2)}\n`;
    const fileName = this.fileName;
    await this.#store.load(fileName, async () => ({ fileName, text, validation: validateProjectText(text, text.length) }), { local: true });
    this.status = 'idle';
    this.summaries = [];
    if (this.#store.origin?.name === fileName && this.#store.sourceText === text)
      this.imported = { format: answer.format, fileName, on: this.#today(), notes: answer.notes, text, id: answer.file.id };
  }

  #fail(problems: ImportProblem[], internal = false): void {
    this.problems = problems;
    this.internal = internal;
    this.status = 'failed';
  }

  cancel(): void {
    this.#asked++;
    this.status = 'idle';
    this.summaries = [];
  }

  dismiss(): void {
    this.status = 'idle';
    this.problems = [];
    this.internal = false;
  }

  /** Another file was opened: the notice of an import no longer applies. */
  forget(): void {
    this.imported = undefined;
  }
}
