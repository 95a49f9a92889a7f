import type { Diagnostic } from './types.js';
import { escapeJson } from '../text/escape.js';

/** Diagnostics as a JSON array, one object per diagnostic, fields as in the `Diagnostic` type; safe to print to a terminal. */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return `${escapeJson(JSON.stringify(diagnostics, null, 2))}\n`;
}
