import type { Span } from '../model/types.js';
import type { Diagnostic, Location, RelatedLocation, Severity } from './types.js';

/** Converts offsets in one text to 1-based lines and columns. */
export interface Locator {
  file: string;
  locate(span: Span): Location;
}

/** Builds the line table once (linear); each lookup is a binary search. */
export function createLocator(file: string, text: string): Locator {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  const point = (offset: number): { line: number; column: number } => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
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
