/** What the page and the import worker say to each other. */
import type { ExportFormat, ProjectSummary } from './imported';
import type { ExportFile } from './read';
import type { ImportNote, ImportProblem } from './problems';
import type { ProjectInput } from '../data/schema';

export type ToWorker =
  | { type: 'open'; id: number; files: ExportFile[]; gazetteerUrl: string }
  | { type: 'pick'; id: number; key: string; fileName: string; downloaded: string };

export type FromWorker =
  | { type: 'opened'; id: number; format: ExportFormat; summaries: ProjectSummary[] }
  | { type: 'built'; id: number; format: ExportFormat; acronym: string; file: ProjectInput; notes: ImportNote[]; problems: ImportProblem[] }
  | { type: 'failed'; id: number; problems: ImportProblem[] }
  | { type: 'error'; id: number };
