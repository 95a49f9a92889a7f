import { codePointCount } from '../../text/width.js';

/**
 * Greedy word wrap to lines of at most `width` characters (code points).
 * Whitespace runs count as one space; a word longer than a line is broken.
 * Linear in the length of the text.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  let lineLength = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const length = codePointCount(word);
    if (lineLength > 0 && lineLength + 1 + length <= limit) {
      line += ` ${word}`;
      lineLength += 1 + length;
      continue;
    }
    if (lineLength > 0) lines.push(line);
    if (length <= limit) {
      line = word;
      lineLength = length;
      continue;
    }
    const chars = [...word];
    let start = 0;
    for (; chars.length - start > limit; start += limit) lines.push(chars.slice(start, start + limit).join(''));
    line = chars.slice(start).join('');
    lineLength = chars.length - start;
  }
  if (lineLength > 0 || lines.length === 0) lines.push(line);
  return lines;
}
