/**
 * A project prepared for its views: after validation, what every chart, summary, picture and
 * table says about the file that does not depend on a chart's size — the derived figures, the
 * fund's words, each view's source line, where the project stands — worked out once per file,
 * language and day. The views, their pictures and the deck read them here; none derives them again.
 */
import type { Project } from '../data/schema';
import { sourceLine, viewSourceIds, type ChartWords } from '../chart/context';
import { projectFigures, type ProjectFigures } from './figures';
import { shownText } from '../data/text';

export type ViewName = 'map' | 'budget' | 'timeline';

export interface PreparedProject {
  project: Project;
  /** The language, dictionary, formats and day it was prepared for (no reader's selection: that is the view's). */
  words: Omit<ChartWords, 'selection'>;
  figures: ProjectFigures;
  fund: {
    /** As the file writes it: "ERDF". */
    code: string;
    /** In the page's language: "ERDF", "ERAF". */
    name: string;
    /** Spelled out once in a sentence: "the European Regional Development Fund (ERDF)". */
    spelledOut: string;
  };
  /** "Source: … · checked …", for each view's figures. */
  source: Record<ViewName, string>;
  /** Where the project stands, in one sentence: completed (on its last day), running, or not started. */
  status: string;
}

const prepared = new WeakMap<Project, Map<string, PreparedProject>>();

/** The project prepared for `words` (its language and day), made once and kept with the project. */
export function prepareProject(project: Project, words: ChartWords): PreparedProject {
  let byWords = prepared.get(project);
  if (!byWords) prepared.set(project, (byWords = new Map()));
  // The formats are the language's own, in the project's currency: the language, the currency and
  // the day name the words (a page sets its currency once the project is in, after a view may have
  // prepared it in the default's).
  const key = `${words.lang} ${words.f.currency} ${words.today}`;
  let ready = byWords.get(key);
  if (!ready || ready.words.t !== words.t) byWords.set(key, (ready = prepare(project, words)));
  return ready;
}

function prepare(project: Project, { lang, t, f, today }: ChartWords): PreparedProject {
  const words = { lang, t, f, today };
  const figures = projectFigures(project, today);
  const name = t.funds[project.fund] ?? shownText(project.fund);
  const source = (view: ViewName) => sourceLine(project, viewSourceIds(view, project), words);
  return {
    project,
    words,
    figures,
    fund: { code: project.fund, name, spelledOut: t.fundSpelledOut[project.fund] ?? name },
    source: { map: source('map'), budget: source('budget'), timeline: source('timeline') },
    status:
      figures.status === 'completed' ? t.timeline.captionCompleted(f.date(figures.end)) : figures.status === 'running' ? t.timeline.captionRunning : t.timeline.captionNotStarted,
  };
}
