/**
 * Splits a label into lines of at most `maxChars` characters, at spaces where it can, for
 * SVG text (Plot draws "\n" as a new line). Past `maxLines`, the last line ends in "…";
 * the full text is in the tooltip and the table.
 */
export function wrapLabel(label: string, maxChars: number, maxLines = Infinity): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, maxChars - 1))}…`;
  return kept.join('\n');
}
