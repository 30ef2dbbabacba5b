/**
 * The timeline in words: how to read it (actual over planned, events as diamonds) and where the
 * project stands. One composition for the page's caption, the slide's speaker notes and the
 * picture's alt text.
 */
import { phrase, type Phrase } from '../chart/phrase';
import type { PreparedProject } from '../project/prepared';
import { datedEvents } from './shape';

export function timelineSummary({ project, status, words: { t } }: PreparedProject): Phrase {
  return phrase(t.timeline.caption({ status, events: datedEvents(project).length > 0, phases: (project.phases?.length ?? 0) > 0 }));
}
