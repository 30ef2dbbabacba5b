/**
 * Where a text stops being JSON. JSON.parse says so only in its own words, which differ between
 * engines (and are English): this finds the offset itself, so the reader is told the line and
 * column in their language and shown their own text there. Iterative, so any depth of nesting is
 * fine; only run after JSON.parse has failed.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The offset of the first character that makes `text` invalid JSON, or -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let i = 0;
  type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'next' | 'end';
  let expect: State = 'value';
  /** After a value: a comma or a closing bracket inside a container, else the end of the text. */
  const closed = (): State => (stack.length > 0 ? 'next' : 'end');
  for (;;) {
    while (WHITESPACE.has(text[i] ?? '')) i++;
    const c = text[i];
    if (c === undefined) return expect === 'end' ? -1 : i;
    if (expect === 'end') return i;
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (expect === 'next') {
      const top = stack.at(-1);
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
        expect = closed();
      } else return i;
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && c === '}') {
        stack.pop();
        i++;
        expect = closed();
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'colon';
    } else {
      if (expect === 'valueOrClose' && c === ']') {
        stack.pop();
        i++;
        expect = closed();
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      } else {
        const end = scalarEnd(text, i);
        if (end < 0) return -end - 1;
        i = end;
        expect = closed();
      }
    }
  }
}

/** The offset after the string starting at `start`, or −(offset of the fault) − 1. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = text[i];
    if (c === undefined || c < ' ') return -i - 1;
    if (c === '"') return i + 1;
    if (c === '\\') {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return -i - 1;
      i = ESCAPE.lastIndex;
    } else i++;
  }
}

function scalarEnd(text: string, start: number): number {
  if (text[start] === '"') return stringEnd(text, start);
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? NUMBER.lastIndex : -start - 1;
}

/** The line and column (both from 1) of an offset, and the text around it on one line. */
export function placeOf(text: string, offset: number): { line: number; column: number; excerpt: string } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const excerpt = text.slice(Math.max(0, offset - 30), offset + 30).replace(/\s+/g, ' ').trim();
  return { line, column, excerpt };
}
