import type { Diagnostic } from './types.js';

/** Diagnostics as a JSON array, one object per diagnostic, fields as in the `Diagnostic` type. */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}
