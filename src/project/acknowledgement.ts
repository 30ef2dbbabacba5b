/**
 * The EU acknowledgement a project shows beside the Union emblem, worked out from the file's
 * programme and fund (shared/facts/eu-visibility.md):
 * - a 2014-2020 programme: "European Union" written out, and the fund named under it
 *   (Implementing Regulation 821/2014, Art. 4);
 * - a 2021-2027 programme: "Co-funded by the European Union" next to the emblem
 *   (Regulation 2021/1060, Annex IX);
 * - a programme whose period the file does not say: the neutral "Co-funded by the European Union".
 * The file's `acknowledgement` overrides the statement or the fund's name.
 */
import type { Project, Text } from '../data/schema';
import { shownText, textWithLang } from '../data/text';

export type ProgrammePeriod = '2014-2020' | '2021-2027' | 'unknown';

/** The programming period the programme's name says: "Interreg Europe 2014-2020", "Interreg VI-A 2021–27". */
export function programmePeriod(programme: string): ProgrammePeriod {
  const years = /\b(20\d\d)\s*[-–—/]\s*(20)?(\d\d)\b/.exec(programme);
  if (!years) return 'unknown';
  const span = `${years[1]}-20${years[3]}`;
  return span === '2014-2020' || span === '2021-2027' ? span : 'unknown';
}

/** Programmes the EU manages itself: they are not co-financed by a cohesion fund, so their own name is given. */
const DIRECTLY_MANAGED = /\b(horizon|h2020|fp7|erasmus|life|cef|digital europe|creative europe)\b/i;

/** Words the dictionary gives for the acknowledgement. */
export interface AcknowledgementWords {
  europeanUnion: string;
  coFunded: string;
  /** The fund spelled out, by the file's code ("ERDF" → "European Regional Development Fund"). */
  fundNames: Record<string, string>;
}

export interface Line {
  text: string;
  /** Set where the text is in another language than the page's. */
  lang?: string;
}

export interface Acknowledgement {
  period: ProgrammePeriod;
  /** "European Union" or "Co-funded by the European Union", written out. */
  statement: Line;
  /** The fund (or the programme) under the statement, where the rules name it. */
  fund?: Line;
}

export function acknowledgement(project: Project, words: AcknowledgementWords, lang: string): Acknowledgement {
  const period = programmePeriod(project.programme);
  const own = project.acknowledgement;
  const fromFile = (text: Text): Line => textWithLang(text, lang, project.lang);
  const statement = own?.statement ? fromFile(own.statement) : { text: period === '2014-2020' ? words.europeanUnion : words.coFunded };
  const fund = own?.fund ? fromFile(own.fund) : period === '2014-2020' ? { text: fundName(project, words) } : undefined;
  return { period, statement, fund: fund && fund.text !== statement.text ? fund : undefined };
}

function fundName(project: Project, words: AcknowledgementWords): string {
  if (DIRECTLY_MANAGED.test(project.programme)) return shownText(project.programme);
  return words.fundNames[project.fund] ?? shownText(project.fund);
}

/** The acknowledgement's words for a picture's frame, in the chart's language. */
export function acknowledgementWords(project: Project, words: { t: { eu: AcknowledgementWords }; lang: string }): { statement: string; fund?: string } {
  const ack = acknowledgement(project, words.t.eu, words.lang);
  return { statement: ack.statement.text, fund: ack.fund?.text };
}
