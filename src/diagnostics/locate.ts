import type { Span } from '../model/types.js';
import type { Diagnostic, Location, RelatedLocation, Severity } from './types.js';

/**
 * One loaded text's positions: offsets to 1-based lines and columns, and the
 * text of a line for code frames. Made once where the text is loaded and
 * passed along; the line table is built on the first question (a clean
 * 100,000-statement map never needs it).
 */
export interface Locator {
  file: string;
  locate(span: Span): Location;
  /** The text of a 1-based line, without its line end; undefined past the end. */
  lineText(line: number): string | undefined;
}

/**
 * Offsets where each line starts, in a typed array: a 100,000-statement map
 * has over a million lines, and an array of line strings would cost ~100 MB.
 * Lines end as YAML (and editors) end them: CRLF, LF, or a lone CR (old Mac).
 */
export function lineStarts(text: string): Uint32Array {
  if (!text.includes('\r')) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Uint32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    return starts;
  }
  let count = 1;
  for (const _ of text.matchAll(LINE_END)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (const match of text.matchAll(LINE_END)) starts[line++] = match.index + match[0].length;
  return starts;
}

const LINE_END = /\r\n?|\n/g;

/**
 * The text without a leading byte-order mark. Editors on Windows may save
 * one; it is not part of the YAML, and positions are counted without it.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The text of a 1-based line, without its line end; undefined past the end. */
export function lineText(text: string, starts: Uint32Array, line: number): string | undefined {
  if (line < 1 || line > starts.length) return undefined;
  const start = starts[line - 1]!;
  let end = line < starts.length ? starts[line]! - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** A locator for `text` (BOM already removed), its line table built on first use, then each lookup a binary search. */
export function createLocator(file: string, text: string): Locator {
  let table: Uint32Array | undefined;
  const starts = () => (table ??= lineStarts(text));

  const point = (offset: number): { line: number; column: number } => {
    const lines = starts();
    let clamped = Math.max(0, Math.min(offset, text.length));
    // The LF of a CRLF is part of one line end: place it where the line ends.
    if (text.charCodeAt(clamped) === 10 && text.charCodeAt(clamped - 1) === 13) clamped--;
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lines[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lines[low]! + 1 };
  };

  return {
    file,
    locate(span) {
      const start = point(span.start);
      const end = point(Math.max(span.end, span.start));
      return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    },
    lineText: (line) => lineText(text, starts(), line),
  };
}

/**
 * A problem as the core reports it: spans, not lines. `diagnosticAt` places
 * it at the edge, where the text was loaded. A related place marked
 * `inSource` is in the source text the quotes come from, not in the map.
 */
export interface DiagnosticInput {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  hint?: string;
  related?: { message: string; span: Span; inSource?: boolean }[];
}

/** The problem placed by lines and columns; related places `inSource` are placed by `sourceLocator`. */
export function diagnosticAt(locator: Locator, input: DiagnosticInput, sourceLocator?: Locator): Diagnostic {
  const diagnostic: Diagnostic = {
    code: input.code,
    severity: input.severity,
    message: input.message,
    ...locator.locate(input.span),
  };
  if (input.hint !== undefined) diagnostic.hint = input.hint;
  if (input.related && input.related.length > 0) {
    // Places in the map first, then places in the source.
    const inMap = input.related.filter((item) => item.inSource !== true);
    const inSource = input.related.filter((item) => item.inSource === true);
    diagnostic.related = [
      ...inMap.map((item): RelatedLocation => ({ message: item.message, ...locator.locate(item.span) })),
      ...inSource.map((item): RelatedLocation => ({ message: item.message, ...(sourceLocator ?? locator).locate(item.span) })),
    ];
  }
  return diagnostic;
}
