import { graphemeChunks } from './graphemes.js';

/** Display width of a string in terminal columns (CJK and emoji take two). */
export type DisplayWidth = (text: string) => number;

/** The number of code points (a surrogate pair is one; a lone surrogate is one too). */
export function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Counts code points: exact for most Western text, and free to load. */
export const approximateWidth: DisplayWidth = codePointCount;

const LONG = 1024;

/**
 * The exact measure, from string-width. Loaded on demand: it costs about as
 * much to import as the rest of the CLI, and most runs never need it.
 */
export async function loadDisplayWidth(): Promise<DisplayWidth> {
  const { default: stringWidth } = await import('string-width');
  const width: DisplayWidth = (text) => stringWidth(text, { countAnsiEscapeCodes: true });
  // string-width walks the whole string with Intl.Segmenter, whose time grows with the square of its length.
  return (text) => (text.length <= LONG ? width(text) : graphemeChunks(text).reduce((sum, chunk) => sum + width(chunk), 0));
}

/**
 * The exact measure when some of the texts need it, else the free one: for
 * ASCII (once escaped, as everything shown is) both give the same widths.
 */
export async function displayWidthFor(texts: Iterable<string>): Promise<DisplayWidth> {
  for (const text of texts) if (/[^\x00-\x7f]/.test(text)) return loadDisplayWidth();
  return approximateWidth;
}
