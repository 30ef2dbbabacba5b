/**
 * The importer off the page's thread: a 2,000-project workbook is read and joined here while the
 * page stays responsive. The page sends the files ("open"), gets the projects' summaries back,
 * then asks for the one chosen ("pick"); the gazetteer is fetched from the page's own site the
 * first time a town is looked up.
 */
import { openExport, projectFileOf, summaryOf, type ImportedProject, type ExportFormat } from './index';
import { gazetteerLoader } from './gazetteer';
import type { ToWorker, FromWorker } from './messages';

let projects: ImportedProject[] = [];
let format: ExportFormat = 'keep';
let gazetteerUrl = '';

const places = gazetteerLoader(() => gazetteerUrl);

const answer = (message: FromWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  void (async () => {
    try {
      if (message.type === 'open') {
        gazetteerUrl = message.gazetteerUrl;
        const opened = await openExport(message.files, places);
        if (!opened.ok) return answer({ type: 'failed', id: message.id, problems: opened.problems });
        projects = opened.projects;
        format = opened.format;
        answer({ type: 'opened', id: message.id, format, summaries: projects.map(summaryOf) });
      } else {
        const project = projects.find((p) => p.key === message.key);
        if (!project) return answer({ type: 'failed', id: message.id, problems: [{ key: 'unknownProject', params: { project: message.key } }] });
        const built = projectFileOf(project, { fileName: message.fileName, downloaded: message.downloaded, gazetteer: await places() });
        answer({ type: 'built', id: message.id, format, acronym: project.acronym, ...built });
      }
    } catch (error) {
      // Our bug or a missing gazetteer: the page says so in its words; the error is for the console.
      console.warn('import failed', error);
      answer({ type: 'error', id: message.id });
    }
  })();
});
