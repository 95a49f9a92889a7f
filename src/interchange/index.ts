/**
 * Other formats: importers from AIF (AIFdb JSON), Argdown and the ICCMA
 * framework formats to argmap maps, and exporters to argmap-json, Mermaid,
 * AIF and Argdown.
 * Each is a pure function; docs/interchange.md says what each keeps and loses.
 */
import { frameworkFormatOf, importFramework, readIndexNames, type FrameworkFormat } from './abstract-framework.js';
import { importAif } from './aif-import.js';
import type { ImportOutcome } from './types.js';

export type { ImportOutcome, MapDocument } from './types.js';
export { importAif } from './aif-import.js';
export { mapToAif, mapToAifChunks, mapToAifText, type AifDocument } from './aif-export.js';
export { mapToJson, mapToJsonText, type ArgmapJson } from './json.js';
export { mapToMermaid, mermaidText } from './mermaid.js';
// Argdown's import is not here: it loads Argdown's parser, so importText loads it only when it is needed.
export { mapToArgdown, mapToArgdownChunks, escapeArgdownText, foldArgdownText } from './argdown/export.js';
export { frameworkFormatOf, frameworkToDocument, importFramework, readFramework, readIndexNames, FRAMEWORK_FORMATS, type Framework, type FrameworkFormat, type FrameworkProblem } from './abstract-framework.js';

export type ImportFormat = 'aif' | 'argdown' | FrameworkFormat;
export const IMPORT_FORMATS: readonly ImportFormat[] = ['aif', 'argdown', 'apx', 'tgf', 'iccma'];

/** The format a file name implies: .json (AIF), .argdown or .ad, .apx, .tgf, .af (ICCMA 2023). */
export function importFormatOf(file: string): ImportFormat | undefined {
  if (/\.json$/i.test(file)) return 'aif';
  if (/\.(argdown|ad)$/i.test(file)) return 'argdown';
  return frameworkFormatOf(file);
}

/**
 * Imports a file's text. For ICCMA 2023 files, `sideTable` is the text of the
 * `.af.map` file beside it (index → name), when there is one.
 */
/**
 * The format a file's content shows, for a file whose name does not say:
 * JSON is AIF; `p af` starts an ICCMA 2023 framework; `arg(` an APX one; a
 * `#` line between lists of names, TGF; anything else is read as Argdown.
 */
export function importFormatOfText(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'aif';
  if (/^(#[^\n]*\n\s*)*p af \d+/.test(start)) return 'iccma';
  if (/^(%[^\n]*\n\s*)*arg\s*\(/.test(start)) return 'apx';
  if (/^(\S+[^\S\n]*(\n|$))+#[^\S\n]*\n(\S+[^\S\n]+\S+[^\S\n]*(\n|$))*\s*$/.test(start)) return 'tgf';
  return 'argdown';
}

export async function importText(text: string, file: string, format: ImportFormat, sideTable?: string): Promise<ImportOutcome> {
  if (format === 'aif') return importAif(text, file);
  if (format === 'argdown') {
    // Argdown's parser is big: loaded only when an Argdown file is imported.
    const { importArgdown } = await import('./argdown/import.js');
    return importArgdown(text, file);
  }
  return importFramework(text, file, format, format === 'iccma' && sideTable !== undefined ? readIndexNames(sideTable) : undefined);
}
