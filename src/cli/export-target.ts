import { extname } from 'node:path';
import type { DiagramFormat, Renderer } from '../render/graphviz/render.js';
import { CliError } from './exit-codes.js';

export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['dot', 'svg', 'png', 'pdf'];

const BY_EXTENSION: Record<string, DiagramFormat> = { '.dot': 'dot', '.gv': 'dot', '.svg': 'svg', '.png': 'png', '.pdf': 'pdf' };

export interface ExportTarget {
  format: DiagramFormat;
  renderer: Renderer;
  /** A file to write, or undefined for standard output. */
  output?: string;
}

/**
 * Works out what to write where from the options: `--format` wins, else the
 * extension of `-o`, else SVG. Refuses what cannot work before any work is done.
 */
export function resolveTarget(
  options: { format?: DiagramFormat; output?: string; renderer?: Renderer },
  stdoutIsTerminal: boolean,
): ExportTarget {
  const output = options.output === '-' ? undefined : options.output;
  let format = options.format;
  if (format === undefined && output !== undefined) {
    format = BY_EXTENSION[extname(output).toLowerCase()];
    if (format === undefined) {
      throw new CliError(`cannot tell the format from the name ${output}: use --format dot, svg, png or pdf, or end the name in .dot, .svg, .png or .pdf.`);
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
