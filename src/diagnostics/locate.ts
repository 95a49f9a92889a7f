import type { Span } from '../model/types.js';
import type { Diagnostic, Location, RelatedLocation, Severity } from './types.js';

/** Converts offsets in one text to 1-based lines and columns. */
export interface Locator {
  file: string;
  locate(span: Span): Location;
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

/** Builds the line table once (linear); each lookup is a binary search. */
export function createLocator(file: string, text: string): Locator {
  const starts = lineStarts(text);

  const point = (offset: number): { line: number; column: number } => {
    let clamped = Math.max(0, Math.min(offset, text.length));
    // The LF of a CRLF is part of one line end: place it where the line ends.
    if (text.charCodeAt(clamped) === 10 && text.charCodeAt(clamped - 1) === 13) clamped--;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1 };
  };

  return {
    file,
    locate(span) {
      const start = point(span.start);
      const end = point(Math.max(span.end, span.start));
      return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    },
  };
}

export interface DiagnosticInput {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  hint?: string;
  related?: { message: string; span: Span }[];
}

export function diagnosticAt(locator: Locator, input: DiagnosticInput): Diagnostic {
  const diagnostic: Diagnostic = {
    code: input.code,
    severity: input.severity,
    message: input.message,
    ...locator.locate(input.span),
  };
  if (input.hint !== undefined) diagnostic.hint = input.hint;
  if (input.related && input.related.length > 0) {
    diagnostic.related = input.related.map(
      (item): RelatedLocation => ({ message: item.message, ...locator.locate(item.span) }),
    );
  }
  return diagnostic;
}
