/**
 * Where a shown text lets a file's direction out among the page's words: each right-to-left
 * letter or directional mark (an embedding, override, isolate or mark) that stands outside every
 * isolate (FSI, LRI or RLI … PDI), and each isolate started and not ended. An empty list means
 * the file's text, however written, cannot reorder what is around it.
 */
const RIGHT_TO_LEFT_OR_MARK = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u061C\u200E\u200F\u202A-\u202E]/u;

export function directionLeaks(text: string): string[] {
  const leaks: string[] = [];
  let depth = 0;
  for (const character of text) {
    if (character === '\u2066' || character === '\u2067' || character === '\u2068') depth++;
    else if (character === '\u2069') {
      if (depth === 0) leaks.push(`an end of an isolate never started in ${JSON.stringify(text)}`);
      else depth--;
    } else if (depth === 0 && RIGHT_TO_LEFT_OR_MARK.test(character)) {
      leaks.push(`${JSON.stringify(character)} outside an isolate in ${JSON.stringify(text)}`);
      break;
    }
  }
  if (depth > 0 && leaks.length === 0) leaks.push(`an isolate not ended in ${JSON.stringify(text)}`);
  return leaks;
}

/** Each letter of `text` with more combining marks than the page shows (`MAX_MARKS`, four). */
export function stackedMarks(text: string): string[] {
  return [...text.matchAll(/[\p{Mn}\p{Me}]{5,}/gu)].map((stack) => `${[...stack[0]].length} marks on a letter in ${JSON.stringify(text)}`);
}
