import { extname } from 'node:path';
import type { DiagramFormat, Renderer } from '../render/graphviz/render.js';
import { CliError } from './exit-codes.js';

/** Formats written as text by src/interchange, without Graphviz. */
export type TextFormat = 'json' | 'mermaid' | 'aif' | 'argdown';
export type ExportFormat = DiagramFormat | TextFormat;
export const EXPORT_FORMATS: readonly ExportFormat[] = ['dot', 'svg', 'png', 'pdf', 'json', 'mermaid', 'aif', 'argdown'];
export const isTextFormat = (format: ExportFormat): format is TextFormat => format === 'json' || format === 'mermaid' || format === 'aif' || format === 'argdown';

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.dot': 'dot',
  '.gv': 'dot',
  '.svg': 'svg',
  '.png': 'png',
  '.pdf': 'pdf',
  '.json': 'json',
  '.mmd': 'mermaid',
  '.mermaid': 'mermaid',
  '.aif': 'aif',
  '.argdown': 'argdown',
  '.ad': 'argdown',
};

export interface ExportTarget {
  format: ExportFormat;
  renderer: Renderer;
  /** A file to write, or undefined for standard output. */
  output?: string;
}

/**
 * Works out what to write where from the options: `--format` wins, else the
 * extension of `-o`, else SVG. Refuses what cannot work before any work is done.
 */
export function resolveTarget(
  options: { format?: ExportFormat; output?: string; renderer?: Renderer },
  stdoutIsTerminal: boolean,
): ExportTarget {
  const output = options.output === '-' ? undefined : options.output;
  let format = options.format;
  if (format === undefined && output !== undefined) {
    // AIF is JSON too: "map.aif.json" is AIF, "map.json" argmap's own JSON.
    format = /\.aif\.json$/i.test(output) ? 'aif' : BY_EXTENSION[extname(output).toLowerCase()];
    if (format === undefined) {
      throw new CliError(
        `cannot tell the format from the name ${output}: use --format ${EXPORT_FORMATS.join(', ')}, or end the name in .dot, .svg, .png, .pdf, .json, .mmd, .aif.json or .argdown.`,
      );
    }
  }
  format ??= 'svg';
  if (format === 'pdf' && options.renderer === 'wasm') {
    throw new CliError('PDF needs the system Graphviz (--renderer dot); the built-in renderer makes SVG and PNG.');
  }
  if (output === undefined && stdoutIsTerminal && (format === 'png' || format === 'pdf')) {
    throw new CliError(
      `not writing ${format.toUpperCase()} to a terminal: give a file with -o map.${format}, or pipe the output (argmap export … --format ${format} > map.${format}).`,
    );
  }
  const renderer: Renderer = options.renderer ?? (format === 'pdf' ? 'dot' : 'wasm');
  return output === undefined ? { format, renderer } : { format, renderer, output };
}
